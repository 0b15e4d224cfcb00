import type { FileHost } from 'ssot-core';

/**
 * A host that records every file the index asks about (read, sized, or probed for existence by
 * module resolution; workspace-relative) before answering, so a change to any of them (a barrel's
 * re-export, a tsconfig's paths, an import target created where resolution probed) is seen by the
 * next lint. Listing is not recorded: a file created in a new place matters once a file that
 * refers to it changes, and that file is recorded.
 */
export function trackReads(host: FileHost, record: (path: string) => void): FileHost {
  return {
    readFile: (path) => (record(path), host.readFile(path)),
    fileExists: (path) => (record(path), host.fileExists(path)),
    listFiles: (dir) => host.listFiles(dir),
    ...(host.fileSize && { fileSize: (path: string) => (record(path), host.fileSize?.(path)) }),
    ...(host.listSkippedLinks && { listSkippedLinks: (dir?: string) => host.listSkippedLinks?.(dir) ?? [] }),
  };
}
