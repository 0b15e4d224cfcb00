import type { FileHost } from './file-host';

/** A workspace held in memory: tests, conformance vectors, and fuzzing use it. */
export function createMemoryHost(files: Record<string, string>): FileHost {
  const paths = Object.keys(files).sort();
  return {
    readFile: (path) => (Object.prototype.hasOwnProperty.call(files, path) ? files[path] : undefined),
    fileExists: (path) => Object.prototype.hasOwnProperty.call(files, path),
    listFiles: (dir) => (dir === undefined || dir === '.' || dir === '' ? paths : paths.filter((path) => path.startsWith(`${dir}/`))),
  };
}
