/**
 * Copies of a shared folder: a library kept as its own project (`libs/shared-utils`) and copied
 * into other projects under the same folder name (`apps/web/shared-utils/…`, vendored or
 * generated at build time). Among rivals, the project that *is* the folder is where the others
 * come from, whichever copy is used more: its copies' users are what should move to it.
 */
import type { WorkspaceProject } from '../analyze';
import type { Candidate } from './proposal';

/**
 * The candidate whose file sits in a project that is the copied folder, with more than half of the
 * other rivals at the same path inside a folder of that name; undefined when there is none.
 */
export function findOriginalOfCopies(group: readonly Candidate[], projects: readonly Pick<WorkspaceProject, 'name' | 'root'>[]): { original: Candidate; copies: Candidate[] } | undefined {
  const roots = new Map(projects.map((project) => [project.name, project.root]));
  for (const candidate of group) {
    const root = roots.get(candidate.project);
    if (root === undefined || root === '.' || !candidate.file.startsWith(`${root}/`)) continue;
    const folder = root.slice(root.lastIndexOf('/') + 1);
    const copiedPath = `/${folder}/${candidate.file.slice(root.length + 1)}`;
    const copies = group.filter((other) => other.project !== candidate.project && other.file.endsWith(copiedPath));
    if (copies.length > (group.length - 1) / 2) return { original: candidate, copies };
  }
  return undefined;
}
