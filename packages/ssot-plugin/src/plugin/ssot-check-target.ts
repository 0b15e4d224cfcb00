import type { TargetConfiguration } from '@nx/devkit';
import type { NxBehaviour } from '../nx-version';
import type { CheckExecutorSchema } from '../executors/check/schema';
import type { NormalizedPluginOptions } from './plugin-options';
import { TOOL_PACKAGES } from './tool-external-dependencies';

type Input = NonNullable<TargetConfiguration['inputs']>[number];

/** What the workspace decides about the inputs, read once per createNodes call. */
export interface WorkspaceFacts {
  /** Tool packages Nx knows as external nodes (see `findToolExternalDependencies`). */
  toolExternalDependencies: string[];
  /** Whether Nx's graph has edges for TypeScript imports (see `nxSeesImports`). */
  nxSeesImports: boolean;
  /** The SSOT source files the registry names (see `readRegistrySources`). */
  registrySources: string[];
  /** What the installed Nx accepts (see `getNxBehaviour`). */
  nx: Pick<NxBehaviour, 'hashesDependencyFilesets'>;
}

/**
 * A project's own files as a named input, for Nx before 22.6, where `^` takes only a named input.
 * The plugin declares it on every project it infers (see `dependencyNamedInputs`), so each
 * dependency defines it.
 */
export const PROJECT_FILES_NAMED_INPUT = 'ssot-project-files';

/** The named inputs every inferred project carries: none where Nx 22.6+ takes the fileset itself. */
export function dependencyNamedInputs(nx: WorkspaceFacts['nx']): { namedInputs?: Record<string, string[]> } {
  return nx.hashesDependencyFilesets ? {} : { namedInputs: { [PROJECT_FILES_NAMED_INPUT]: ['{projectRoot}/**/*'] } };
}

export const CHECK_EXECUTOR = 'ssot-plugin:check';

/**
 * ssot-core's CODEOWNERS_LOCATIONS (a test keeps them equal): written out because createNodes never
 * loads ssot-core. Every location is an input, whether or not a file is there, so adding one re-runs
 * the checks; with owners from tags the project's tags are part of its configuration, which Nx hashes.
 */
export const CODEOWNERS_INPUTS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS', '.gitlab/CODEOWNERS'].map((file) => `{workspaceRoot}/${file}`);

/** Changes at midnight UTC, so an exemption expires on its day even when every input is cached. */
export const UTC_DATE_INPUT = 'node -p "new Date().toISOString().slice(0,10)"';

/**
 * The installed tool versions, resolved from the workspace root; never fails. Covers what
 * `externalDependencies` cannot: workspaces without a lock file and linked installs.
 */
export const TOOL_VERSIONS_INPUT = `node -p "${JSON.stringify(TOOL_PACKAGES).replace(/"/g, "'")}.map(function (n) { try { return n + '@' + require(n + '/package.json').version } catch (e) { return n + '@none' } }).join(' ')"`;

/**
 * The cached `ssot-check` target (SPEC §6). Every input is an explicit fileset, so the target
 * means the same in a workspace whose nx.json has no `namedInputs`.
 */
export function buildSsotCheckTarget(
  options: NormalizedPluginOptions,
  facts: WorkspaceFacts,
): TargetConfiguration<CheckExecutorSchema> {
  const inputs: Input[] = [
    // The project's files: what is counted.
    '{projectRoot}/**/*',
    // The files of every project it depends on, transitively: their barrels, re-export chains
    // and package.json entries decide what its imports resolve to.
    facts.nx.hashesDependencyFilesets ? '^{projectRoot}/**/*' : `^${PROJECT_FILES_NAMED_INPUT}`,
    // Without import edges in the graph `^` misses imported libraries: hash the whole workspace.
    ...(facts.nxSeesImports ? [] : ['{workspaceRoot}/**/*']),
    `{workspaceRoot}/${options.registry}`,
    // The SSOTs' own sources: rival implementations anywhere are compared with them.
    ...facts.registrySources.map((source) => `{workspaceRoot}/${source}`),
    // `paths` of the nearest tsconfig above a file (following `extends`) and of the root one.
    '{workspaceRoot}/**/tsconfig*.json',
    // The ignore files decide which files are the workspace's (SPEC §3): one in any folder above
    // the project can add or drop its files.
    '{workspaceRoot}/.nxignore',
    '{workspaceRoot}/**/.gitignore',
    // Sites and findings carry their code owners (SPEC §6): CODEOWNERS in each place it may be.
    ...CODEOWNERS_INPUTS,
    // Results are outputs, never inputs (matters when the output folder is not git-ignored).
    `!{workspaceRoot}/${options.outputDir}/**/*`,
    ...(facts.toolExternalDependencies.length > 0
      ? [{ externalDependencies: [...facts.toolExternalDependencies] }]
      : []),
    { runtime: TOOL_VERSIONS_INPUT },
    { runtime: UTC_DATE_INPUT },
  ];
  return {
    executor: CHECK_EXECUTOR,
    cache: true,
    inputs,
    outputs: ['{options.outputFile}'],
    options: {
      outputFile: `${options.outputDir}/{projectName}.json`,
      registry: options.registry,
      baselineTarget: options.baselineTargetName,
    },
    metadata: {
      description: `Counts SSOT usages and bypasses in this project against ${options.registry}; fails on bypasses of "enforce": "error" entries`,
      technologies: ['typescript'],
    },
  };
}

/**
 * The root project's check: the same target, over the files no other project owns (Nx hashes a
 * `{projectRoot}` fileset from the project's own file map, which for the root is just those). The
 * tool's own outputs are root files too when the ignore files do not leave them out; they are never
 * analysed, and as inputs they would re-run the root check after every other check and report.
 */
export function buildRootProjectCheckTarget(
  check: TargetConfiguration<CheckExecutorSchema>,
  options: NormalizedPluginOptions,
): TargetConfiguration<CheckExecutorSchema> {
  const outputs = [`!{projectRoot}/${options.outputDir}/**/*`, `!{projectRoot}/${options.reportDir}/**/*`, `!{projectRoot}/${options.history}`];
  const inputs = check.inputs ?? [];
  const own = inputs.indexOf('{projectRoot}/**/*') + 1;
  return { ...structuredClone(check), inputs: [...inputs.slice(0, own), ...outputs, ...inputs.slice(own)] };
}

/**
 * Records the project's baseline (`<projectRoot>/ssot-baseline.txt`). Never cached: it writes a
 * file to commit, which a replay from the local or remote cache would skip.
 */
export function buildSsotBaselineTarget(options: NormalizedPluginOptions): TargetConfiguration<CheckExecutorSchema> {
  return {
    executor: CHECK_EXECUTOR,
    cache: false,
    options: {
      outputFile: `${options.outputDir}/{projectName}.json`,
      registry: options.registry,
      baselineTarget: options.baselineTargetName,
      updateBaseline: true,
    },
    metadata: {
      description: `Records this project's current bypasses as known in ssot-baseline.txt (commit it); ${options.targetName} then fails only on new ones`,
      technologies: ['typescript'],
    },
  };
}
