import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { FileHost } from './file-host';

/** Folders Nx never looks into, whatever the ignore files say. */
const ALWAYS_SKIPPED = new Set(['node_modules', '.git', '.nx']);

/**
 * The real file system under `root`. `listFiles` returns what Nx sees: `.gitignore` files (at every
 * level) and the root `.nxignore` are respected; symbolic links are not followed (no loops, nothing
 * outside the workspace).
 */
export function createFileSystemHost(root: string): FileHost {
  const listings = new Map<string, string[]>();
  return {
    readFile(path) {
      try {
        return readFileSync(join(root, path), 'utf8');
      } catch {
        return undefined;
      }
    },
    fileExists(path) {
      try {
        return statSync(join(root, path)).isFile();
      } catch {
        return false;
      }
    },
    listFiles(dir = '.') {
      let listed = listings.get(dir);
      if (!listed) {
        listed = walk(root, dir);
        listings.set(dir, listed);
      }
      return listed;
    },
  };
}

interface IgnoreLayer {
  /** Folder the rules are relative to ('' for the root). */
  base: string;
  rules: Ignore;
}

function walk(root: string, start: string): string[] {
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
  visit(root, start === '.' ? '' : start, startLayers, files);
  return files.sort();
}

function visit(root: string, dir: string, layers: IgnoreLayer[], files: string[]): void {
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
    if (stats.isSymbolicLink()) continue;
    const isDir = stats.isDirectory();
    if (isIgnored(active, path, isDir)) continue;
    if (isDir) visit(root, path, active, files);
    else if (stats.isFile()) files.push(path);
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
