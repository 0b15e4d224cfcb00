import type { ExecutorContext, TaskGraph } from '@nx/devkit';
import { CheckSession } from './run-check';
import type { CheckExecutorSchema } from './schema';

export interface BatchTaskResult {
  task: string;
  result: { success: boolean; terminalOutput: string; startTime: number; endTime: number };
}

/**
 * Nx batch mode (`preferBatch` in executors.json): one process checks every `ssot-check` task Nx
 * has to run, instead of one process per project. The tasks share one analysis per registry and
 * day, so a dependency's files are parsed once for all the projects that import them, and the
 * process start, module loading and registry validation are paid once. Each task gets exactly what
 * the single-task executor would write and print; its lines are its own terminal output, which Nx
 * caches with the task. Tasks are yielded as they finish, in the order Nx listed them.
 */
export default async function* checkBatch(
  taskGraph: TaskGraph,
  inputs: Record<string, CheckExecutorSchema>,
  _overrides: CheckExecutorSchema,
  context: ExecutorContext,
): AsyncGenerator<BatchTaskResult> {
  const session = new CheckSession(context);
  for (const task of Object.values(taskGraph.tasks)) {
    const startTime = Date.now();
    const lines: string[] = [];
    const output = { info: (line: string) => lines.push(line), warn: (line: string) => lines.push(line), error: (line: string) => lines.push(line) };
    const taskContext: ExecutorContext = { ...context, projectName: task.target.project, targetName: task.target.target, configurationName: task.target.configuration };
    let success: boolean;
    try {
      success = session.run(inputs[task.id] ?? {}, taskContext, output);
    } catch (error) {
      // A defect, not the user's input: this task fails with the stack; the others still run.
      lines.push(`ssot-check ${task.target.project}: internal error, please report it with this output:`, error instanceof Error ? (error.stack ?? error.message) : String(error));
      success = false;
    }
    yield { task: task.id, result: { success, terminalOutput: lines.length > 0 ? `${lines.join('\n')}\n` : '', startTime, endTime: Date.now() } };
  }
}
