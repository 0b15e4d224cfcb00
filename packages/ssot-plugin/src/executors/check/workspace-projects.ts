import type { ProjectGraph } from '@nx/devkit';
import type { WorkspaceProject } from 'ssot-core';

/**
 * What a check reads of Nx: the workspace root and its projects, as plain data. The single-task
 * executor, the batch and its worker threads all build a session from this and nothing else.
 */
export interface CheckWorkspace {
  root: string;
  projects: WorkspaceProject[];
}

export function toCheckWorkspace(context: { root: string; projectGraph: ProjectGraph }): CheckWorkspace {
  return { root: context.root, projects: toWorkspaceProjects(context.projectGraph) };
}

/** Nx's projects as ssot-core sees them: name, root (`/` separators, `.` for the root), tags. */
export function toWorkspaceProjects(graph: ProjectGraph): WorkspaceProject[] {
  return Object.values(graph.nodes)
    .map((node) => ({ name: node.name, root: normalizeProjectRoot(node.data.root), tags: [...(node.data.tags ?? [])] }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** `/` separators, no `./` prefix or trailing slash, `.` for the workspace root. */
export function normalizeProjectRoot(root: string): string {
  const normalized = root.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  return normalized === '' ? '.' : normalized;
}
