import { compareStrings } from '../result/fingerprint';
import { ALWAYS_SKIPPED } from '../workspace/ignore-files';
import { isWithin } from '../workspace/paths';

export interface ProjectWithDependencies {
  name: string;
  root: string;
  /** Names of the projects it depends on (the Nx project graph's edges). */
  dependencies: string[];
}

export interface AffectedProjects {
  /** Projects whose check inputs differ: analysed on both sides. */
  analysed: string[];
  /** Projects taken as equal on both sides. */
  unchanged: string[];
  /** Why every project is analysed, when a shared input changed. */
  reason?: string;
}

/** Files every project's check reads (SPEC §6 inputs): a change to one of them changes every result. */
const SHARED_INPUT = /(^|\/)(tsconfig[^/]*\.json|\.gitignore|\.nxignore|CODEOWNERS)$/;

export interface AffectedInput {
  projects: ProjectWithDependencies[];
  /** Workspace-relative files that differ between the two sides. */
  changedFiles: string[];
  registryFile: string;
  /** Other files every check reads: the SSOTs' sources (rival implementations are compared with them). */
  sharedFiles?: string[];
  /** Files and folders that are no check input: the tool's output folder, the history file. */
  notInputs?: string[];
  /** Projects at another root on the other side. */
  moved?: string[];
}

/**
 * The projects whose `ssot-check` inputs differ between the two sides, as Nx would judge them: a
 * changed file of their own or of a project they depend on (transitively, the `^` inputs), a
 * project that is not at the same root on both sides, or a changed shared input (the registry,
 * an SSOT's source, a tsconfig anywhere, an ignore file, CODEOWNERS), which affects every project:
 * the inputs the inferred `ssot-check` target declares.
 */
export function selectAffectedProjects(input: AffectedInput): AffectedProjects {
  const names = input.projects.map((project) => project.name).sort(compareStrings);
  const sharedFiles = new Set([input.registryFile, ...(input.sharedFiles ?? [])]);
  // Nx never looks into node_modules, .git or .nx (where the facts cache lives), nor are outputs inputs.
  const changedFiles = input.changedFiles.filter(
    (file) => !file.split('/').some((segment) => ALWAYS_SKIPPED.has(segment)) && !(input.notInputs ?? []).some((path) => isWithin(file, path)),
  );
  // The registry first: the most telling reason when it changed with others.
  const shared = changedFiles.find((file) => file === input.registryFile) ?? changedFiles.find((file) => sharedFiles.has(file) || SHARED_INPUT.test(file));
  if (shared !== undefined) return { analysed: names, unchanged: [], reason: `${shared} changed: it is an input of every project's check` };

  const byDepth = [...input.projects].sort((a, b) => b.root.length - a.root.length);
  const changed = new Set<string>(input.moved ?? []);
  for (const file of changedFiles) {
    const owner = byDepth.find((project) => isWithin(file, project.root));
    if (owner) changed.add(owner.name);
  }
  const dependents = new Map<string, string[]>();
  for (const project of input.projects) {
    for (const dependency of project.dependencies) dependents.set(dependency, [...(dependents.get(dependency) ?? []), project.name]);
  }
  const affected = new Set<string>();
  const queue = [...changed];
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (affected.has(name)) continue;
    affected.add(name);
    queue.push(...(dependents.get(name) ?? []));
  }
  return { analysed: names.filter((name) => affected.has(name)), unchanged: names.filter((name) => !affected.has(name)) };
}
