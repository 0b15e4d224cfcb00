import { logger, type Tree } from '@nx/devkit';
import { discover, formatDiscoverySummary, parseRegistry, SsotUsageError, type DiscoverResult, type WorkspaceProject } from 'ssot-core';
import { appendRegistryEntry } from '../class/append-registry-entry';
import { createWorkspaceFiles } from '../init/generator';
import { readMigrationProjects } from '../migrate/workspace-projects';
import { createTreeFileHost } from '../migrate/tree-file-host';
import { readPluginOptions } from '../shared/plugin-entry';
import { renderJson } from '../shared/render-json';
import { readRootProjectNameFromTree, readTreeProjects } from '../shared/tree-projects';
import type { DiscoverGeneratorSchema } from './schema';

/**
 * `nx g ssot-plugin:discover [--apply] [--max=n] [--projects=p] [--dry-run]`: a thin adapter over
 * ssot-core's discover. Files are read from the Tree; the proposal goes to the log in ssot.json
 * form; `--apply` appends the new entries to the registry through the Tree, so Nx's own
 * `--dry-run` shows that change and writes nothing.
 */
export async function discoverGenerator(tree: Tree, options: DiscoverGeneratorSchema): Promise<void> {
  const projects = await readMigrationProjects(tree);
  const { result, added } = applyDiscovery(tree, options, projects);
  for (const line of formatDiscoverySummary(result)) logger.info(line);
  if (result.entries.length === 0) return;
  logger.info(renderJson({ entries: result.entries }, { unit: '  ' }));
  const { registry: registryPath, targetName, reportTargetName } = readPluginOptions(tree);
  // The report lives on the root project (SPEC §6): name it as the user types it.
  const rootProject = projects.find((project) => project.root === '.')?.name ?? readRootProjectNameFromTree(tree);
  logger.info(
    options.apply === true
      ? `Added ${added} ${added === 1 ? 'entry' : 'entries'} to ${registryPath}. Next: nx run-many -t ${targetName}, then nx run ${rootProject}:${reportTargetName}.`
      : `Nothing was written. Run again with --apply to add these entries to ${registryPath} (existing entries are kept).`,
  );
}

export default discoverGenerator;

/** Discovers over the Tree as it stands and, with `apply`, appends the new entries to the registry. */
export function applyDiscovery(tree: Tree, options: DiscoverGeneratorSchema, projects: WorkspaceProject[] = readTreeProjects(tree)): { result: DiscoverResult; added: number } {
  const registryPath = readPluginOptions(tree).registry;
  const registryText = tree.read(registryPath, 'utf-8') ?? undefined;
  const result = discover({
    workspaceRoot: tree.root,
    projects,
    host: createTreeFileHost(tree),
    ...(registryText !== undefined && {
      registry: parseRegistry(registryText, registryPath),
    }),
    ...(options.max !== undefined && { max: options.max }),
    ...(options.projects !== undefined && {
      projectPatterns: splitPatterns(options.projects),
    }),
  });
  if (options.apply !== true || result.entries.length === 0) return { result, added: 0 };
  // No registry yet: the one `nx add ssot-plugin` would create (with its $schema), then the entries.
  if (registryText === undefined) createWorkspaceFiles(tree);
  const text = result.entries.reduce((current, entry) => appendRegistryEntry(current, entry), tree.read(registryPath, 'utf-8') ?? '');
  parseRegistry(text, registryPath); // never write a registry the check would refuse
  tree.write(registryPath, text);
  return { result, added: result.entries.length };
}

/** `--projects=a,tag:b,!c` → patterns; an empty answer to the prompt means every project. */
function splitPatterns(value: string): string[] | undefined {
  const patterns = value
    .split(',')
    .map((pattern) => pattern.trim())
    .filter((pattern) => pattern.length > 0);
  if (patterns.some((pattern) => pattern === '!')) throw new SsotUsageError(`--projects=${value}: "!" must be followed by a project pattern.`);
  return patterns.length > 0 ? patterns : undefined;
}
