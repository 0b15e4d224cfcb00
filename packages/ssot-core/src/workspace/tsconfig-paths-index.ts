import { createMatchPath, type MatchPath } from 'tsconfig-paths';
import ts from 'typescript';
import type { FileHost } from './file-host';
import { dirOf, joinPath } from './paths';

/** The effective `paths` of one tsconfig, after `extends`, ready to match specifiers. */
export interface PathAliases {
  /** The tsconfig file these aliases come from. */
  file: string;
  /** Pattern → targets, workspace-relative (already resolved against baseUrl or the defining file). */
  paths: Record<string, string[]>;
  match(specifier: string, exists: (path: string) => boolean): string | undefined;
}

interface RawConfig {
  extends?: string | string[];
  compilerOptions?: { baseUrl?: string; paths?: Record<string, string[]> };
}

/**
 * Finds the tsconfig that governs a file (the nearest `tsconfig.json` above it) and the root one
 * (`tsconfig.base.json`, else `tsconfig.json`), following `extends` the way TypeScript does:
 * `paths` are relative to the effective `baseUrl` when there is one, else to the file defining them.
 */
export class TsconfigPathsIndex {
  private readonly nearestByDir = new Map<string, string | undefined>();
  private readonly aliasesByFile = new Map<string, PathAliases | undefined>();
  readonly rootConfig: string | undefined;

  constructor(private readonly host: FileHost) {
    this.rootConfig = ['tsconfig.base.json', 'tsconfig.json'].find((file) => host.fileExists(file));
  }

  /** The aliases of the nearest tsconfig.json above `file`, if it defines any. */
  getNearestAliases(file: string): PathAliases | undefined {
    const config = this.getNearestConfig(dirOf(file));
    return config ? this.getAliases(config) : undefined;
  }

  getRootAliases(): PathAliases | undefined {
    return this.rootConfig ? this.getAliases(this.rootConfig) : undefined;
  }

  private getNearestConfig(dir: string): string | undefined {
    if (this.nearestByDir.has(dir)) return this.nearestByDir.get(dir);
    const candidate = dir === '.' ? 'tsconfig.json' : `${dir}/tsconfig.json`;
    const found = this.host.fileExists(candidate) ? candidate : dir === '.' ? undefined : this.getNearestConfig(dirOf(dir));
    this.nearestByDir.set(dir, found);
    return found;
  }

  getAliases(file: string): PathAliases | undefined {
    if (this.aliasesByFile.has(file)) return this.aliasesByFile.get(file);
    const effective = this.readChain(file, new Set());
    let aliases: PathAliases | undefined;
    if (effective.paths) {
      const base = effective.baseUrl ?? effective.pathsDir;
      const paths: Record<string, string[]> = {};
      for (const [pattern, targets] of Object.entries(effective.paths)) {
        if (Array.isArray(targets)) paths[pattern] = targets.filter((t): t is string => typeof t === 'string').map((t) => joinPath(base, t));
      }
      aliases = createAliases(file, paths);
    }
    this.aliasesByFile.set(file, aliases);
    return aliases;
  }

  private readChain(file: string, seen: Set<string>): { baseUrl?: string; paths?: Record<string, string[]>; pathsDir: string } {
    const result: { baseUrl?: string; paths?: Record<string, string[]>; pathsDir: string } = { pathsDir: dirOf(file) };
    if (seen.has(file)) return result;
    seen.add(file);
    const raw = this.readConfig(file);
    if (!raw) return result;
    const parents = raw.extends === undefined ? [] : Array.isArray(raw.extends) ? raw.extends : [raw.extends];
    for (const parent of parents) {
      const parentFile = typeof parent === 'string' ? this.resolveExtends(file, parent) : undefined;
      if (!parentFile) continue;
      const inherited = this.readChain(parentFile, seen);
      if (inherited.baseUrl !== undefined) result.baseUrl = inherited.baseUrl;
      if (inherited.paths) {
        result.paths = inherited.paths;
        result.pathsDir = inherited.pathsDir;
      }
    }
    const options = raw.compilerOptions;
    if (options && typeof options.baseUrl === 'string') result.baseUrl = joinPath(dirOf(file), options.baseUrl);
    if (options && options.paths && typeof options.paths === 'object') {
      result.paths = options.paths;
      result.pathsDir = dirOf(file);
    }
    return result;
  }

  private resolveExtends(from: string, specifier: string): string | undefined {
    return listExtendsCandidates(from, specifier).find((candidate) => this.host.fileExists(candidate));
  }

  private readConfig(file: string): RawConfig | undefined {
    return readRawConfig(this.host, file);
  }
}

/**
 * The files a tsconfig's `extends` may name, workspace-relative: every candidate TypeScript tries
 * for each parent (present or not), so a watcher of them sees a parent created, changed or removed.
 */
export function listTsconfigParents(host: FileHost, file: string): string[] {
  const parents = readRawConfig(host, file)?.extends;
  const specifiers = parents === undefined ? [] : Array.isArray(parents) ? parents : [parents];
  return specifiers.flatMap((specifier) => (typeof specifier === 'string' ? listExtendsCandidates(file, specifier) : []));
}

function listExtendsCandidates(from: string, specifier: string): string[] {
  if (specifier.startsWith('.')) {
    const path = joinPath(dirOf(from), specifier);
    return [path, `${path}.json`, `${path}/tsconfig.json`];
  }
  // A shared config from a package: looked up in the root node_modules only.
  return [`node_modules/${specifier}`, `node_modules/${specifier}.json`, `node_modules/${specifier}/tsconfig.json`];
}

function readRawConfig(host: FileHost, file: string): RawConfig | undefined {
  const text = host.readFile(file);
  if (text === undefined) return undefined;
  const parsed = ts.parseConfigFileTextToJson(file, text);
  const config: unknown = parsed.config;
  return config && typeof config === 'object' ? (config as RawConfig) : undefined;
}

function createAliases(file: string, paths: Record<string, string[]>): PathAliases {
  // tsconfig-paths works on absolute paths: anchor the workspace at `/` and strip it again.
  const matcher: MatchPath = createMatchPath('/', prefixAll(paths), ['main'], false);
  return {
    file,
    paths,
    match(specifier, exists) {
      const found = matcher(specifier, () => undefined, (candidate) => exists(candidate.slice(1)), ['']);
      return found === undefined ? undefined : found.replace(/^\//, '');
    },
  };
}

function prefixAll(paths: Record<string, string[]>): Record<string, string[]> {
  const prefixed: Record<string, string[]> = {};
  for (const [pattern, targets] of Object.entries(paths)) prefixed[pattern] = targets.map((target) => `/${target}`);
  return prefixed;
}
