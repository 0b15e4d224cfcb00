import { logger, type ExecutorContext } from '@nx/devkit';
import { CheckSession } from './run-check';
import { toCheckWorkspace } from './workspace-projects';
import type { CheckExecutorSchema } from './schema';

/**
 * `ssot-plugin:check`: analyse one project, write its result file (the cached output), print the
 * summary, fail on enforced bypasses. A thin adapter: every rule lives in ssot-core. Nx runs
 * `batch.ts` instead when it batches the tasks (the default: `preferBatch`).
 */
export default async function checkExecutor(options: CheckExecutorSchema, context: ExecutorContext): Promise<{ success: boolean }> {
  const output = { info: (line: string) => logger.info(line), warn: (line: string) => logger.warn(line), error: (line: string) => logger.error(line) };
  return { success: new CheckSession(toCheckWorkspace(context)).run({ project: context.projectName, options }, output) };
}
