import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { renderBaseline, toBaselineItems, writeFileAtomic, type ProjectResult } from 'ssot-core';

/** What `--update-baseline` did with the project's baseline file. */
export type BaselineWrite = 'created' | 'updated' | 'removed' | 'not-needed';

/**
 * Writes the project's baseline only when it has known bypasses to record: a project without
 * bypasses gets no file, and one whose last bypass was fixed loses its file (an empty baseline
 * would be noise in every project folder, and a change to commit for nothing).
 */
export function writeBaseline(workspaceRoot: string, result: ProjectResult, updateCommand: string): BaselineWrite {
  const path = join(workspaceRoot, result.baseline.file);
  const existed = existsSync(path);
  // Items kept because their file was not analysed are known bypasses too: never dropped (SPEC §7).
  if (toBaselineItems(result.sites, result.baseline.kept).length > 0) {
    writeFileAtomic(path, renderBaseline(result, updateCommand));
    return existed ? 'updated' : 'created';
  }
  if (!existed) return 'not-needed';
  rmSync(path, { force: true });
  return 'removed';
}
