import type { FileHost } from '../workspace/file-host';
import { joinPath } from '../workspace/paths';
import type { ProjectInfo } from '../workspace/workspace-projects';

export interface ProjectsAtCommit {
  projects: ProjectInfo[];
  /** Projects at another root at the commit (found by the name in their project.json or package.json). */
  moved: string[];
  /** Projects of the current graph that the commit does not have. */
  absent: string[];
}

/**
 * The projects at a commit, from the current Nx graph: a project whose root holds files at that
 * commit is taken at that root, with its current name and tags; one whose root is empty there is
 * looked for by name in the commit's `project.json` and `package.json` files (it moved), else it did not
 * exist yet. Why not the commit's own graph: building it means running every Nx plugin of that
 * commit over a checkout, which is what reading from the object database avoids; and a project's
 * identity across the two sides is its name, which the current graph gives.
 */
export function findProjectsAtCommit(current: ProjectInfo[], host: FileHost): ProjectsAtCommit {
  const projects: ProjectInfo[] = [];
  const moved: string[] = [];
  const absent: string[] = [];
  let declared: Map<string, string> | undefined;
  const folders = listFolders(host.listFiles());
  for (const project of current) {
    if (project.root === '.' || folders.has(project.root)) {
      projects.push(project);
      continue;
    }
    declared ??= findDeclaredNames(host);
    const root = declared.get(project.name);
    if (root !== undefined && !current.some((other) => other.root === root)) {
      projects.push({ ...project, root });
      moved.push(project.name);
    } else absent.push(project.name);
  }
  return { projects, moved, absent };
}

/** Every folder that holds a listed file, at any depth: one pass, however many projects ask. */
function listFolders(files: string[]): Set<string> {
  const folders = new Set<string>();
  for (const file of files) {
    for (let slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) {
      const folder = file.slice(0, slash);
      if (folders.has(folder)) break;
      folders.add(folder);
    }
  }
  return folders;
}

/** Project name → root, from every `project.json` (its `name`) and `package.json` (its `nx.name` or `name`). */
function findDeclaredNames(host: FileHost): Map<string, string> {
  const names = new Map<string, string>();
  for (const file of host.listFiles()) {
    const match = /^(?:(.*)\/)?(project|package)\.json$/.exec(file);
    if (!match) continue;
    const root = match[1] ?? '.';
    const name = readName(host.readFile(file), match[2] === 'package');
    if (name !== undefined && (match[2] === 'project' || !names.has(name))) names.set(name, joinPath(root, '.'));
  }
  return names;
}

function readName(text: string | undefined, isPackage: boolean): string | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== 'object') return undefined;
    const record = parsed as { name?: unknown; nx?: { name?: unknown } };
    const name = isPackage && typeof record.nx?.name === 'string' ? record.nx.name : record.name;
    return typeof name === 'string' ? name : undefined;
  } catch {
    return undefined;
  }
}
