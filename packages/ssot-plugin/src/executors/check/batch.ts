import { logger, type ExecutorContext, type TaskGraph } from '@nx/devkit';
import { countLanes, createWorkerLane, runLaneTask, runOnLanes, type Lane, type LaneTask } from './batch-lanes';
import { CheckSession } from './run-check';
import type { CheckExecutorSchema } from './schema';
import { toCheckWorkspace, type CheckWorkspace } from './workspace-projects';

export interface BatchTaskResult {
  task: string;
  result: { success: boolean; terminalOutput: string; startTime: number; endTime: number };
}

/**
 * Nx batch mode (`preferBatch` in executors.json): one process checks every `ssot-check` task Nx
 * has to run, instead of one process per project. Process start, module loading and registry
 * validation are paid once, and the projects a lane checks share one analysis per registry and day
 * (a dependency's files are parsed once for all of them). Since Nx's own parallelism stops at the
 * process, the process runs as many lanes as Nx would have run processes (see countLanes): the
 * calling thread and worker threads, each with a contiguous slice of the tasks in Nx's order. Each task gets exactly what the single-task executor
 * would write and print; its lines are its terminal output, which Nx caches with the task. The
 * registry's warnings are printed once per batch, by no task.
 */
export default async function* checkBatch(
  taskGraph: TaskGraph,
  inputs: Record<string, CheckExecutorSchema>,
  _overrides: CheckExecutorSchema,
  context: ExecutorContext,
  createLane: (workspace: CheckWorkspace) => Lane = createWorkerLane,
): AsyncGenerator<BatchTaskResult> {
  const tasks: LaneTask[] = Object.values(taskGraph.tasks).map((task) => ({
    id: task.id,
    project: task.target.project,
    target: task.target.target,
    ...(task.target.configuration !== undefined && { configuration: task.target.configuration }),
    options: inputs[task.id] ?? {},
  }));
  const workspace = toCheckWorkspace(context);
  const session = new CheckSession(workspace);
  // Once for the whole batch, on the batch process's own output: a task's terminal output is
  // printed (and replayed from the cache) once per task, which repeated a warning once per project.
  for (const line of session.registryWarnings(tasks)) logger.warn(line);
  const lanes = countLanes(tasks.length, process.env, undefined, context.nxJsonConfiguration?.parallel);
  const workers = Array.from({ length: lanes - 1 }, () => createLane(workspace));
  for await (const result of runOnLanes(tasks, (task) => runLaneTask(session, task), workers)) {
    const terminalOutput = result.lines.length > 0 ? `${result.lines.join('\n')}\n` : '';
    yield { task: result.id, result: { success: result.success, terminalOutput, startTime: result.startTime, endTime: result.endTime } };
  }
}
