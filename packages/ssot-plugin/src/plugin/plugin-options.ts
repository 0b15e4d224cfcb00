/**
 * Options of the `ssot-plugin` entry in nx.json:
 * `{ "plugin": "ssot-plugin", "options": { "targetName": "ssot-check", "outputDir": "dist/ssot/projects" } }`.
 */
export interface PluginOptions {
  /** Name of the inferred target. Default `ssot-check`. */
  targetName?: string;
  /** Workspace-relative folder of the per-project result files. Default `dist/ssot/projects`. */
  outputDir?: string;
  /** Workspace-relative path of the registry; an input of every check. Default `ssot.json`. */
  registry?: string;
  /** Name of the uncached target that records a project's baseline. Default `ssot-baseline`. */
  baselineTargetName?: string;
  /** Name of the workspace report target on the root project. Default `ssot-report`. */
  reportTargetName?: string;
  /** Workspace-relative folder of the report files. Default `dist/ssot`. */
  reportDir?: string;
  /** Workspace-relative path of the history file. Default `ssot-history.jsonl`. */
  history?: string;
}

export interface NormalizedPluginOptions {
  targetName: string;
  outputDir: string;
  registry: string;
  baselineTargetName: string;
  reportTargetName: string;
  reportDir: string;
  history: string;
}

export const DEFAULT_PLUGIN_OPTIONS: NormalizedPluginOptions = {
  targetName: 'ssot-check',
  outputDir: 'dist/ssot/projects',
  registry: 'ssot.json',
  baselineTargetName: 'ssot-baseline',
  reportTargetName: 'ssot-report',
  reportDir: 'dist/ssot',
  history: 'ssot-history.jsonl',
};

/** A wrong value in nx.json is the user's to fix: the message names the option and what it takes. */
export class PluginOptionsError extends Error {
  constructor(option: string, expected: string, found: unknown) {
    super(
      `ssot-plugin: invalid option "${option}" in the nx.json "plugins" entry: expected ${expected}, found ${JSON.stringify(found)}`,
    );
    this.name = 'PluginOptionsError';
  }
}

export function normalizePluginOptions(options: PluginOptions | undefined): NormalizedPluginOptions {
  const raw: Record<string, unknown> = isRecord(options) ? options : {};
  return {
    targetName: readTargetName('targetName', raw.targetName, DEFAULT_PLUGIN_OPTIONS.targetName),
    baselineTargetName: readTargetName('baselineTargetName', raw.baselineTargetName, DEFAULT_PLUGIN_OPTIONS.baselineTargetName),
    reportTargetName: readTargetName('reportTargetName', raw.reportTargetName, DEFAULT_PLUGIN_OPTIONS.reportTargetName),
    reportDir: readWorkspacePath('reportDir', raw.reportDir, DEFAULT_PLUGIN_OPTIONS.reportDir),
    history: readWorkspacePath('history', raw.history, DEFAULT_PLUGIN_OPTIONS.history),
    outputDir: readWorkspacePath('outputDir', raw.outputDir, DEFAULT_PLUGIN_OPTIONS.outputDir),
    registry: readWorkspacePath('registry', raw.registry, DEFAULT_PLUGIN_OPTIONS.registry),
  };
}

function readTargetName(option: string, value: unknown, fallback: string): string {
  if (value === undefined) return fallback;
  // A colon would make `project:target` ambiguous on the command line.
  if (typeof value !== 'string' || !/^[^\s:]+$/.test(value)) {
    throw new PluginOptionsError(option, 'a target name without spaces or ":"', value);
  }
  return value;
}

/** Workspace-relative, `/` separators, no trailing slash, never leaving the workspace. */
function readWorkspacePath(option: string, value: unknown, fallback: string): string {
  if (value === undefined) return fallback;
  const expected = 'a workspace-relative path such as "dist/ssot/projects"';
  if (typeof value !== 'string') throw new PluginOptionsError(option, expected, value);
  const path = value.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/+$/, '');
  const segments = path.split('/');
  if (path === '' || path.startsWith('/') || /^[A-Za-z]:/.test(path) || segments.includes('..')) {
    throw new PluginOptionsError(option, expected, value);
  }
  return path;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
