import type { FileHost } from './file-host';
import { dirOf, joinPath } from './paths';
import type { TsconfigPathsIndex } from './tsconfig-paths-index';
import { readPackageJson, type WorkspaceProjects } from './workspace-projects';

export type Resolution = { kind: 'file'; file: string } | { kind: 'external' };

const EXTENSIONS = ['.ts', '.tsx', '.d.ts', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
/** An emitted JavaScript extension names the TypeScript source it came from. */
const SOURCE_OF: Record<string, string[]> = { '.js': ['.ts', '.tsx'], '.jsx': ['.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] };
const BUILD_FOLDERS = new Set(['dist', 'build', 'out-tsc', 'lib', 'out']);
const BUILD_FLAVOURS = new Set(['main', 'module', 'esm', 'cjs', 'src']);

/**
 * SPEC §4 resolution, in order: a relative path; the `paths` of the nearest tsconfig.json, then of
 * the root one; a workspace package name → its source entry; otherwise external. Package sub-paths,
 * `exports` maps and `baseUrl` without `paths` are not followed. Results are cached per folder.
 */
export class ModuleResolver {
  private readonly cache = new Map<string, Resolution>();
  private readonly candidateCache = new Map<string, string | undefined>();
  private packageEntries: Map<string, string | undefined> | undefined;

  constructor(
    private readonly host: FileHost,
    private readonly tsconfigs: TsconfigPathsIndex,
    private readonly projects: WorkspaceProjects,
  ) {}

  resolve(fromFile: string, specifier: string): Resolution {
    const key = `${dirOf(fromFile)}\0${specifier}`;
    let found = this.cache.get(key);
    if (!found) {
      const file = this.resolveToFile(fromFile, specifier);
      found = file === undefined ? { kind: 'external' } : { kind: 'file', file };
      this.cache.set(key, found);
    }
    return found;
  }

  private resolveToFile(fromFile: string, specifier: string): string | undefined {
    if (specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..') {
      return this.resolveCandidate(joinPath(dirOf(fromFile), specifier));
    }
    if (specifier.startsWith('/')) return undefined;
    const exists = (path: string) => this.resolveCandidate(path) !== undefined;
    for (const aliases of [this.tsconfigs.getNearestAliases(fromFile), this.tsconfigs.getRootAliases()]) {
      const matched = aliases?.match(specifier, exists);
      if (matched !== undefined) return this.resolveCandidate(matched);
    }
    return this.getPackageEntry(specifier);
  }

  /** A path as written (without or with an extension, or a folder) → the workspace file it means. */
  resolveCandidate(path: string): string | undefined {
    if (this.candidateCache.has(path)) return this.candidateCache.get(path);
    const found = this.findCandidate(path);
    this.candidateCache.set(path, found);
    return found;
  }

  private findCandidate(path: string): string | undefined {
    const extension = EXTENSIONS.find((ext) => path.endsWith(ext));
    if (extension && SOURCE_OF[extension]) {
      const stem = path.slice(0, -extension.length);
      for (const source of SOURCE_OF[extension]) if (this.host.fileExists(stem + source)) return stem + source;
    }
    if (extension && this.host.fileExists(path)) return path;
    for (const ext of EXTENSIONS) if (this.host.fileExists(path + ext)) return path + ext;
    for (const ext of EXTENSIONS) if (this.host.fileExists(`${path}/index${ext}`)) return `${path}/index${ext}`;
    return undefined;
  }

  /** `package.json` name at a project root → `src/index.ts`, `index.ts`, or types/main mapped back to src. */
  getPackageEntry(name: string): string | undefined {
    if (!this.packageEntries) this.packageEntries = new Map();
    if (this.packageEntries.has(name)) return this.packageEntries.get(name);
    const root = this.projects.getPackageRoots().get(name);
    const entry = root === undefined ? undefined : this.findPackageEntry(root);
    this.packageEntries.set(name, entry);
    return entry;
  }

  private findPackageEntry(root: string): string | undefined {
    for (const candidate of ['src/index', 'index']) {
      const found = this.findIndex(joinPath(root, candidate));
      if (found) return found;
    }
    const manifest = readPackageJson(this.host, root);
    for (const field of [manifest?.types, manifest?.typings, manifest?.main]) {
      if (typeof field !== 'string') continue;
      const mapped = mapBuildPathToSource(field);
      for (const candidate of mapped) {
        const found = this.resolveCandidate(joinPath(root, candidate));
        if (found) return found;
      }
    }
    return undefined;
  }

  private findIndex(stem: string): string | undefined {
    for (const ext of ['.ts', '.tsx', '.mts', '.cts']) if (this.host.fileExists(stem + ext)) return stem + ext;
    return undefined;
  }
}

/** `build/main/index.js` → `src/index`; `dist/lib/foo.d.ts` → `src/lib/foo`, then the path itself. */
export function mapBuildPathToSource(field: string): string[] {
  const stem = field.replace(/^\.\//, '').replace(/(\.d)?\.(js|cjs|mjs|ts|mts|cts)$/, '');
  const segments = stem.split('/');
  const candidates: string[] = [];
  if (segments.length > 1 && BUILD_FOLDERS.has(segments[0])) {
    let rest = segments.slice(1);
    if (rest.length > 1 && BUILD_FLAVOURS.has(rest[0])) rest = rest.slice(1);
    candidates.push(['src', ...rest].join('/'));
  }
  candidates.push(stem);
  return candidates;
}
