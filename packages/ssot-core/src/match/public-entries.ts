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
    const aliases = this.tsconfigs.getRootAliases();
    for (const [pattern, targets] of Object.entries(aliases?.paths ?? {})) {
      if (pattern.includes('*')) continue;
      for (const target of targets) add(this.resolver.resolveCandidate(target));
    }
    for (const project of this.projects.projects) {
      const name = readPackageJson(this.host, project.root)?.name;
      if (typeof name === 'string') add(this.resolver.getPackageEntry(name));
      for (const candidate of ['index.ts', 'src/index.ts']) {
        const file = joinPath(project.root, candidate);
        if (this.host.fileExists(file)) add(file);
      }
    }
    this.byProject = byProject;
    return byProject;
  }
}
