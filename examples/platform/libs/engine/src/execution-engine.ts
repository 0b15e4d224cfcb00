import { Logger } from '@platform/core';

export interface ExecutionTask {
  name: string;
  input: Readonly<Record<string, unknown>>;
}

export interface ExecutionResult {
  task: string;
  userId: string;
  output: unknown;
  durationMs: number;
}

/**
 * Runs agent tasks for one user and keeps that user's history. Obtain it with
 * getExecutionEngine(userId): an engine made with `new` belongs to no user,
 * so its results are attributed to "anonymous" and its history is lost.
 */
export class ExecutionEngine {
  private readonly logger = new Logger('engine');
  private readonly history: ExecutionResult[] = [];

  constructor(readonly userId = 'anonymous') {}

  async execute(task: ExecutionTask): Promise<ExecutionResult> {
    const started = Date.now();
    this.logger.debug(`executing ${task.name}`, { userId: this.userId });
    const output = await Promise.resolve({ ...task.input, handledBy: task.name });
    const result = { task: task.name, userId: this.userId, output, durationMs: Date.now() - started };
    this.history.push(result);
    return result;
  }

  recent(limit = 10): readonly ExecutionResult[] {
    return this.history.slice(-limit);
  }
}

const engines = new Map<string, ExecutionEngine>();

/** The sanctioned way to obtain an engine: one isolated instance per user. */
export function getExecutionEngine(userId: string): ExecutionEngine {
  let engine = engines.get(userId);
  if (!engine) {
    engine = new ExecutionEngine(userId);
    engines.set(userId, engine);
  }
  return engine;
}
