import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The root project's name: the root package.json's name (as Nx names it), else `workspace`. */
export function readRootProjectName(workspaceRoot: string): string {
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(workspaceRoot, 'package.json'), 'utf8'));
    const name = parsed && typeof parsed === 'object' ? (parsed as { name?: unknown }).name : undefined;
    return typeof name === 'string' && name !== '' ? name : 'workspace';
  } catch {
    return 'workspace';
  }
}
