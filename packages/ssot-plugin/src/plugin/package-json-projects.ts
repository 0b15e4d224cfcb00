import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJson } from '@nx/devkit';
import { pathGlobToRegExp } from 'ssot-core/globs';

/**
 * Decides, like Nx's own package.json inference, which package.json files are projects: those the
 * package manager's workspaces name (package.json `workspaces`, pnpm-workspace.yaml, lerna.json),
 * plus the root package.json when it has an `nx` field. A target inferred on any other
 * package.json would make Nx create a project that does not otherwise exist.
 */
export function createPackageJsonProjectMatcher(
  workspaceRoot: string,
  configFiles: readonly string[],
): (packageJsonPath: string) => boolean {
  if (process.env.NX_INFER_ALL_PACKAGE_JSONS === 'true' && !configFiles.includes('package.json')) {
    return () => true;
  }
  const patterns = readWorkspacePatterns(workspaceRoot);
  const positive = patterns.filter((p) => !p.startsWith('!'));
  const negative = patterns.filter((p) => p.startsWith('!')).map((p) => compileGlob(p.slice(1)));
  // Only exclusions (or only the root): every package.json minus the excluded ones, as Nx does.
  if (negative.length > 0 && !positive.some((p) => p !== 'package.json')) positive.push('**/package.json');
  const positiveRegExps = positive.map(compileGlob);
  return (path) => positiveRegExps.some((r) => r.test(path)) && !negative.some((r) => r.test(path));
}

/** A glob that is not one (`libs/[z-a]`) matches nothing rather than stopping inference. */
function compileGlob(glob: string): RegExp {
  try {
    return pathGlobToRegExp(glob);
  } catch {
    return /(?!)/;
  }
}

/** Workspace globs normalised to `<glob>/package.json`; none when the root package.json is unreadable. */
export function readWorkspacePatterns(workspaceRoot: string): string[] {
  const rootPackageJson = readJsonObject(join(workspaceRoot, 'package.json'));
  if (!rootPackageJson) return [];
  const globs = [...readPackageJsonWorkspaces(rootPackageJson)];
  const pnpmWorkspace = readText(join(workspaceRoot, 'pnpm-workspace.yaml'));
  if (pnpmWorkspace !== undefined) globs.push(...readPnpmPackages(pnpmWorkspace));
  if (existsSync(join(workspaceRoot, 'lerna.json'))) {
    const packages = readJsonObject(join(workspaceRoot, 'lerna.json'))?.packages;
    globs.push(...(isStringArray(packages) && packages.length > 0 ? packages : ['packages/*']));
  }
  const patterns = globs.map(toPackageJsonPattern);
  return rootPackageJson.nx !== undefined ? [...patterns, 'package.json'] : patterns;
}

function readPackageJsonWorkspaces(packageJson: Record<string, unknown>): string[] {
  const workspaces = packageJson.workspaces;
  if (isStringArray(workspaces)) return workspaces;
  if (isRecord(workspaces) && isStringArray(workspaces.packages)) return workspaces.packages;
  return [];
}

/**
 * The `packages:` list of pnpm-workspace.yaml, block (`- 'apps/*'`) or flow (`['apps/*']`) style.
 * The file is tiny and its shape fixed; a YAML parser would be the plugin's only other dependency.
 */
export function readPnpmPackages(yaml: string): string[] {
  const lines = yaml.split(/\r?\n/);
  const start = lines.findIndex((line) => /^packages\s*:/.test(line));
  if (start < 0) return [];
  const inline = lines[start].replace(/^packages\s*:\s*/, '').replace(/\s+#.*$/, '').trim();
  if (inline.startsWith('[')) {
    return inline.replace(/^\[|\]$/g, '').split(',').map(unquote).filter((item) => item !== '');
  }
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^\s*(#.*)?$/.test(line)) continue;
    const item = /^\s+-\s*(.+?)\s*$/.exec(line);
    if (!item) break;
    items.push(unquote(item[1].replace(/\s+#.*$/, '')));
  }
  return items.filter((item) => item !== '');
}

function toPackageJsonPattern(glob: string): string {
  const negated = glob.startsWith('!');
  let path = (negated ? glob.slice(1) : glob).replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  if (!path.endsWith('package.json')) path = path === '' || path === '.' ? 'package.json' : `${path}/package.json`;
  return negated ? `!${path}` : path;
}

function unquote(text: string): string {
  return text.trim().replace(/^(['"])(.*)\1$/, '$2');
}

/** Parsed as Nx parses its config files (comments and trailing commas allowed); undefined if unreadable. */
export function readJsonObject(path: string): Record<string, unknown> | undefined {
  const text = readText(path);
  if (text === undefined) return undefined;
  try {
    const value: unknown = parseJson(text);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
