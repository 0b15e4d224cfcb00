import { statSync } from 'node:fs';

/**
 * A file's modification time and size, or `-` when it is missing: what decides whether a cached
 * value built from the file is still good. Never a clock: an editor session keeps its index for
 * as long as the files it was built from stay the same, however long that is.
 */
export function stampFile(file: string): string {
  try {
    // Most inputs are usually missing (other Nx versions' graph folders, lerna.json): no exception for those, it costs more than the stat.
    const stats = statSync(file, { throwIfNoEntry: false });
    return stats ? `${stats.mtimeMs}:${stats.size}` : '-';
  } catch {
    return '-'; // not readable: as good as missing
  }
}

export function stampFiles(files: readonly string[]): string {
  return files.map((file) => `${file}\0${stampFile(file)}`).join('\n');
}
