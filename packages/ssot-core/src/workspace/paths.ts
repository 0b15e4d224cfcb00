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

/** True when a normalised workspace-relative path points outside the workspace. */
export function escapesWorkspace(path: string): boolean {
  return path === '..' || path.startsWith('../') || posix.isAbsolute(path);
}

/** True when `path` is `dir` itself or below it (`.` contains everything). */
export function isWithin(path: string, dir: string): boolean {
  return dir === '.' || path === dir || path.startsWith(`${dir}/`);
}
