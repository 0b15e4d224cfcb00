import { Engine } from '@acme/engine';

export function runFor(userId: string, engine: Engine = new Engine(userId)): string {
  return engine.run();
}
