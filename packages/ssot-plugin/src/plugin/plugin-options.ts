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
}

export interface NormalizedPluginOptions {
  targetName: string;
  outputDir: string;
  registry: string;
}

export const DEFAULT_PLUGIN_OPTIONS: NormalizedPluginOptions = {
  targetName: 'ssot-check',
  outputDir: 'dist/ssot/projects',
  registry: 'ssot.json',
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
    targetName: readTargetName(raw.targetName),
    outputDir: readWorkspacePath('outputDir', raw.outputDir, DEFAULT_PLUGIN_OPTIONS.outputDir),
    registry: readWorkspacePath('registry', raw.registry, DEFAULT_PLUGIN_OPTIONS.registry),
  };
}

function readTargetName(value: unknown): string {
  if (value === undefined) return DEFAULT_PLUGIN_OPTIONS.targetName;
  // A colon would make `project:target` ambiguous on the command line.
  if (typeof value !== 'string' || !/^[^\s:]+$/.test(value)) {
    throw new PluginOptionsError('targetName', 'a target name without spaces or ":"', value);
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
