import { Engine } from '@acme/engine';

function getEngine(): string {
  return 'not the factory';
}

export const engine = new Engine(getEngine());
