import { posix } from 'node:path';
import { MAX_FILE_BYTES } from '../stages/read-file-facts';
import type { FileHost } from '../workspace/file-host';
import { createIgnoreFiles } from '../workspace/ignore-files';
import { escapesWorkspace } from '../workspace/paths';
import type { CatFileBatch } from './cat-file-batch';
import { isRegularFile, isSymbolicLink, listTree, resolveWorkspaceTree, type TreeEntry } from './list-tree';
import type { CommitId } from './resolve-commit';
import { runGitSync } from './run-git';

/** The workspace as a commit holds it, read from the object database. */
export interface GitTreeHost extends FileHost {
  commit: CommitId;
}

export interface GitTreeHostOptions {
  /** Absolute path of the workspace root (inside the repository). */
  workspaceRoot: string;
  commit: CommitId;
  /** The long-lived reader; one serves every commit of a run. */
  reader: CatFileBatch;
  /** Which listed files to read up front; by default the files the engine reads (sources, JSON, ignore files). */
  prefetch?: (path: string) => boolean;
  /** Blob id → text, shared across commits so that an unchanged file is read once per run. */
  texts?: Map<string, string>;
}

const ENGINE_READS = /(\.(d\.ts|ts|tsx|mts|cts|js|jsx|mjs|cjs|json)|(^|\/)\.(git|nx)ignore|(^|\/)CODEOWNERS)$/;
const IGNORE_FILE = /(^|\/)\.(gitignore|nxignore)$/;

/**
 * A FileHost over a git tree. The engine is synchronous from the scan to module resolution (the
 * TypeScript parser and resolver call `readFile` deep inside), so the host is too: it is opened
 * asynchronously, reading every blob the engine will ask for in one pipelined batch through the
 * long-lived `git cat-file --batch` process, and then answers from memory. A file outside that set
 * (an ignored file, a file over the size limit read on purpose) is read with one synchronous
 * `git cat-file blob`: correct for the rare case without a second protocol on the batch pipes
 * (Node has no supported synchronous read of a child's pipe). It lists what Nx would see at that
 * commit: the tree's own `.gitignore` files and root `.nxignore` are honoured through the same
 * `ignore-files` reading as the file-system host; symbolic links are listed as skipped, never followed.
 */
export async function openGitTreeHost(options: GitTreeHostOptions): Promise<GitTreeHost> {
  const { workspaceRoot, commit, reader } = options;
  const texts = options.texts ?? new Map<string, string>();
  const tree = await resolveWorkspaceTree(workspaceRoot, commit);
  const entries = tree === undefined ? [] : await listTree(workspaceRoot, tree);
  const files = new Map<string, TreeEntry>(entries.filter(isRegularFile).map((entry) => [entry.path, entry]));
  const links = entries.filter(isSymbolicLink).map((entry) => entry.path);

  const load = async (paths: string[]) => {
    const wanted = paths.map((path) => files.get(path)?.oid).filter((oid): oid is string => oid !== undefined && !texts.has(oid));
    for (const [oid, blob] of await reader.readAll(wanted)) if (blob) texts.set(oid, blob.toString('utf8'));
  };
  const readSync = (path: string): string | undefined => {
    const entry = files.get(path);
    if (!entry) return undefined;
    let text = texts.get(entry.oid);
    if (text === undefined) {
      text = runGitSync(workspaceRoot, ['cat-file', 'blob', entry.oid]).toString('utf8');
      texts.set(entry.oid, text);
    }
    return text;
  };

  // The ignore files first: they decide which files are listed, hence which are read up front.
  await load([...files.keys()].filter((path) => IGNORE_FILE.test(path)));
  const ignoreFiles = createIgnoreFiles(readSync);
  const listed = [...files.keys()].filter((path) => !ignoreFiles.ignoresFile(path)).sort();
  const visibleLinks = links.filter((path) => !ignoreFiles.ignoresFile(path)).sort();
  const prefetch = options.prefetch ?? ((path: string) => ENGINE_READS.test(path));
  await load(listed.filter((path) => prefetch(path) && (files.get(path)?.size ?? 0) <= MAX_FILE_BYTES));

  const locate = (path: string): string | undefined => {
    const normalized = posix.normalize(path);
    return escapesWorkspace(normalized) ? undefined : normalized;
  };
  const below = (paths: string[], dir: string | undefined) =>
    dir === undefined || dir === '.' || dir === '' ? paths : paths.filter((path) => path.startsWith(`${dir}/`));
  return {
    commit,
    readFile(path) {
      const located = locate(path);
      return located === undefined ? undefined : readSync(located);
    },
    fileExists(path) {
      const located = locate(path);
      return located !== undefined && files.has(located);
    },
    listFiles: (dir) => below(listed, dir),
    listSkippedLinks: (dir) => below(visibleLinks, dir),
    fileSize(path) {
      const located = locate(path);
      return located === undefined ? undefined : files.get(located)?.size;
    },
  };
}
