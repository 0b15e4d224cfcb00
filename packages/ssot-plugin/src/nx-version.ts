import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * What differs between the Nx majors the plugin supports (19 to 24), decided here and nowhere
 * else. Everything else the plugin uses from `@nx/devkit` and `nx` exists unchanged across that
 * range; these are the places where Nx itself behaves differently and the plugin must follow it.
 */
export interface NxBehaviour {
  /** The installed `nx` version, when it could be read. */
  version?: string;
  /**
   * Nx before 20 still reads the old `@nrwl/*` scope: `pluginsConfig["@nrwl/js"]`, and `@nrwl/js`,
   * `@nrwl/workspace`… in the root package.json turn TypeScript import analysis on.
   */
  readsNrwlScope: boolean;
  /** Nx 20 and later read bun's text lock file (`bun.lock`); Nx 19 knows only `bun.lockb`. */
  readsBunTextLock: boolean;
}

/** Nx's behaviour for a version string; an unreadable version gets the newest behaviour. */
export function getNxBehaviour(version: string | undefined): NxBehaviour {
  const major = version === undefined ? undefined : Number(/^(\d+)\./.exec(version)?.[1]);
  const before = (limit: number) => major !== undefined && !Number.isNaN(major) && major < limit;
  return {
    ...(version !== undefined && { version }),
    readsNrwlScope: before(20),
    readsBunTextLock: !before(20),
  };
}

/**
 * The version of the `nx` that the workspace at `workspaceRoot` runs: the one its own
 * node_modules resolves (a peer dependency, so the plugin sees the same), else the one this
 * module resolves. Undefined when neither can be read.
 */
export function readInstalledNxVersion(workspaceRoot: string): string | undefined {
  for (const from of [join(workspaceRoot, 'package.json'), __filename]) {
    try {
      const manifest: unknown = JSON.parse(readFileSync(createRequire(from).resolve('nx/package.json'), 'utf8'));
      if (typeof manifest === 'object' && manifest !== null && 'version' in manifest && typeof manifest.version === 'string') return manifest.version;
    } catch {
      // not resolvable from there: try the next place
    }
  }
  return undefined;
}

/** `getNxBehaviour` of the workspace's installed Nx, read once per workspace root (the daemon keeps this module loaded). */
export function getWorkspaceNxBehaviour(workspaceRoot: string): NxBehaviour {
  let behaviour = byRoot.get(workspaceRoot);
  if (!behaviour) {
    behaviour = getNxBehaviour(readInstalledNxVersion(workspaceRoot));
    byRoot.set(workspaceRoot, behaviour);
  }
  return behaviour;
}

const byRoot = new Map<string, NxBehaviour>();
