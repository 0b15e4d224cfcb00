import { readFileSync, realpathSync, statSync } from 'node:fs';
import { join, posix, resolve, sep } from 'node:path';
import type { FileHost } from './file-host';
import { walk, type EntryKind, type Listing } from './fs-walk';
import { createIgnoreFiles } from './ignore-files';
import { escapesWorkspace } from './paths';

/**
 * The real file system under `root`. `listFiles` returns what Nx sees: `.gitignore` files (at every
 * level) and the root `.nxignore` are respected; symbolic links are not followed (no loops, nothing
 * outside the workspace). Reads are confined the same way: a path with `..` that leaves the root,
 * or one that a symbolic link leads outside it, does not exist for the analysis (module resolution
 * and tsconfig `extends` included), so no file outside the workspace can change a result. The one exception is `node_modules`, read only for a tsconfig `extends` of a package:
 * package managers link installed packages from stores outside the workspace (pnpm, `npm link`).
 *
 * Confinement costs no system call where the listing already knows the answer: a path in a folder
 * the walk read without passing a link is inside the workspace if the folder has that entry (and
 * absent if not); only other paths (through a link, under an ignored or skipped folder, or before
 * any listing) are resolved with `realpath`. The listing is a snapshot: a file created in a listed
 * folder after the walk does not exist for the analysis, as a file created after Nx hashed the
 * inputs would not.
 */
export function createFileSystemHost(root: string): FileHost {
  const listings = new Map<string, string[]>();
  /** Files listed: regular files reached without a symbolic link. */
  const listed = new Set<string>();
  const sizes = new Map<string, number | undefined>();
  const listing: Listing = { links: new Set(), folders: new Map() };
  const realRoot = getRealPath(root) ?? resolve(root);
  const inside = realRoot.endsWith(sep) ? realRoot : `${realRoot}${sep}`;
  const confined = new Map<string, string | undefined>();

  /** The entry kind of a normalised path when a folder read without links has the answer. */
  const kindFromListing = (path: string): EntryKind | 'absent' | undefined => {
    let slash = path.lastIndexOf('/');
    const own = listing.folders.get(slash < 0 ? '' : path.slice(0, slash));
    if (own !== undefined) return own.get(path.slice(slash + 1)) ?? 'absent';
    // Its folder was not read: a read ancestor may still show that the folder is not there
    // (`./x` probed as `x/index.ts`), or that it is one the walk did not enter (then: unknown).
    while (slash > 0) {
      const folder = path.slice(0, slash);
      slash = folder.lastIndexOf('/');
      const entries = listing.folders.get(slash < 0 ? '' : folder.slice(0, slash));
      if (entries === undefined) continue;
      const kind = entries.get(folder.slice(slash + 1));
      return kind === 'dir' || kind === 'link' ? undefined : 'absent';
    }
    return undefined;
  };

  // Ignore files are read as Nx reads them (a linked one too), so the listing stays what Nx sees;
  // the walk records a folder before reading its ignore file, so an absent one costs no call.
  const ignoreFiles = createIgnoreFiles((path) => (kindFromListing(path) === 'absent' ? undefined : readText(join(root, path))));

  /** The absolute path of `path` when it stays inside the workspace, links resolved; else undefined. */
  const locate = (path: string): string | undefined => {
    if (listed.has(path)) return join(root, path);
    if (confined.has(path)) return confined.get(path);
    const normalized = posix.normalize(path).replace(/\/$/, '');
    let located: string | undefined;
    if (!escapesWorkspace(normalized)) {
      const kind = normalized === '.' ? 'dir' : kindFromListing(normalized);
      if (kind === 'file' || kind === 'dir') located = join(root, normalized);
      else if (kind !== 'absent' && isRealPathInside(normalized)) located = join(root, normalized);
    }
    confined.set(path, located);
    return located;
  };

  const isRealPathInside = (normalized: string): boolean => {
    const real = getRealPath(join(root, normalized));
    return real !== undefined && (normalized.startsWith('node_modules/') || real === realRoot || real.startsWith(inside));
  };

  /** A folder the walk may record: reached from the root without passing a link. */
  const isPlainFolder = (dir: string): boolean => {
    if (dir === '.') return true;
    const segments = dir.split('/');
    if (segments.every((_, i) => kindFromListing(segments.slice(0, i + 1).join('/')) === 'dir')) return true;
    return getRealPath(join(root, dir)) === join(realRoot, dir);
  };

  function readFile(path: string): string | undefined {
    const absolute = locate(path);
    if (absolute === undefined) return undefined;
    try {
      return readFileSync(absolute, 'utf8');
    } catch {
      return undefined; // a folder, gone since it was listed, or not readable
    }
  }

  return {
    readFile,
    fileExists(path) {
      if (listed.has(path)) return true;
      const absolute = locate(path);
      if (absolute === undefined) return false;
      const kind = kindFromListing(posix.normalize(path));
      if (kind === 'file' || kind === 'dir') return kind === 'file';
      try {
        return statSync(absolute).isFile();
      } catch {
        return false;
      }
    },
    listFiles(dir = '.') {
      let files = listings.get(dir);
      if (!files) {
        // Below a folder reached through a link, the walk is neither proof of containment nor of
        // absence: its files are listed (as before) but read only if their real path is inside.
        const plain = isPlainFolder(dir);
        files = walk(root, dir, ignoreFiles, plain ? listing : { links: listing.links, folders: new Map() });
        if (plain) for (const file of files) listed.add(file);
        listings.set(dir, files);
      }
      return files;
    },
    listSkippedLinks(dir = '.') {
      this.listFiles(dir);
      return [...listing.links].filter((link) => dir === '.' || link.startsWith(`${dir}/`)).sort();
    },
    fileSize(path) {
      if (sizes.has(path)) return sizes.get(path);
      const absolute = locate(path);
      let size: number | undefined;
      if (absolute !== undefined) {
        try {
          const stats = statSync(absolute);
          size = stats.isFile() ? stats.size : undefined;
        } catch {
          size = undefined;
        }
      }
      sizes.set(path, size);
      return size;
    },
  };
}

function readText(absolute: string): string | undefined {
  try {
    return readFileSync(absolute, 'utf8');
  } catch {
    return undefined;
  }
}

function getRealPath(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined; // missing, or a loop of links (ELOOP)
  }
}
