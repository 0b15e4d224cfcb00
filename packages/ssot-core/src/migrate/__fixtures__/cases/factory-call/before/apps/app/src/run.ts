import { Engine } from '@acme/engine';

export function run(userId: string): string {
  const engine = new Engine(userId);
  return engine.run();
}
