import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The root project's name: the root package.json's name (as Nx names it), else `workspace`. */
export function readRootProjectName(workspaceRoot: string): string {
  try {
    return rootProjectNameOf(readFileSync(join(workspaceRoot, 'package.json'), 'utf8'));
  } catch {
    return rootProjectNameOf(undefined);
  }
}

/** The same rule over the root package.json's text (`undefined` when there is none). */
export function rootProjectNameOf(packageJsonText: string | undefined): string {
  try {
    const parsed: unknown = packageJsonText === undefined ? undefined : JSON.parse(packageJsonText);
    const name = parsed && typeof parsed === 'object' ? (parsed as { name?: unknown }).name : undefined;
    return typeof name === 'string' && name !== '' ? name : 'workspace';
  } catch {
    return 'workspace';
  }
}
