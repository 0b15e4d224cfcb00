import { formatFiles, getProjects, logger, type Tree } from '@nx/devkit';
import { formatMigrationPlan, parseRegistry, planMigration, SsotUsageError, type MigrationPlan, type WorkspaceProject } from 'ssot-core';
import { readPluginOptions } from '../shared/plugin-entry';
import type { MigrateGeneratorSchema } from './schema';
import { createTreeFileHost } from './tree-file-host';

/**
 * `nx g ssot-plugin:migrate [--entry X] [--project P] [--dry-run]`: a thin adapter over ssot-core's
 * planMigration. Files are read from the Tree and the new text written back to it, so `--dry-run`
 * lists every change and writes nothing; the plan (applied / refused, per site) goes to the log.
 * Returns no task: Nx would call whatever it returned.
 */
export async function migrateGenerator(tree: Tree, options: MigrateGeneratorSchema): Promise<void> {
  const plan = applyMigration(tree, options);
  for (const line of formatMigrationPlan(plan)) logger.info(line);
  if (options.skipFormat !== true) await formatFiles(tree);
}

export default migrateGenerator;

/** Plans over the Tree as it stands and writes every changed file back to it; the plan says what and why. */
export function applyMigration(tree: Tree, options: Pick<MigrateGeneratorSchema, 'entry' | 'project'>): MigrationPlan {
  const registryPath = readPluginOptions(tree).registry;
  const registryText = tree.read(registryPath, 'utf-8');
  if (registryText === null) {
    throw new SsotUsageError(`No registry: ${registryPath} does not exist. Create one with \`nx g ssot-plugin:init\`, then list your SSOTs in its "entries".`);
  }
  const plan = planMigration({
    workspaceRoot: tree.root,
    registry: parseRegistry(registryText, registryPath),
    projects: readWorkspaceProjects(tree),
    host: createTreeFileHost(tree),
    ...(options.entry !== undefined && { entry: options.entry }),
    ...(options.project !== undefined && { project: options.project }),
  });
  for (const change of plan.changes) tree.write(change.file, change.after);
  return plan;
}

/** Nx's projects as ssot-core sees them: name, root (`/` separators, `.` for the root), tags. */
function readWorkspaceProjects(tree: Tree): WorkspaceProject[] {
  return [...getProjects(tree).entries()]
    .map(([name, project]) => ({ name, root: normalizeRoot(project.root), tags: [...(project.tags ?? [])] }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function normalizeRoot(root: string): string {
  const normalized = root.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  return normalized === '' ? '.' : normalized;
}
