import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The root project's name: the root package.json's name (as Nx names it), else `workspace`. */
export function readRootProjectName(workspaceRoot: string): string {
  try {
    return rootProjectNameOf(JSON.parse(readFileSync(join(workspaceRoot, 'package.json'), 'utf8')));
  } catch {
    return 'workspace';
  }
}

/** The same rule over an already parsed root package.json (the generators read it from their tree). */
export function rootProjectNameOf(packageJson: unknown): string {
  const name = packageJson && typeof packageJson === 'object' ? (packageJson as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name !== '' ? name : 'workspace';
}
