import { getProjects, type Tree } from '@nx/devkit';
import type { WorkspaceProject } from 'ssot-core';
import { normalizeProjectRoot } from '../../executors/check/workspace-projects';
import { rootProjectNameOf } from 'ssot-core/project-inference';

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

/**
 * The root project as the plugin names it: the workspace's own project at `.`, else the one the
 * plugin creates from the root package.json's `name` (SPEC §6); `workspace` when there is neither.
 */
export function readRootProjectNameFromTree(tree: Tree): string {
  return readTreeProjects(tree).find((project) => project.root === '.')?.name ?? rootProjectNameOf(undefined);
}
