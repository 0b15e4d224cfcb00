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

  /** For a caller that handles the engine's own errors: they reach it unchanged. */
  async dispatchOrThrow(userId: string, tool: string): Promise<ExecutionResult> {
    try {
      return await this.dispatch(userId, tool, {});
    } catch (error) {
      throw error;
    }
  }

  /** For the HTTP layer: the failure says which tool failed. */
  async dispatchNamed(userId: string, tool: string): Promise<ExecutionResult> {
    try {
      return await this.dispatch(userId, tool, {});
    } catch (error) {
      throw new Error(`tool ${tool} failed: ${String(error)}`);
    }
  }

  /** For batch runs: one failing tool does not stop the others; the caller inspects `failures`. */
  async dispatchEach(userId: string, tools: string[], failures: unknown[]): Promise<ExecutionResult[]> {
    const results: ExecutionResult[] = [];
    for (const tool of tools) {
      try {
        results.push(await this.dispatch(userId, tool, {}));
      } catch (error) {
        failures.push(error);
      }
    }
    return results;
  }
}
