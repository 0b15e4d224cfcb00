import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { ALWAYS_SKIPPED, isIgnoredBy, type IgnoreFiles, type IgnoreLayer } from './ignore-files';

/** What a folder entry is, as `readdir` reported it (no link is followed to find out). */
export type EntryKind = 'file' | 'dir' | 'link' | 'other';

/** What the walks saw: the links passed over, and every entry of every folder they read. */
export interface Listing {
  links: Set<string>;
  /**
   * Per folder read ('' for the root), each entry's kind, ignored ones included: lets the host
   * answer "does this path exist, and is it inside the workspace?" without a system call when the
   * walk reached the folder without a link.
   */
  folders: Map<string, Map<string, EntryKind>>;
}

/**
 * Lists the files below `start` ('.' for the root) that Nx sees: `.gitignore` files at every level
 * and the root `.nxignore` respected, `node_modules`/`.git`/`.nx` skipped, links never followed.
 * One `readdir` per folder with entry types, so no `lstat` per entry (`lstat` only where the file
 * system does not report types).
 */
export function walk(root: string, start: string, ignoreFiles: IgnoreFiles, listing: Listing): string[] {
  const files: string[] = [];
  // The ignore files of the root and of the folders above `start` apply too.
  const segments = start === '.' ? [] : start.split('/');
  const startLayers: IgnoreLayer[] = [];
  for (let depth = 0; depth < segments.length; depth += 1) {
    const layer = ignoreFiles.layerOf(segments.slice(0, depth).join('/'));
    if (layer) startLayers.push(layer);
  }
  visit(root, start === '.' ? '' : start, startLayers, ignoreFiles, listing, files);
  return files.sort();
}

function visit(root: string, dir: string, layers: IgnoreLayer[], ignoreFiles: IgnoreFiles, listing: Listing, files: string[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return;
  }
  const kinds = new Map<string, EntryKind>();
  for (const entry of entries) kinds.set(entry.name, kindOf(entry, root, dir));
  // Recorded before the folder's own ignore file is read, so that read needs no system call to
  // learn the file is absent (most folders have none).
  listing.folders.set(dir, kinds);
  const own = ignoreFiles.layerOf(dir);
  const active = own ? [...layers, own] : layers;
  for (const name of [...kinds.keys()].sort()) {
    if (ALWAYS_SKIPPED.has(name)) continue;
    const path = dir === '' ? name : `${dir}/${name}`;
    const kind = kinds.get(name);
    if (kind === 'link') {
      if (!isIgnoredBy(active, path, false)) listing.links.add(path);
      continue;
    }
    const isDir = kind === 'dir';
    if (isIgnoredBy(active, path, isDir)) continue;
    if (isDir) visit(root, path, active, ignoreFiles, listing, files);
    else if (kind === 'file') files.push(path);
  }
}

function kindOf(entry: Dirent, root: string, dir: string): EntryKind {
  if (entry.isSymbolicLink()) return 'link';
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'dir';
  if (entry.isBlockDevice() || entry.isCharacterDevice() || entry.isFIFO() || entry.isSocket()) return 'other';
  // The file system did not say (DT_UNKNOWN): ask it.
  try {
    const stats = lstatSync(join(root, dir, entry.name));
    if (stats.isSymbolicLink()) return 'link';
    return stats.isFile() ? 'file' : stats.isDirectory() ? 'dir' : 'other';
  } catch {
    return 'other'; // deleted while listing
  }
}
