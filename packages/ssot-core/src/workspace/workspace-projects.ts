import type { FileHost } from './file-host';
import { isWithin, joinPath } from './paths';

export interface ProjectInfo {
  name: string;
  root: string;
  tags: string[];
}

export const NO_PROJECT = '(none)';

/** Which project owns a file (the deepest root that contains it), and each project's package name. */
export class WorkspaceProjects {
  private readonly byDepth: ProjectInfo[];
  private readonly byName = new Map<string, ProjectInfo>();
  /** Folder → owning project: the lookup grows with the project count, folders repeat. */
  private readonly ownerByDir = new Map<string, ProjectInfo | undefined>();
  private packageRoots: Map<string, string> | undefined;

  constructor(
    readonly projects: ProjectInfo[],
    private readonly host: FileHost,
  ) {
    this.byDepth = [...projects].sort((a, b) => depth(b.root) - depth(a.root) || a.name.localeCompare(b.name));
    for (const project of projects) this.byName.set(project.name, project);
  }

  get(name: string): ProjectInfo | undefined {
    return this.byName.get(name);
  }

  /** The owning project's name, or `(none)`. */
  getOwner(file: string): string {
    return this.getOwnerInfo(file)?.name ?? NO_PROJECT;
  }

  getOwnerInfo(file: string): ProjectInfo | undefined {
    const slash = file.lastIndexOf('/');
    const dir = slash < 0 ? '.' : file.slice(0, slash);
    if (this.ownerByDir.has(dir)) return this.ownerByDir.get(dir);
    // Project roots are folders, so a file's owner is its folder's.
    const owner = this.byDepth.find((project) => isWithin(dir, project.root));
    this.ownerByDir.set(dir, owner);
    return owner;
  }

  /** Package name (from `package.json` at a project root) → project root. */
  getPackageRoots(): Map<string, string> {
    if (!this.packageRoots) {
      this.packageRoots = new Map();
      for (const project of this.projects) {
        const name = readPackageJson(this.host, project.root)?.name;
        if (typeof name === 'string' && !this.packageRoots.has(name)) this.packageRoots.set(name, project.root);
      }
    }
    return this.packageRoots;
  }
}

export interface PackageJson {
  name?: unknown;
  main?: unknown;
  types?: unknown;
  typings?: unknown;
}

export function readPackageJson(host: FileHost, root: string): PackageJson | undefined {
  const text = host.readFile(joinPath(root, 'package.json'));
  if (text === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' ? (parsed as PackageJson) : undefined;
  } catch {
    return undefined;
  }
}

function depth(root: string): number {
  return root === '.' ? 0 : root.split('/').length;
}
