import type { ProjectGraph } from '@nx/devkit';
import type { WorkspaceProject } from 'ssot-core';

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
