import type { CreateNodes, CreateNodesContext, CreateNodesResultArray } from '@nx/devkit';
import { acceptPerFileCalls, getWorkspaceNxBehaviour, type EitherShapeCreateNodesFunction } from './nx-version';
import { findProjectRoots } from 'ssot-core/project-inference';
import { nxSeesImports } from './plugin/nx-sees-imports';
import { normalizePluginOptions, type PluginOptions } from './plugin/plugin-options';
import { readRegistrySources } from './plugin/registry-sources';
import { buildRootProjectCheckTarget, buildSsotBaselineTarget, buildSsotCheckTarget, dependencyNamedInputs } from './plugin/ssot-check-target';
import { buildSsotReportTarget } from './plugin/ssot-report-target';
import { readRootProjectName } from 'ssot-core/project-inference';
import { findToolExternalDependencies } from './plugin/tool-external-dependencies';

export type { PluginOptions } from './plugin/plugin-options';

/** The files Nx makes projects from (its own project.json and package.json inference). */
export const PROJECT_FILES_GLOB = '{project.json,**/project.json,package.json,**/package.json}';

/**
 * Infers the `ssot-check` target on every project. It only maps files to targets, reading a few
 * small files (the project files, the root package.json, the registry, the lock file), so there is
 * no per-file cache to keep: Nx's plugins cache the result of loading tool configs, the slow part
 * they have and this one has not. It does not load ssot-core, which only the executor needs.
 */
export const createNodesV2: CreateNodes<PluginOptions> = [
  PROJECT_FILES_GLOB,
  (configFiles, options, context) => inferSsotCheckTargets(configFiles, options, context),
];

/**
 * The same inference under the name each Nx looks for: Nx 23 and later call `createNodes` with
 * every file (19.2 to 22 prefer `createNodesV2`); Nx before 19.2 call it once per file.
 */
export const createNodes: readonly [string, EitherShapeCreateNodesFunction<PluginOptions>] = [PROJECT_FILES_GLOB, acceptPerFileCalls(createNodesV2[1])];

function inferSsotCheckTargets(
  configFiles: readonly string[],
  options: PluginOptions | undefined,
  context: CreateNodesContext,
): CreateNodesResultArray {
  const normalized = normalizePluginOptions(options);
  const nx = getWorkspaceNxBehaviour(context.workspaceRoot);
  const target = buildSsotCheckTarget(normalized, {
    nx,
    toolExternalDependencies: findToolExternalDependencies(context.workspaceRoot, context.nxJsonConfiguration, nx),
    nxSeesImports: nxSeesImports(context.workspaceRoot, context.nxJsonConfiguration, nx),
    registrySources: readRegistrySources(context.workspaceRoot, normalized.registry),
  });
  const report = buildSsotReportTarget(normalized);
  const baseline = buildSsotBaselineTarget(normalized);
  const rootCheck = buildRootProjectCheckTarget(target, normalized);
  const targetsOf = (root: string) =>
    root === '.'
      ? { [normalized.targetName]: structuredClone(rootCheck), [normalized.baselineTargetName]: structuredClone(baseline), [normalized.reportTargetName]: structuredClone(report) }
      : { [normalized.targetName]: structuredClone(target), [normalized.baselineTargetName]: structuredClone(baseline) };
  const roots = findProjectRoots(context.workspaceRoot, configFiles);
  // Before Nx 22.6, `^` takes only a named input: every inferred project declares the one it uses.
  const namedInputs = dependencyNamedInputs(nx);
  const results: CreateNodesResultArray = roots.map(({ file, root }) => [file, { projects: { [root]: { targets: targetsOf(root), ...structuredClone(namedInputs) } } }]);
  // Every file Nx sees is checked (SPEC §6): the files no other project owns belong to the root
  // project, created here, named as Nx names it, when the workspace has none at `.`. It has no
  // implicit dependencies: its check's `^` inputs follow the imports of those files only, and the
  // report reaches every project's check through its own `dependsOn`.
  if (configFiles.includes('package.json') && !roots.some(({ root }) => root === '.')) {
    results.push(['package.json', { projects: { '.': { name: readRootProjectName(context.workspaceRoot), targets: targetsOf('.'), ...structuredClone(namedInputs) } } }]);
  }
  return results;
}
