import { logger, type ExecutorContext } from '@nx/devkit';
import {
  checkProject,
  createFileSystemHost,
  evaluateEnforcement,
  getBaselinePath,
  loadRegistry,
  parseBaseline,
  renderBaseline,
  serializeProjectResult,
  SsotConfigError,
  SsotError,
  writeFileAtomic,
  type FileHost,
  type WorkspaceProject,
} from 'ssot-core';
import { join } from 'node:path';
import { formatBaselineUpdate, formatCheckSummary, formatRegistryWarning } from './format-summary';
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
    const projects = toWorkspaceProjects(context.projectGraph);
    const registry = loadRegistry(context.root, normalized.registry, { projects, onWarning: (warning) => logger.warn(formatRegistryWarning(warning)) });
    const result = checkProject({
      workspaceRoot: context.root,
      registry,
      projects,
      project: normalized.project,
      today: normalized.today,
      updateCommand: normalized.updateCommand,
      host: normalized.updateBaseline ? hideDamagedBaseline(context.root, projects, normalized.project, normalized.updateCommand) : undefined,
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

/**
 * `--update-baseline` is the fix a damaged baseline's message names, so it must not trip over that
 * baseline: the damaged file is set aside (with a warning) and replaced by this run's. Undefined
 * when the baseline is missing or sound.
 */
function hideDamagedBaseline(root: string, projects: WorkspaceProject[], project: string, regenerate: string): FileHost | undefined {
  const projectRoot = projects.find((p) => p.name === project)?.root;
  if (projectRoot === undefined) return undefined; // checkProject names the unknown project
  const host = createFileSystemHost(root);
  const file = getBaselinePath(projectRoot);
  const text = host.readFile(file);
  if (text === undefined) return undefined;
  try {
    parseBaseline(text, file, regenerate);
    return undefined;
  } catch (error) {
    if (!(error instanceof SsotConfigError)) throw error;
    const where = error.problems.map((problem) => `${problem.path}, found ${problem.found}`).join('; ');
    logger.warn(`ssot-check: the baseline ${file} is damaged (${where}); --update-baseline replaces it with this run's bypasses.`);
    return { ...host, readFile: (path) => (path === file ? undefined : host.readFile(path)) };
  }
}
