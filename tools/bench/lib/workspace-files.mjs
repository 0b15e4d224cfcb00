// What the measurements read from a workspace: its .ts files and its Nx projects.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SKIPPED = new Set(['node_modules', '.git', '.nx', 'dist']);

/** Workspace-relative `.ts` files, sorted (the same set ssot-core's default include selects here). */
export function listTsFiles(root, dir = '') {
  const found = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (SKIPPED.has(entry.name)) continue;
    const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
    if (entry.isDirectory()) found.push(...listTsFiles(root, path));
    else if (entry.isFile() && path.endsWith('.ts')) found.push(path);
  }
  return found;
}

/**
 * `{ name, root, tags }` of every project: from Nx's project graph when run.mjs wrote it into the
 * workspace (lib/nx-graph.mjs), else from apps|libs/<name>/project.json (the generated workspace).
 */
export function readProjects(root) {
  return readProjectGraph(root).map(({ name, root: projectRoot, tags }) => ({ name, root: projectRoot, tags }));
}

/** readProjects with each project's `dependencies` (project names; empty without Nx's graph). */
export function readProjectGraph(root) {
  // The file name is nx-graph.mjs's PROJECTS_FILE (not imported: this module stays dependency-free).
  const fromNx = join(root, '.bench/projects.json');
  if (existsSync(fromNx)) return JSON.parse(readFileSync(fromNx, 'utf8'));
  const projects = [];
  for (const group of ['apps', 'libs']) {
    let names = [];
    try {
      names = readdirSync(join(root, group));
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      try {
        const config = JSON.parse(readFileSync(join(root, group, name, 'project.json'), 'utf8'));
        projects.push({ name: config.name, root: config.root, tags: config.tags ?? [], dependencies: [] });
      } catch {
        // not a project folder
      }
    }
  }
  return projects;
}
