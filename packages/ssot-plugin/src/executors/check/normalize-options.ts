import { relative, resolve } from 'node:path';
import { escapesWorkspace, SsotUsageError } from 'ssot-core';
import { isFactsCacheOffInEnv } from './facts-cache-location';
import type { CheckExecutorSchema } from './schema';
import type { CheckWorkspace } from './workspace-projects';

export const DEFAULT_OUTPUT_FILE = 'dist/ssot/projects/{projectName}.json';
export const DEFAULT_REGISTRY = 'ssot.json';

export interface NormalizedCheckOptions {
  project: string;
  /** Workspace-relative, `/` separators: what the summary prints and `outputs` caches. */
  outputFile: string;
  /** Absolute path of `outputFile`. */
  outputPath: string;
  /** Workspace-relative path of the registry. */
  registry: string;
  /** YYYY-MM-DD (UTC); undefined means today. */
  today?: string;
  /** Write the baseline from this run instead of enforcing it. */
  updateBaseline: boolean;
  /** The command that regenerates this project's baseline, quoted in messages and its header. */
  updateCommand: string;
  /** Reuse scanned facts across runs (option `factsCache`, env `SSOT_FACTS_CACHE`). */
  factsCache: boolean;
}

/** Options as Nx passes them (defaults applied, tokens mostly resolved) for one task's project → what the run needs. */
export function normalizeCheckOptions(options: CheckExecutorSchema, project: string | undefined, workspace: CheckWorkspace): NormalizedCheckOptions {
  if (!project) {
    throw new SsotUsageError('ssot-check checks one project: run it as `nx run <project>:ssot-check`.');
  }
  const projectRoot = workspace.projects.find((p) => p.name === project)?.root ?? '.';
  const outputFile = resolveTokens(options.outputFile ?? DEFAULT_OUTPUT_FILE, project, projectRoot);
  return {
    project,
    outputFile: insideWorkspace(workspace.root, outputFile, 'outputFile'),
    outputPath: resolve(workspace.root, outputFile),
    registry: insideWorkspace(workspace.root, options.registry ?? DEFAULT_REGISTRY, 'registry'),
    today: options.today === undefined ? undefined : checkCalendarDate(options.today),
    updateBaseline: options.updateBaseline === true,
    updateCommand: `nx run ${project}:${options.baselineTarget ?? 'ssot-baseline'}`,
    factsCache: options.factsCache !== false && !isFactsCacheOffInEnv(),
  };
}

/** Nx resolves these tokens in inferred options already; a hand-written target may still carry them. */
export function resolveTokens(path: string, project: string, projectRoot: string): string {
  return path
    .replace(/^\{workspaceRoot\}\/?/, '')
    .replace(/\{projectName\}/g, project)
    .replace(/\{projectRoot\}/g, projectRoot);
}

/** `tool` names the target in the message: the report executor shares these checks. */
export function insideWorkspace(workspaceRoot: string, path: string, option: string, tool = 'ssot-check'): string {
  const relativePath = relative(workspaceRoot, resolve(workspaceRoot, path)).replace(/\\/g, '/');
  if (relativePath === '' || escapesWorkspace(relativePath)) {
    const what = option === 'outputDir' ? 'a folder' : 'a file';
    throw new SsotUsageError(`${tool}: option "${option}" must name ${what} inside the workspace (${workspaceRoot}), found "${path}".`);
  }
  return relativePath;
}

export function checkCalendarDate(value: string, option = 'today', tool = 'ssot-check'): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new SsotUsageError(`${tool}: option "${option}" must be a calendar day as YYYY-MM-DD, found "${value}".`);
  }
  return value;
}
