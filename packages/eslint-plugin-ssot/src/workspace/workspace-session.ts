import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  compileRegistry,
  createCanonicalImports,
  createFileFixPlanner,
  createFileSystemHost,
  indexWorkspace,
  loadRegistry,
  parseBaselineFile,
  getBaselinePath,
  SsotError,
  type BaselineFile,
  type CompiledRegistry,
  type FileFixPlanner,
  type NormalizedEntry,
  type WorkspaceIndex,
  type WorkspaceProject,
} from 'ssot-core';
import { FileStamps } from './file-stamps';
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
}

/** Files at the root whose change can change any site: registry, Nx and TypeScript configuration. */
const ROOT_INPUTS = ['ssot.json', 'nx.json', 'package.json', 'tsconfig.base.json', 'tsconfig.json', 'pnpm-workspace.yaml', 'lerna.json'];

interface CachedSession {
  today: string;
  inputs: FileStamps;
  value: WorkspaceSession | WorkspaceProblem;
}

/** One per workspace root for the life of the process (an ESLint run, or an editor's ESLint server). */
const sessions = new Map<string, CachedSession>();
let builds = 0;

/**
 * The session of a workspace, rebuilt only when one of the files it was built from changed: the
 * registry, the root configs, the project graph or the project files, and every file the index
 * has read since (barrels, SSOT sources, tsconfigs, import targets probed); and on a new day,
 * which decides expired exemptions. A lint of many files builds it once; an editor's ESLint
 * server sees a saved barrel on its next lint.
 */
export function getWorkspaceSession(root: string, today = new Date().toISOString().slice(0, 10)): WorkspaceSession | WorkspaceProblem {
  const cached = sessions.get(root);
  if (cached && cached.today === today && cached.inputs.findChanged() === undefined) return cached.value;
  const inputs = new FileStamps();
  const value = buildSession(root, today, inputs);
  sessions.set(root, { today, inputs, value });
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

function buildSession(root: string, today: string, inputs: FileStamps): WorkspaceSession | WorkspaceProblem {
  // Stamped before they are read: a write in between is seen as a change by the next lint.
  for (const file of [...ROOT_INPUTS.map((name) => join(root, name)), ...findProjectGraphFiles(root)]) inputs.add(file);
  try {
    const registry = loadRegistry(root);
    const host = trackReads(createFileSystemHost(root), root, inputs);
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
    };
  } catch (error) {
    if (error instanceof SsotError) return { problem: error.message };
    throw error;
  }
}

function createBaselineReader(root: string): WorkspaceSession['getBaseline'] {
  const baselines = new Map<string, { stamps: FileStamps; value: BaselineFile | WorkspaceProblem | undefined }>();
  return (project) => {
    const file = getBaselinePath(project.root);
    const absolute = join(root, file);
    const cached = baselines.get(file);
    if (cached && cached.stamps.findChanged() === undefined) return cached.value;
    const stamps = new FileStamps();
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
