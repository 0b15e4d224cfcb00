import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, posix, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { FileHost } from './file-host';
import { escapesWorkspace } from './paths';

/** Folders Nx never looks into, whatever the ignore files say. */
const ALWAYS_SKIPPED = new Set(['node_modules', '.git', '.nx']);

/**
 * The real file system under `root`. `listFiles` returns what Nx sees: `.gitignore` files (at every
 * level) and the root `.nxignore` are respected; symbolic links are not followed (no loops, nothing
 * outside the workspace). Reads are confined the same way: a path with `..` that leaves the root,
 * or one that a symbolic link leads outside it, does not exist for the analysis (module resolution
 * and tsconfig `extends` included), so no file outside the workspace can change a result. The one
 * exception is `node_modules`, read only for a tsconfig `extends` of a package: package managers
 * link installed packages from stores outside the workspace (pnpm, `npm link`, a shared folder).
 */
export function createFileSystemHost(root: string): FileHost {
  const listings = new Map<string, string[]>();
  /** Sizes seen while listing: listed files are regular files reached without a symbolic link. */
  const sizes = new Map<string, number>();
  /** Symbolic links met while listing, never followed. */
  const links = new Set<string>();
  const realRoot = getRealPath(root) ?? resolve(root);
  const inside = realRoot.endsWith(sep) ? realRoot : `${realRoot}${sep}`;
  const confined = new Map<string, string | undefined>();

  /** The absolute path of `path` when it stays inside the workspace, links resolved; else undefined. */
  const locate = (path: string): string | undefined => {
    if (sizes.has(path)) return join(root, path);
    if (confined.has(path)) return confined.get(path);
    const normalized = posix.normalize(path);
    let located: string | undefined;
    if (!escapesWorkspace(normalized)) {
      const real = getRealPath(join(root, normalized));
      const isPackage = normalized.startsWith('node_modules/');
      if (real !== undefined && (isPackage || real === realRoot || real.startsWith(inside))) located = join(root, normalized);
    }
    confined.set(path, located);
    return located;
  };

  return {
    readFile(path) {
      const absolute = locate(path);
      if (absolute === undefined) return undefined;
      try {
        return readFileSync(absolute, 'utf8');
      } catch {
        return undefined; // a folder, gone since it was listed, or not readable
      }
    },
    fileExists(path) {
      const absolute = locate(path);
      if (absolute === undefined) return false;
      try {
        return statSync(absolute).isFile();
      } catch {
        return false;
      }
    },
    listFiles(dir = '.') {
      let listed = listings.get(dir);
      if (!listed) {
        listed = walk(root, dir, sizes, links);
        listings.set(dir, listed);
      }
      return listed;
    },
    listSkippedLinks(dir = '.') {
      this.listFiles(dir);
      return [...links].filter((link) => dir === '.' || link.startsWith(`${dir}/`)).sort();
    },
    fileSize(path) {
      const listed = sizes.get(path);
      if (listed !== undefined) return listed;
      const absolute = locate(path);
      if (absolute === undefined) return undefined;
      try {
        const stats = statSync(absolute);
        return stats.isFile() ? stats.size : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

function getRealPath(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined; // missing, or a loop of links (ELOOP)
  }
}

interface IgnoreLayer {
  /** Folder the rules are relative to ('' for the root). */
  base: string;
  rules: Ignore;
}

function walk(root: string, start: string, sizes: Map<string, number>, links: Set<string>): string[] {
  const files: string[] = [];
  const rootLayer: IgnoreLayer = { base: '', rules: ignore() };
  for (const name of ['.gitignore', '.nxignore']) addRules(rootLayer.rules, root, name);
  const startLayers = [rootLayer];
  // Ignore files of the folders between the root and `start` apply too.
  const segments = start === '.' ? [] : start.split('/');
  for (let index = 1; index <= segments.length - 1; index += 1) {
    const base = segments.slice(0, index).join('/');
    const layer = readLayer(root, base);
    if (layer) startLayers.push(layer);
  }
  visit(root, start === '.' ? '' : start, startLayers, files, sizes, links);
  return files.sort();
}

function visit(root: string, dir: string, layers: IgnoreLayer[], files: string[], sizes: Map<string, number>, links: Set<string>): void {
  const own = dir === '' ? undefined : readLayer(root, dir);
  const active = own ? [...layers, own] : layers;
  let names: string[];
  try {
    names = readdirSync(join(root, dir));
  } catch {
    return;
  }
  for (const name of names.sort()) {
    if (ALWAYS_SKIPPED.has(name)) continue;
    const path = dir === '' ? name : `${dir}/${name}`;
    let stats;
    try {
      stats = lstatSync(join(root, path));
    } catch {
      continue; // deleted while listing
    }
    if (stats.isSymbolicLink()) {
      if (!isIgnored(active, path, false)) links.add(path);
      continue;
    }
    const isDir = stats.isDirectory();
    if (isIgnored(active, path, isDir)) continue;
    if (isDir) visit(root, path, active, files, sizes, links);
    else if (stats.isFile()) {
      files.push(path);
      sizes.set(path, stats.size);
    }
  }
}

function readLayer(root: string, dir: string): IgnoreLayer | undefined {
  const rules = ignore();
  if (!addRules(rules, root, `${dir}/.gitignore`)) return undefined;
  return { base: dir, rules };
}

function addRules(rules: Ignore, root: string, file: string): boolean {
  try {
    rules.add(readFileSync(join(root, file), 'utf8'));
    return true;
  } catch {
    return false;
  }
}

function isIgnored(layers: IgnoreLayer[], path: string, isDir: boolean): boolean {
  for (const layer of layers) {
    const relative = layer.base === '' ? path : path.slice(layer.base.length + 1);
    if (relative === '') continue;
    if (layer.rules.ignores(isDir ? `${relative}/` : relative)) return true;
  }
  return false;
}
