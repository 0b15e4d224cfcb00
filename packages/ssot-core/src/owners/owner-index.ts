import type { ProjectResult } from '../result/project-result';

/** How code nobody owns rolls up (SPEC §7). */
export const NO_OWNER = '(no owner)';

export interface OwnerIndex {
  from: 'codeowners' | 'tags' | 'none';
  /** The CODEOWNERS file the checks read, when they read one. */
  file?: string;
  /** A file's owners; `[NO_OWNER]` when it has none, so every site counts somewhere. */
  ownersOf(file: string): string[];
}

/** The owners of every file with a site or finding, merged from the projects' results (paths are workspace-relative, so they never clash). */
export function createOwnerIndex(results: readonly ProjectResult[]): OwnerIndex {
  const byFile = new Map<string, string[]>();
  let from: OwnerIndex['from'] = 'none';
  let file: string | undefined;
  for (const result of results) {
    if (!result.owners) continue;
    from = result.owners.from;
    file = result.owners.file ?? file;
    for (const [path, owners] of Object.entries(result.owners.files)) byFile.set(path, owners);
  }
  const noOwner = [NO_OWNER];
  return { from, ...(file !== undefined && { file }), ownersOf: (path) => byFile.get(path) ?? noOwner };
}

/**
 * Under `--owner`, whose the report's code is: that owner's alone. Its rollups, matrix rows and
 * "ask" lists then name only it, rather than the co-owners of its files with partial figures.
 */
export function narrowOwnerIndex(index: OwnerIndex, owner: string): OwnerIndex {
  return { ...index, ownersOf: (path) => (index.ownersOf(path).includes(owner) ? [owner] : []) };
}
