import { runGit } from './run-git';

/** One path of a git tree, from `git ls-tree -r --long`. */
export interface TreeEntry {
  path: string;
  /** `100644`, `100755` (files), `120000` (symbolic link), `160000` (submodule commit). */
  mode: string;
  oid: string;
  /** Bytes of the blob; undefined for a submodule. */
  size: number | undefined;
}

const SYMLINK_MODE = '120000';
const SUBMODULE_MODE = '160000';

export const isRegularFile = (entry: TreeEntry): boolean => entry.mode !== SYMLINK_MODE && entry.mode !== SUBMODULE_MODE;
export const isSymbolicLink = (entry: TreeEntry): boolean => entry.mode === SYMLINK_MODE;

/**
 * The tree of the workspace at a commit: the workspace may be a folder of the repository, so its
 * tree is `<commit>:<prefix>` and every path is relative to the workspace root, as on disk.
 */
export async function resolveWorkspaceTree(workspaceRoot: string, commit: string): Promise<string | undefined> {
  const prefix = (await runGit(workspaceRoot, ['rev-parse', '--show-prefix'])).trim();
  try {
    return (await runGit(workspaceRoot, ['rev-parse', '--verify', '--quiet', `${commit}:${prefix}`])).trim();
  } catch {
    return undefined; // the workspace folder did not exist at that commit
  }
}

/** Every blob, link and submodule of a tree, recursively, with sizes; one git call. */
export async function listTree(workspaceRoot: string, tree: string): Promise<TreeEntry[]> {
  return parseTreeListing(await runGit(workspaceRoot, ['ls-tree', '-r', '-z', '--long', tree]));
}

/** `<mode> SP <type> SP <oid> SP <size> TAB <path>` records, NUL-terminated (paths are not quoted with -z). */
export function parseTreeListing(output: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const record of output.split('\0')) {
    if (record === '') continue;
    const tab = record.indexOf('\t');
    const [mode, , oid, size] = record.slice(0, tab).trim().split(/\s+/);
    entries.push({ path: record.slice(tab + 1), mode, oid, size: size === '-' ? undefined : Number(size) });
  }
  return entries;
}
