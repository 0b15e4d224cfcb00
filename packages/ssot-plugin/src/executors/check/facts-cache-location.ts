import { join } from 'node:path';
import { cacheDir, workspaceRoot } from '@nx/devkit';

/** The cache folder's name inside Nx's cache directory. */
export const FACTS_CACHE_FOLDER = 'ssot-facts';

/**
 * Where `ssot-check` keeps scanned facts across runs: a folder of Nx's cache directory (`cacheDir`
 * of @nx/devkit, which follows nx.json's `cacheDirectory` and NX_CACHE_DIRECTORY), so `nx reset`
 * clears it with the rest of Nx's cache and nothing new appears in the workspace. Nx's own eviction
 * leaves it alone (Nx 20+ deletes only the task hashes its database lists; Nx 17–19 delete a folder
 * unchanged for a week, which each run's flush prevents). `cacheDir` is Nx's for the workspace Nx
 * was started in; a session for another root (tests) uses that root's default.
 */
export function getFactsCacheDirectory(root: string): string {
  return join(workspaceRoot === root ? cacheDir : join(root, '.nx', 'cache'), FACTS_CACHE_FOLDER);
}

/** `SSOT_FACTS_CACHE=false` (or 0, off, no) turns the cache off without touching project configuration. */
export function isFactsCacheOffInEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(false|0|off|no)$/i.test(env.SSOT_FACTS_CACHE?.trim() ?? '');
}
