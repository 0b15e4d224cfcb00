import { posix } from 'node:path';
import type { Tree } from '@nx/devkit';
import { createFileSystemHost, escapesWorkspace, type FileHost } from 'ssot-core';

/**
 * ssot-core reads the workspace through the Nx Tree: the disk as Nx sees it (`.gitignore` and
 * `.nxignore` respected, listed by ssot-core) plus the Tree's pending changes, so a generator run
 * after another in the same session, and every test's in-memory Tree, are analysed as they stand.
 */
export function createTreeFileHost(tree: Tree): FileHost {
  let files: string[] | undefined;
  const listAll = (): string[] => {
    if (!files) {
      const listed = new Set(createFileSystemHost(tree.root).listFiles());
      for (const change of tree.listChanges()) {
        if (change.type === 'DELETE') listed.delete(change.path);
        else listed.add(change.path);
      }
      files = [...listed].sort();
    }
    return files;
  };
  // The Tree would read `../x` (or `a/../../x`) outside the workspace; the analysis must not see it (as on disk).
  const isFile = (path: string) => !escapesWorkspace(posix.normalize(path)) && tree.isFile(path);
  return {
    readFile: (path) => (isFile(path) ? (tree.read(path, 'utf-8') ?? undefined) : undefined),
    fileExists: isFile,
    listFiles: (dir) => (dir === undefined || dir === '' || dir === '.' ? listAll() : listAll().filter((path) => path.startsWith(`${dir}/`))),
  };
}
