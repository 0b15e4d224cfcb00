import { statSync } from 'node:fs';

/**
 * A file's modification time and size, or `-` when it is missing: what decides whether a cached
 * value built from the file is still good. Never a clock: an editor session keeps its index for
 * as long as the files it was built from stay the same, however long that is.
 */
export function stampFile(file: string): string {
  try {
    const stats = statSync(file);
    return `${stats.mtimeMs}:${stats.size}`;
  } catch {
    return '-';
  }
}

export function stampFiles(files: readonly string[]): string {
  return files.map((file) => `${file}\0${stampFile(file)}`).join('\n');
}
