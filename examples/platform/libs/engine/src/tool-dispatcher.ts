import { getExecutionEngine, type ExecutionResult } from './execution-engine';

/** Runs one tool for a user on that user's engine, bounded by a timeout. */
export class ToolDispatcher {
  private readonly timeoutMs = Number(process.env.ENGINE_TOOL_TIMEOUT_MS ?? 30_000);

  dispatch(userId: string, tool: string, input: Record<string, unknown>): Promise<ExecutionResult> {
    const engine = getExecutionEngine(userId);
    return Promise.race([
      engine.execute({ name: tool, input }),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`${tool} timed out after ${this.timeoutMs} ms`)), this.timeoutMs),
      ),
    ]);
  }
}
