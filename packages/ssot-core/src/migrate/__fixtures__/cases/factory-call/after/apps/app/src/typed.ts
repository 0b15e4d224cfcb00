import { Engine, getEngine } from '@acme/engine';

export function runFor(userId: string, engine: Engine = getEngine(userId)): string {
  return engine.run();
}
