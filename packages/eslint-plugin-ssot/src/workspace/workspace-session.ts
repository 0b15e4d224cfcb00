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
import { stampFile, stampFiles } from './file-stamp';
import { findProjectGraphFiles } from './nx-project-graph';
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
}

/** Files at the root whose change can change any site: registry, Nx and TypeScript configuration. */
const ROOT_INPUTS = ['ssot.json', 'nx.json', 'package.json', 'tsconfig.base.json', 'tsconfig.json', 'pnpm-workspace.yaml', 'lerna.json'];

interface CachedSession {
  signature: string;
  inputs: string[];
  value: WorkspaceSession | WorkspaceProblem;
}

/** One per workspace root for the life of the process (an ESLint run, or an editor's ESLint server). */
const sessions = new Map<string, CachedSession>();
let builds = 0;

/**
 * The session of a workspace, rebuilt only when one of the files it was built from changed
 * (modification time and size of the registry, the root configs, the project graph or the project
 * files, and the day, which decides expired exemptions). A lint of many files builds it once.
 */
export function getWorkspaceSession(root: string, today = new Date().toISOString().slice(0, 10)): WorkspaceSession | WorkspaceProblem {
  const cached = sessions.get(root);
  if (cached && cached.signature === signatureOf(cached.inputs, today)) return cached.value;
  const { value, inputs } = buildSession(root, today);
  sessions.set(root, { signature: signatureOf(inputs, today), inputs, value });
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

function signatureOf(inputs: string[], today: string): string {
  return `${today}\n${stampFiles(inputs)}`;
}

function buildSession(root: string, today: string): { value: WorkspaceSession | WorkspaceProblem; inputs: string[] } {
  const rootInputs = [...ROOT_INPUTS.map((file) => join(root, file)), ...findProjectGraphFiles(root)];
  try {
    const registry = loadRegistry(root);
    const host = createFileSystemHost(root);
    const { projects, inputs: projectInputs } = readWorkspaceProjects(root, host);
    const compiled = compileRegistry(registry, today);
    // The rules run no detectors: the index keeps only what export chains read.
    const index = indexWorkspace({ workspaceRoot: root, projects, host, interest: compiled.interest, keep: [] });
    builds += 1;
    return { value: { root, compiled, index, getCanonical: createCanonicalImports(index), fixes: createFileFixPlanner(index, compiled), getBaseline: createBaselineReader(root) }, inputs: [...rootInputs, ...projectInputs] };
  } catch (error) {
    if (error instanceof SsotError) return { value: { problem: error.message }, inputs: rootInputs };
    throw error;
  }
}

function createBaselineReader(root: string): WorkspaceSession['getBaseline'] {
  const baselines = new Map<string, { stamp: string; value: BaselineFile | WorkspaceProblem | undefined }>();
  return (project) => {
    const file = getBaselinePath(project.root);
    const absolute = join(root, file);
    const stamp = stampFile(absolute);
    const cached = baselines.get(file);
    if (cached && cached.stamp === stamp) return cached.value;
    const value = readBaseline(absolute, file, project.name);
    baselines.set(file, { stamp, value });
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
