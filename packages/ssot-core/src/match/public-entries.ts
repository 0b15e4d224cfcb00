import type { FileHost } from '../workspace/file-host';
import type { ModuleResolver } from '../workspace/module-resolver';
import { joinPath } from '../workspace/paths';
import type { TsconfigPathsIndex } from '../workspace/tsconfig-paths-index';
import { readPackageJson, type WorkspaceProjects } from '../workspace/workspace-projects';

/**
 * A project's public entry points (SPEC §4 `deep-import`): an exact alias in the root tsconfig, its
 * package entry, `<root>/index.ts` or `<root>/src/index.ts`. An import that resolves into another
 * project that has some, but to none of them, is a deep import.
 */
export class PublicEntries {
  private byProject: Map<string, Set<string>> | undefined;

  constructor(
    private readonly host: FileHost,
    private readonly projects: WorkspaceProjects,
    private readonly resolver: ModuleResolver,
    private readonly tsconfigs: TsconfigPathsIndex,
  ) {}

  isDeepImport(importingFile: string, resolvedFile: string | undefined): boolean {
    if (resolvedFile === undefined) return false;
    const target = this.projects.getOwnerInfo(resolvedFile);
    if (!target || target === this.projects.getOwnerInfo(importingFile)) return false;
    const entries = this.getEntries().get(target.name);
    return entries !== undefined && entries.size > 0 && !entries.has(resolvedFile);
  }

  private getEntries(): Map<string, Set<string>> {
    if (this.byProject) return this.byProject;
    const byProject = new Map<string, Set<string>>();
    const add = (file: string | undefined) => {
      if (file === undefined) return;
      const owner = this.projects.getOwnerInfo(file);
      if (!owner) return;
      const set = byProject.get(owner.name) ?? new Set<string>();
      set.add(file);
      byProject.set(owner.name, set);
    };
    const paths = this.tsconfigs.getRootAliases()?.paths ?? {};
    for (const alias of getExactRootAliases(this.tsconfigs)) for (const target of paths[alias]) add(this.resolver.resolveCandidate(target));
    for (const project of this.projects.projects) {
      const name = getPackageName(this.host, project.root);
      if (name !== undefined) add(this.resolver.getPackageEntry(name));
      for (const candidate of ['index.ts', 'src/index.ts']) {
        const file = joinPath(project.root, candidate);
        if (this.host.fileExists(file)) add(file);
      }
    }
    this.byProject = byProject;
    return byProject;
  }
}

/**
 * The specifiers that can name a project's public entry point, in the order to try them: the root
 * tsconfig's exact aliases (no `*`) in name order, then the package name at `projectRoot` when it
 * is not one of them. Which alias is the project's own is decided by resolving it. Shared by the
 * deep-import test above and the canonical import of an entry (`detectors/canonical-import.ts`).
 */
export function getPublicSpecifiers(host: FileHost, tsconfigs: TsconfigPathsIndex, projectRoot: string): string[] {
  const specifiers = getExactRootAliases(tsconfigs);
  const name = getPackageName(host, projectRoot);
  if (name !== undefined && !specifiers.includes(name)) specifiers.push(name);
  return specifiers;
}

/** The root tsconfig's `paths` keys without a wildcard, in name order (the same on every machine). */
export function getExactRootAliases(tsconfigs: TsconfigPathsIndex): string[] {
  return Object.keys(tsconfigs.getRootAliases()?.paths ?? {})
    .filter((pattern) => !pattern.includes('*'))
    .sort();
}

function getPackageName(host: FileHost, projectRoot: string): string | undefined {
  const name = readPackageJson(host, projectRoot)?.name;
  return typeof name === 'string' ? name : undefined;
}
