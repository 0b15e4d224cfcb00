import type { FileHost } from './file-host';
import { createIgnoreFiles } from './ignore-files';

/**
 * A workspace held in memory: tests, conformance vectors, and fuzzing use it. It lists what Nx
 * would see, as the file-system host does (ignore files respected); an ignored file can still be
 * read, as on disk.
 */
export function createMemoryHost(files: Record<string, string>): FileHost {
  const readFile = (path: string) => (Object.prototype.hasOwnProperty.call(files, path) ? files[path] : undefined);
  const ignoreFiles = createIgnoreFiles(readFile);
  const paths = Object.keys(files)
    .filter((path) => !ignoreFiles.ignoresFile(path))
    .sort();
  return {
    readFile,
    fileExists: (path) => Object.prototype.hasOwnProperty.call(files, path),
    listFiles: (dir) => (dir === undefined || dir === '.' || dir === '' ? paths : paths.filter((path) => path.startsWith(`${dir}/`))),
  };
}
