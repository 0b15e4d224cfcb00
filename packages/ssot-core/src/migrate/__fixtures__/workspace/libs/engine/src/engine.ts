export class Engine {
  constructor(readonly userId: string) {}

  run(): string {
    return this.userId;
  }
}

const engines = new Map<string, Engine>();

/** One engine per user. */
export function getEngine(userId: string): Engine {
  const engine = engines.get(userId) ?? new Engine(userId);
  engines.set(userId, engine);
  return engine;
}
