import { posix } from 'node:path';

/** Workspace-relative paths: `/` separators, no leading `./`, `.` for the root. */
export function joinPath(dir: string, relative: string): string {
  const joined = posix.normalize(dir === '.' || dir === '' ? relative : `${dir}/${relative}`);
  return joined === '' ? '.' : joined.replace(/\/$/, '');
}

export function dirOf(path: string): string {
  const dir = posix.dirname(path);
  return dir === '' ? '.' : dir;
}

/**
 * True when a workspace-relative path (or glob) would reach outside the workspace: absolute
 * (`/x`, `\\x`, `C:…`) or with a `..` segment, with either separator. The one check behind the
 * registry's paths, the file hosts and the executors' options; it needs no normalised input.
 */
export function escapesWorkspace(path: string): boolean {
  if (/^[\\/]/.test(path) || /^[A-Za-z]:/.test(path)) return true;
  return path.split(/[\\/]/).includes('..');
}

/** True when `path` is `dir` itself or below it (`.` contains everything). */
export function isWithin(path: string, dir: string): boolean {
  return dir === '.' || path === dir || path.startsWith(`${dir}/`);
}
