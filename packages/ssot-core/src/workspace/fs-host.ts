import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, posix, resolve, sep } from 'node:path';
import type { FileHost } from './file-host';
import { ALWAYS_SKIPPED, createIgnoreFiles, isIgnoredBy, type IgnoreFiles, type IgnoreLayer } from './ignore-files';
import { escapesWorkspace } from './paths';

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
  const ignoreFiles = createIgnoreFiles((path) => readText(join(root, path)));

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
        listed = walk(root, dir, ignoreFiles, sizes, links);
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

function readText(absolute: string): string | undefined {
  try {
    return readFileSync(absolute, 'utf8');
  } catch {
    return undefined;
  }
}

function walk(root: string, start: string, ignoreFiles: IgnoreFiles, sizes: Map<string, number>, links: Set<string>): string[] {
  const files: string[] = [];
  // The ignore files of the root and of the folders above `start` apply too.
  const segments = start === '.' ? [] : start.split('/');
  const startLayers: IgnoreLayer[] = [];
  for (let depth = 0; depth < segments.length; depth += 1) {
    const layer = ignoreFiles.layerOf(segments.slice(0, depth).join('/'));
    if (layer) startLayers.push(layer);
  }
  visit(root, start === '.' ? '' : start, startLayers, ignoreFiles, { files, sizes, links });
  return files.sort();
}

interface Listing {
  files: string[];
  sizes: Map<string, number>;
  links: Set<string>;
}

function visit(root: string, dir: string, layers: IgnoreLayer[], ignoreFiles: IgnoreFiles, listing: Listing): void {
  const own = ignoreFiles.layerOf(dir);
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
      if (!isIgnoredBy(active, path, false)) listing.links.add(path);
      continue;
    }
    const isDir = stats.isDirectory();
    if (isIgnoredBy(active, path, isDir)) continue;
    if (isDir) visit(root, path, active, ignoreFiles, listing);
    else if (stats.isFile()) {
      listing.files.push(path);
      listing.sizes.set(path, stats.size);
    }
  }
}
