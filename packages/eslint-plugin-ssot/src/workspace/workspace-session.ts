import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  compileRegistry,
  createCanonicalImports,
  createFileFixPlanner,
  createFileSystemHost,
  indexWorkspace,
  listTsconfigParents,
  loadRegistry,
  parseBaselineFile,
  getBaselinePath,
  SsotError,
  type BaselineFile,
  type CompiledRegistry,
  type FileHost,
  type FileFixPlanner,
  type NormalizedEntry,
  type WorkspaceIndex,
  type WorkspaceProject,
} from 'ssot-core';
import { FileStamps } from './file-stamps';
import { getFreshness, type Freshness } from './run-kind';
import { findProjectGraphFiles } from './nx-project-graph';
import { trackReads } from './tracked-host';
import { readWorkspaceProjects } from './workspace-projects';

/** What a bad workspace gives instead of a session: one message that names the place and the fix. */
export interface WorkspaceProblem {
  problem: string;
}

/** Everything the rules need of one workspace, built once and shared by every linted file. */
export interface WorkspaceSession {
  root: string;
  compiled: CompiledRegistry;
  index: WorkspaceIndex;
  /** The specifier to import an entry with (its project's public entry point), when there is one. */
  getCanonical(entry: NormalizedEntry): string | undefined;
  /** `migrate`'s planner over this index, for the rules' suggestions. */
  fixes: FileFixPlanner;
  /** The project's baseline (undefined when it has none), re-read only when the file changed. */
  getBaseline(project: WorkspaceProject): BaselineFile | WorkspaceProblem | undefined;
  /** How many files the session was built from (its inputs, and what the index has read so far). */
  countInputs(): number;
  /**
   * The first input that changed since the session read it: of every file it was built from, or
   * of `only` (absolute paths; those not recorded yet are recorded now) but the global ones, which
   * `getWorkspaceSession` checked at the start of the same lint. See `find-file-bypasses`.
   */
  findChangedInput(only?: Iterable<string>): string | undefined;
  /** The tsconfig files `file` (workspace-relative) extends, directly or not, and the candidates TypeScript would try for them. */
  getTsconfigParents(file: string): string[];
}

/**
 * Files at the root whose change can change any site: registry, Nx and TypeScript configuration
 * (with what the root tsconfig files extend). Nested config files are inputs of the files they
 * govern (`findFileDependencies`).
 */
const ROOT_INPUTS = ['ssot.json', 'nx.json', 'package.json', 'tsconfig.base.json', 'tsconfig.json', 'pnpm-workspace.yaml', 'lerna.json'];

interface CachedSession {
  today: string;
  /** How it was built: a session built for a one-shot run stamped nothing (see run-kind.ts). */
  freshness: Freshness;
  inputs: FileStamps;
  /** The inputs every file depends on (absolute): registry, root config files, the project graph. */
  global: Set<string>;
  value: WorkspaceSession | WorkspaceProblem;
}

/** Configuration the index reads that decides every file's resolution: the root's (what root tsconfig files extend is added apart). */
const GLOBAL_CONFIG = /^(tsconfig[^/]*\.json|package\.json)$/;

/** One per workspace root for the life of the process (an ESLint run, or an editor's ESLint server). */
const sessions = new Map<string, CachedSession>();
let builds = 0;

/**
 * The session of a workspace, rebuilt when a file every lint depends on changed (the registry,
 * the root config files, the project graph) or on a new day, which decides expired
 * exemptions. The files a particular lint depends on are checked by the caller with
 * `findChangedInput`, which calls `rebuildWorkspaceSession` when one changed. A lint of many files
 * builds it once; an editor's ESLint server sees a saved barrel on its next lint.
 */
export function getWorkspaceSession(root: string, today = new Date().toISOString().slice(0, 10)): WorkspaceSession | WorkspaceProblem {
  const cached = sessions.get(root);
  if (cached && cached.today === today && cached.freshness === getFreshness() && cached.inputs.findChanged(cached.global) === undefined) return cached.value;
  return rebuildWorkspaceSession(root, today);
}

/** A new session for the workspace, whatever the cached one was. */
export function rebuildWorkspaceSession(root: string, today = new Date().toISOString().slice(0, 10)): WorkspaceSession | WorkspaceProblem {
  const freshness = getFreshness();
  const inputs = new FileStamps(freshness);
  const global = new Set<string>();
  const value = buildSession(root, today, inputs, global);
  sessions.set(root, { today, freshness, inputs, global, value });
  return value;
}

export function isWorkspaceProblem(value: unknown): value is WorkspaceProblem {
  return typeof value === 'object' && value !== null && 'problem' in value;
}

/** Tests lint workspaces they change on the fly; forgetting is what a new process does. */
export function forgetWorkspaceSessions(): void {
  sessions.clear();
}

/** How many indexes this process has built: what the speed measurement and the cache test read. */
export function countSessionBuilds(): number {
  return builds;
}

function buildSession(root: string, today: string, inputs: FileStamps, global: Set<string>): WorkspaceSession | WorkspaceProblem {
  const addGlobal = (file: string) => {
    inputs.add(file);
    global.add(file);
  };
  // Stamped before they are read: a write in between is seen as a change by the next lint.
  for (const file of [...ROOT_INPUTS.map((name) => join(root, name)), ...findProjectGraphFiles(root)]) addGlobal(file);
  try {
    const registry = loadRegistry(root);
    const record = (path: string) => (GLOBAL_CONFIG.test(path) ? addGlobal(join(root, path)) : inputs.add(join(root, path)));
    const host = trackReads(createFileSystemHost(root), record);
    const getTsconfigParents = createTsconfigParents(host);
    for (const file of ['tsconfig.base.json', 'tsconfig.json'].flatMap(getTsconfigParents)) addGlobal(join(root, file));
    // Project files are inputs of the files each project owns (find-file-bypasses adds the owner's).
    const { projects, inputs: projectInputs } = readWorkspaceProjects(root, host);
    for (const file of projectInputs) inputs.add(file);
    const compiled = compileRegistry(registry, today);
    // The rules run no detectors: the index keeps only what export chains read.
    const index = indexWorkspace({ workspaceRoot: root, projects, host, interest: compiled.interest, keep: [] });
    builds += 1;
    return {
      root,
      compiled,
      index,
      getCanonical: createCanonicalImports(index),
      fixes: createFileFixPlanner(index, compiled),
      getBaseline: createBaselineReader(root),
      countInputs: () => inputs.size,
      findChangedInput: (only) => (only === undefined ? inputs.findChanged() : inputs.findChanged(only, global)),
      getTsconfigParents,
    };
  } catch (error) {
    if (error instanceof SsotError) return { problem: error.message };
    throw error;
  }
}

/** `getTsconfigParents` for one session: a change to a tsconfig it read rebuilds the session, so its answers are kept. */
function createTsconfigParents(host: FileHost): (file: string) => string[] {
  const cache = new Map<string, string[]>();
  const get = (file: string, seen: Set<string>): string[] => {
    const cached = cache.get(file);
    if (cached) return cached;
    if (seen.has(file)) return [];
    seen.add(file);
    const direct = listTsconfigParents(host, file);
    const all = [...new Set([...direct, ...direct.flatMap((parent) => get(parent, seen))])];
    cache.set(file, all);
    return all;
  };
  return (file) => get(file, new Set());
}

function createBaselineReader(root: string): WorkspaceSession['getBaseline'] {
  const baselines = new Map<string, { stamps: FileStamps; value: BaselineFile | WorkspaceProblem | undefined }>();
  return (project) => {
    const file = getBaselinePath(project.root);
    const absolute = join(root, file);
    const cached = baselines.get(file);
    if (cached && cached.stamps.findChanged() === undefined) return cached.value;
    const stamps = new FileStamps(getFreshness());
    stamps.add(absolute);
    const value = readBaseline(absolute, file, project.name);
    baselines.set(file, { stamps, value });
    return value;
  };
}

function readBaseline(absolute: string, file: string, project: string): BaselineFile | WorkspaceProblem | undefined {
  const text = readTextOrUndefined(absolute);
  if (text === undefined) return undefined;
  try {
    return parseBaselineFile(text, file, `nx run ${project}:ssot-baseline`);
  } catch (error) {
    if (error instanceof SsotError) return { problem: error.message };
    throw error;
  }
}

function readTextOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
