import { createProjectGraphAsync, getProjects, workspaceRoot, type Tree } from '@nx/devkit';
import { resolve } from 'node:path';
import type { WorkspaceProject } from 'ssot-core';
import { normalizeProjectRoot, toWorkspaceProjects } from '../../executors/check/workspace-projects';
import { rootProjectNameOf } from '../../plugin/root-project';

/**
 * The projects a migration attributes files to. Run by `nx g` in a workspace, that is Nx's project
 * graph, which holds inferred projects too: the root project this plugin creates (SPEC §6), and
 * package.json projects. `getProjects(tree)` sees neither.
 */
export async function readMigrationProjects(tree: Tree): Promise<WorkspaceProject[]> {
  // The graph describes the workspace on disk; a Tree rooted elsewhere (a virtual one) has its own.
  if (resolve(tree.root) !== resolve(workspaceRoot)) return readTreeProjects(tree);
  try {
    return toWorkspaceProjects(await createProjectGraphAsync());
  } catch {
    // Nx could not build its graph (it says why on the next nx command); the Tree's own project
    // files and the root project still attribute every file the same way the check would.
    return readTreeProjects(tree);
  }
}

/** The Tree's project.json projects, and the root project the plugin creates when none is at `.`. */
export function readTreeProjects(tree: Tree): WorkspaceProject[] {
  const projects: WorkspaceProject[] = [...getProjects(tree).entries()].map(([name, project]) => ({
    name,
    root: normalizeProjectRoot(project.root),
    tags: [...(project.tags ?? [])],
  }));
  if (tree.exists('package.json') && !projects.some((project) => project.root === '.')) {
    projects.push({ name: rootProjectNameOf(tree.read('package.json', 'utf-8') ?? undefined), root: '.', tags: [] });
  }
  return projects.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
