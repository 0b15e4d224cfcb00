/**
 * "Did you mean …?" for a workspace path that does not exist (an entry's `source`): the closest
 * files below its nearest folder that has files, never the whole workspace (its top folder at
 * most: `libs/…` lists `libs/`), so a slip costs one listing of a folder, and only on that error.
 */
import { findClosestNames } from './closest-name';

export function findClosestFiles(path: string, listFiles: (dir: string) => string[]): string[] | undefined {
  const segments = path.split('/');
  for (let depth = segments.length - 1; depth >= 1; depth -= 1) {
    const files = listFiles(segments.slice(0, depth).join('/'));
    if (files.length > 0) return findClosestNames(path, files, '/', true)?.names;
  }
  return undefined;
}
