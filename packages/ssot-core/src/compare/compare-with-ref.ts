import { createProjectChecker, type AnalyzeOptions } from '../analyze';
import { SsotConfigError } from '../errors';
import { CatFileBatch } from '../git/cat-file-batch';
import { listChangedFiles } from '../git/changed-files';
import { openGitTreeHost, type GitTreeHost } from '../git/git-tree-host';
import { findMergeBase, resolveCommit, resolveHead } from '../git/resolve-commit';
import { parseRegistry } from '../registry/load-registry';
import type { NormalizedRegistry } from '../registry/normalized-registry';
import { createOwnerIndex } from '../owners/owner-index';
import { filterResultsByOwner } from '../owners/filter-by-owner';
import { buildReport } from '../report/build-report';
import type { ProjectResult } from '../result/project-result';
import { isWithin } from '../workspace/paths';
import type { ProjectInfo } from '../workspace/workspace-projects';
import type { CompareReport } from './compare-model.generated';
import { computeDelta, toCompareSide } from './compute-delta';
import { findProjectsAtCommit } from './projects-at-commit';
import { selectAffectedProjects, type ProjectWithDependencies } from './select-affected-projects';

export interface CompareWithRefOptions {
  /** Absolute path of the workspace root, inside a git repository. */
  workspaceRoot: string;
  /** The ref as the user gave it (verified here, never passed on as text). */
  ref: string;
  /** The working tree's registry, its workspace-relative file. */
  registry: NormalizedRegistry;
  registryFile: string;
  projects: (ProjectInfo & Pick<ProjectWithDependencies, 'dependencies'>)[];
  /** The working tree's `ssot-check` result of every checked project: the after side. */
  results: ProjectResult[];
  /** Workspace-relative files and folders that are no check input: the output folder, the history file. */
  notInputs?: string[];
  /** YYYY-MM-DD (UTC): exemptions are judged on it on both sides. */
  today: string;
  baselineCommand?: (project: string) => string;
  /** The scan, or a facts cache in front of it: files unchanged since the checks ran are not parsed again. */
  scan?: AnalyzeOptions['scan'];
  /** Only this code owner's code on both sides (--owner). */
  owner?: string;
}

/**
 * The working tree against the merge base of `ref` (SPEC §7 Time). The after side is the projects'
 * check results; the before side analyses, at the merge base and straight from the object
 * database, only the projects whose check inputs differ; the others are equal on both sides.
 */
export async function compareWithRef(options: CompareWithRefOptions): Promise<CompareReport> {
  const { workspaceRoot, ref, today } = options;
  const head = await resolveHead(workspaceRoot);
  const base = await findMergeBase(workspaceRoot, head, await resolveCommit(workspaceRoot, ref), ref);
  const checked = new Set(options.results.map((result) => result.project));
  const projects = options.projects.filter((project) => checked.has(project.name));
  const changedFiles = await listChangedFiles(workspaceRoot, base);
  const selection = { projects, changedFiles, registryFile: options.registryFile, sharedFiles: registrySources(options.registry), notInputs: options.notInputs };
  const firstGuess = selectAffectedProjects(selection);

  const reader = new CatFileBatch(workspaceRoot);
  let host: GitTreeHost;
  try {
    host = await openGitTreeHost({ workspaceRoot, commit: base, reader, prefetch: prefetchFor(projects, firstGuess.analysed) });
  } finally {
    reader.close();
  }
  const atBase = findProjectsAtCommit(projects, host);
  const affected = atBase.moved.length === 0 ? firstGuess : selectAffectedProjects({ ...selection, moved: atBase.moved });
  const notes = affected.reason ? [`Every project was analysed on both sides: ${affected.reason}.`] : [];
  if (affected.unchanged.length > 0) {
    notes.push(`${affected.unchanged.length} of ${projects.length} projects were taken as equal on both sides: their check inputs (own files, dependencies' files, registry, tsconfig files) did not change.`);
  }
  for (const name of atBase.moved) notes.push(`Project ${name} was at another root at the merge base; its sites are compared across the move.`);
  for (const name of atBase.absent.filter((name) => affected.analysed.includes(name))) notes.push(`Project ${name} did not exist at the merge base: all of its bypasses are new.`);

  const { registry: beforeRegistry, note: registryNote } = readBaseRegistry(host, options);
  if (registryNote) notes.push(registryNote);
  const checker = createProjectChecker({ workspaceRoot, registry: beforeRegistry, projects: atBase.projects, host, today, ...(options.scan && { scan: options.scan }) });
  const afterByName = new Map(options.results.map((result) => [result.project, result]));
  const beforeResults = projects.flatMap((project): ProjectResult[] => {
    if (!affected.analysed.includes(project.name)) return [afterByName.get(project.name) as ProjectResult];
    return atBase.absent.includes(project.name) ? [] : [checker.check(project.name, { ignoreBaseline: true })];
  });
  // One owner map for both sides, the working tree's winning: a CODEOWNERS change in the PR must not
  // make a site that stayed look new or fixed for the owner; the merge base's covers files gone since.
  const owners = createOwnerIndex([...beforeResults, ...options.results]);
  const { owner } = options;
  const limit = (results: ProjectResult[]) => (owner === undefined ? results : filterResultsByOwner(results, owner, owners));
  const side = (registry: NormalizedRegistry, results: ProjectResult[], sideProjects: readonly ProjectInfo[]) =>
    toCompareSide(registry, buildReport({ registry, results, today, projects: sideProjects, ...(owner !== undefined && { owner, owners }) }), limit(results));
  return computeDelta({
    today,
    base: { ref, commit: base, head },
    before: side(beforeRegistry, beforeResults, atBase.projects),
    after: side(options.registry, options.results, projects),
    projects: { analysed: affected.analysed, unchanged: affected.unchanged },
    notes,
    compareRegistries: registryNote === undefined,
    baselineCommand: options.baselineCommand,
    ownersOf: owners.ownersOf,
    ...(owner !== undefined && { owner }),
  });
}

/** The SSOTs' source files: inputs of every check (a source removed at the merge base is a changed file too). */
function registrySources(registry: NormalizedRegistry): string[] {
  return registry.entries.flatMap((entry) => (entry.source === undefined ? [] : [entry.source]));
}

/**
 * The merge base's registry; when it has none, or one this version cannot read, the merge base is
 * analysed with the working tree's registry, and the comparison says so.
 */
function readBaseRegistry(host: GitTreeHost, options: CompareWithRefOptions): { registry: NormalizedRegistry; note?: string } {
  const text = host.readFile(options.registryFile);
  if (text === undefined) {
    return { registry: options.registry, note: `The merge base has no ${options.registryFile}: it was analysed with the working tree's registry.` };
  }
  try {
    return { registry: parseRegistry(text, options.registryFile) };
  } catch (error) {
    if (!(error instanceof SsotConfigError)) throw error;
    return { registry: options.registry, note: `The merge base's ${options.registryFile} is not valid for this version of ssot: it was analysed with the working tree's registry.` };
  }
}

/** JSON and ignore files anywhere; sources only of the analysed projects and those they depend on (a miss is read on demand). */
function prefetchFor(projects: CompareWithRefOptions['projects'], analysed: string[]): (path: string) => boolean {
  const byName = new Map(projects.map((project) => [project.name, project]));
  const roots = new Set<string>();
  const queue = [...analysed];
  while (queue.length > 0) {
    const project = byName.get(queue.pop() as string);
    if (!project || roots.has(project.root)) continue;
    roots.add(project.root);
    queue.push(...project.dependencies);
  }
  const byDepth = [...projects].sort((a, b) => b.root.length - a.root.length);
  const ownerRoot = (path: string) => byDepth.find((project) => isWithin(path, project.root))?.root;
  return (path) => /\.json$|(^|\/)\.(git|nx)ignore$/.test(path) || (/\.[cm]?[jt]sx?$/.test(path) && roots.has(ownerRoot(path) ?? ''));
}
