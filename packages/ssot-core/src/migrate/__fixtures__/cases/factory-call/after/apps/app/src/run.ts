import { getEngine } from '@acme/engine';

export function run(userId: string): string {
  const engine = getEngine(userId);
  return engine.run();
}
