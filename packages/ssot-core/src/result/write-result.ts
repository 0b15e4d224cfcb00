import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ProjectResult } from './project-result';

/** Stable JSON: fixed key order from the builder, sorted sites, two-space indent, trailing newline. */
export function serializeProjectResult(result: ProjectResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/**
 * Write through a temporary file in the same folder and rename it over the target, so a reader
 * (or a parallel task, or Nx's cache) never sees half a file.
 */
export function writeFileAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
