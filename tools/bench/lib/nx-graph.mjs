// Projects as Nx sees them: `nx graph --file` run through the workspace's own Nx, so that
// `--workspace` works on any Nx workspace (project.json, package.json and inferred projects
// alike). The result is kept in the workspace (PROJECTS_FILE) for every measurement process,
// which reads it through workspace-files.mjs's readProjects.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Where the bench keeps the projects of a workspace, relative to its root. */
export const PROJECTS_FILE = '.bench/projects.json';

/** Runs the workspace's Nx for its project graph; writes PROJECTS_FILE and returns the projects. */
export function writeProjectsFromNx(workspace, nxBin) {
  const scratch = mkdtempSync(join(tmpdir(), 'ssot-bench-graph-'));
  try {
    const file = join(scratch, 'graph.json');
    const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: '0' };
    const run = spawnSync(process.execPath, [nxBin, 'graph', `--file=${file}`], { cwd: workspace, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`nx graph failed in ${workspace}: ${(run.stderr || run.stdout).trim().split('\n').slice(-5).join(' | ')}`);
    const projects = graphToProjects(JSON.parse(readFileSync(file, 'utf8')));
    mkdirSync(dirname(join(workspace, PROJECTS_FILE)), { recursive: true });
    writeFileSync(join(workspace, PROJECTS_FILE), `${JSON.stringify(projects, null, 2)}\n`);
    return projects;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * `nx graph --file` output → `{ name, root, tags, dependencies }` per project, sorted by name;
 * dependencies name other projects only (not `npm:` packages), sorted and without repeats.
 */
export function graphToProjects(output) {
  const graph = output.graph ?? output;
  const names = new Set(Object.keys(graph.nodes ?? {}));
  return [...names].sort().map((name) => {
    const data = graph.nodes[name].data ?? {};
    const dependencies = [...new Set((graph.dependencies?.[name] ?? []).map((edge) => edge.target).filter((target) => names.has(target) && target !== name))].sort();
    return { name, root: normaliseRoot(data.root), tags: data.tags ?? [], dependencies };
  });
}

/**
 * The project with the most dependents, direct or not (ties: the most direct ones, then the
 * name): a change there re-checks the largest part of the workspace.
 */
export function mostDependedOn(projects) {
  const dependents = new Map(projects.map((project) => [project.name, []]));
  for (const project of projects) for (const dependency of project.dependencies ?? []) dependents.get(dependency)?.push(project.name);
  const reach = (name) => {
    const seen = new Set();
    const queue = [...dependents.get(name)];
    while (queue.length > 0) {
      const next = queue.pop();
      if (seen.has(next) || next === name) continue;
      seen.add(next);
      queue.push(...dependents.get(next));
    }
    return seen.size;
  };
  const ranked = projects.map((project) => ({ name: project.name, all: reach(project.name), direct: dependents.get(project.name).length }));
  ranked.sort((a, b) => b.all - a.all || b.direct - a.direct || (a.name < b.name ? -1 : 1));
  return ranked[0] && { name: ranked[0].name, dependents: ranked[0].all };
}

const normaliseRoot = (root) => (root === undefined || root === '' ? '.' : root.replace(/\\/g, '/').replace(/\/$/, ''));
