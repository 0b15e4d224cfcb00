import { logger, type ExecutorContext } from '@nx/devkit';
import {
  checkProject,
  evaluateEnforcement,
  loadRegistry,
  renderBaseline,
  serializeProjectResult,
  SsotError,
  writeFileAtomic,
} from 'ssot-core';
import { join } from 'node:path';
import { formatBaselineUpdate, formatCheckSummary } from './format-summary';
import { normalizeCheckOptions } from './normalize-options';
import type { CheckExecutorSchema } from './schema';
import { toWorkspaceProjects } from './workspace-projects';

/**
 * `ssot-plugin:check`: analyse one project, write its result file (the cached output), print the
 * summary, fail on enforced bypasses. A thin adapter: every rule lives in ssot-core.
 */
export default async function checkExecutor(
  options: CheckExecutorSchema,
  context: ExecutorContext,
): Promise<{ success: boolean }> {
  try {
    const normalized = normalizeCheckOptions(options, context);
    const registry = loadRegistry(context.root, normalized.registry);
    const result = checkProject({
      workspaceRoot: context.root,
      registry,
      projects: toWorkspaceProjects(context.projectGraph),
      project: normalized.project,
      today: normalized.today,
      updateCommand: normalized.updateCommand,
    });
    writeFileAtomic(normalized.outputPath, serializeProjectResult(result));
    if (normalized.updateBaseline) {
      writeFileAtomic(join(context.root, result.baseline.file), renderBaseline(result, normalized.updateCommand));
      for (const line of formatBaselineUpdate(result)) logger.info(line);
      return { success: true };
    }
    const outcome = evaluateEnforcement(result, registry);
    for (const line of formatCheckSummary(result, outcome, normalized.outputFile)) logger.info(line);
    return { success: outcome.success };
  } catch (error) {
    // The user's mistake (registry, options): the message names the place and the fix; no stack.
    if (error instanceof SsotError) {
      logger.error(error.message);
      return { success: false };
    }
    throw error;
  }
}
