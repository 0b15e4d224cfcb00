/**
 * Everything the engine reads goes through a host, so tests run on in-memory workspaces and the
 * real run on the file system. Paths are workspace-relative with `/` separators.
 */
export interface FileHost {
  /** The file's text, or undefined when it does not exist or is not a regular file. */
  readFile(path: string): string | undefined;
  fileExists(path: string): boolean;
  /** Every workspace file (as Nx sees it: .gitignore and .nxignore respected), sorted. Optionally only below `dir`. */
  listFiles(dir?: string): string[];
  /**
   * The file's size in bytes, when the host knows it without reading the file: lets a huge file be
   * skipped (and listed) before it is read. Hosts that do not know it leave it out.
   */
  fileSize?(path: string): number | undefined;
  /**
   * Symbolic links met while listing below `dir` (never followed: no loops, nothing from outside the
   * workspace), sorted, so the analysis can say which it passed over. Hosts without links leave it out.
   */
  listSkippedLinks?(dir?: string): string[];
}
