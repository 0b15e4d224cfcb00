import { formatFiles, logger, type Tree } from '@nx/devkit';
import { formatMigrationPlan, parseRegistry, planMigration, SsotUsageError, type MigrationPlan, type WorkspaceProject } from 'ssot-core';
import { readPluginOptions } from '../shared/plugin-entry';
import type { MigrateGeneratorSchema } from './schema';
import { createTreeFileHost } from './tree-file-host';
import { readTreeProjects } from '../shared/tree-projects';
import { readMigrationProjects } from './workspace-projects';

/**
 * `nx g ssot-plugin:migrate [--entry X] [--project P] [--dry-run]`: a thin adapter over ssot-core's
 * planMigration. Files are read from the Tree and the new text written back to it, so `--dry-run`
 * lists every change and writes nothing; the plan (applied / refused, per site) goes to the log.
 * Returns no task: Nx would call whatever it returned.
 */
export async function migrateGenerator(tree: Tree, options: MigrateGeneratorSchema): Promise<void> {
  const plan = applyMigration(tree, options, await readMigrationProjects(tree));
  for (const line of formatMigrationPlan(plan)) logger.info(line);
  if (options.skipFormat !== true) await formatFiles(tree);
}

export default migrateGenerator;

/** Plans over the Tree as it stands and writes every changed file back to it; the plan says what and why. */
export function applyMigration(
  tree: Tree,
  options: Pick<MigrateGeneratorSchema, 'entry' | 'project'>,
  projects: WorkspaceProject[] = readTreeProjects(tree),
): MigrationPlan {
  const registryPath = readPluginOptions(tree).registry;
  const registryText = tree.read(registryPath, 'utf-8');
  if (registryText === null) {
    throw new SsotUsageError(`No registry: ${registryPath} does not exist. Create one with \`nx g ssot-plugin:init\`, then list your SSOTs in its "entries".`);
  }
  const plan = planMigration({
    workspaceRoot: tree.root,
    registry: parseRegistry(registryText, registryPath),
    projects,
    host: createTreeFileHost(tree),
    ...(options.entry !== undefined && { entry: options.entry }),
    ...(options.project !== undefined && { project: options.project }),
  });
  for (const change of plan.changes) tree.write(change.file, change.after);
  return plan;
}
