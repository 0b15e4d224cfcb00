import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { CreateNodesContext, CreateNodesFunction, CreateNodesResult, CreateNodesResultArray } from '@nx/devkit';

/**
 * What differs between the Nx majors the plugin supports (17 to 24), decided here and nowhere
 * else: the behaviours below, read from the installed version, and the two shapes of the
 * `createNodes` call (`acceptPerFileCalls`). Everything else the plugin uses from `@nx/devkit` and
 * `nx` exists unchanged across that range (the init generator also accepts the
 * `--keepExistingVersions` that `nx add` of Nx 17 and 18 passes to every init).
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
  /**
   * Nx 22.6 and later take a fileset after `^` (`^{projectRoot}/` and a glob); before (22.5.4
   * included), only the name of a named input, which each dependency must define ("Input '…' is
   * not defined" otherwise).
   */
  hashesDependencyFilesets: boolean;
}

/** Nx's behaviour for a version string; an unreadable version gets the newest behaviour. */
export function getNxBehaviour(version: string | undefined): NxBehaviour {
  const [major, minor] = /^(\d+)\.(\d+)\./.exec(version ?? '')?.slice(1).map(Number) ?? [];
  const before = (limitMajor: number, limitMinor = 0) =>
    major !== undefined && minor !== undefined && (major < limitMajor || (major === limitMajor && minor < limitMinor));
  return {
    ...(version !== undefined && { version }),
    readsNrwlScope: before(20),
    readsBunTextLock: !before(20),
    hashesDependencyFilesets: !before(22, 6),
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

/** What Nx before 19.2 passes to a per-file `createNodes` call: every matched file as well (from 18.1 or so; 18.0 passes none). */
export interface PerFileCreateNodesContext extends CreateNodesContext {
  readonly configFiles?: readonly string[];
}

/** `createNodes` as both call shapes need it: every file at once (Nx 19.2 and later), or one file per call (before). */
export interface EitherShapeCreateNodesFunction<T> {
  (configFiles: readonly string[], options: T | undefined, context: CreateNodesContext): Promise<CreateNodesResultArray>;
  (configFile: string, options: T | undefined, context: PerFileCreateNodesContext): Promise<CreateNodesResult>;
}

/**
 * Nx 19.2 and later call `createNodes` (or `createNodesV2`, which they prefer up to 22) once with
 * every matched file and take `[file, result]` pairs. Nx before 19.2 calls `createNodes` once per
 * file, with every matched file in `context.configFiles`, and takes that file's result. Whether a
 * package.json makes a project depends on the other files (a project.json beside it wins), so each
 * per-file call answers from the whole set, computed once per round of calls (Nx passes them one
 * context object). Without `configFiles` (Nx 18.0), the set is the file and the project.json
 * beside it, which is all that decision reads.
 */
export function acceptPerFileCalls<T>(inferAll: CreateNodesFunction<T>): EitherShapeCreateNodesFunction<T> {
  const rounds = new WeakMap<object, Promise<CreateNodesResultArray>>();
  function createNodesEitherShape(configFiles: readonly string[], options: T | undefined, context: CreateNodesContext): Promise<CreateNodesResultArray>;
  function createNodesEitherShape(configFile: string, options: T | undefined, context: PerFileCreateNodesContext): Promise<CreateNodesResult>;
  async function createNodesEitherShape(
    files: string | readonly string[],
    options: T | undefined,
    context: PerFileCreateNodesContext,
  ): Promise<CreateNodesResultArray | CreateNodesResult> {
    if (typeof files !== 'string') return inferAll(files, options, context);
    let round = context.configFiles ? rounds.get(context) : undefined;
    if (!round) {
      round = Promise.resolve(inferAll(context.configFiles ?? withSiblingProjectJson(files, context.workspaceRoot), options, context));
      if (context.configFiles) rounds.set(context, round);
    }
    const projects: NonNullable<CreateNodesResult['projects']> = {};
    for (const [file, result] of await round) if (file === files) Object.assign(projects, result.projects);
    return { projects };
  }
  return createNodesEitherShape;
}

function withSiblingProjectJson(file: string, workspaceRoot: string): string[] {
  if (!/(^|\/)package\.json$/.test(file)) return [file];
  const projectJson = join(dirname(file), 'project.json').replace(/\\/g, '/').replace(/^\.\//, '');
  return existsSync(join(workspaceRoot, projectJson)) ? [file, projectJson] : [file];
}
