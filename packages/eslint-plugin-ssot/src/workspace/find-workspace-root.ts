import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const MARKERS = ['ssot.json', 'nx.json'];

/** Folder → the workspace root above it (or none): every file of a folder asks the same question. */
const rootByFolder = new Map<string, string | undefined>();

/**
 * The workspace root of a linted file: the nearest folder at or above it that holds `ssot.json`
 * or `nx.json` (where `ssot-check` reads the registry). Undefined when there is none.
 */
export function findWorkspaceRoot(file: string): string | undefined {
  const visited: string[] = [];
  let folder = dirname(file);
  let found: string | undefined;
  for (;;) {
    if (rootByFolder.has(folder)) {
      found = rootByFolder.get(folder);
      break;
    }
    visited.push(folder);
    if (MARKERS.some((marker) => existsSync(join(folder, marker)))) {
      found = folder;
      break;
    }
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  for (const each of visited) rootByFolder.set(each, found);
  return found;
}

/** Tests create workspaces on the fly: a folder's answer may change between them. */
export function forgetWorkspaceRoots(): void {
  rootByFolder.clear();
}
