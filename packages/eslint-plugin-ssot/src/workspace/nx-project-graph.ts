import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { isRecord, readJsonObject, type WorkspaceProject } from 'ssot-core';

/**
 * Where Nx keeps its cached project graph (`project-graph.json`), newest Nx first:
 * - Nx 19 and later: the workspace-data folder (`NX_WORKSPACE_DATA_DIRECTORY`, else
 *   `.nx/workspace-data`, or `node_modules/.cache/nx-workspace-data` in a Lerna repository without nx.json);
 * - Nx 17 and 18: the cache folder (`NX_PROJECT_GRAPH_CACHE_DIRECTORY`, `NX_CACHE_DIRECTORY`,
 *   nx.json `cacheDirectory`, else `.nx/cache`; `node_modules/.cache/nx` before 17).
 * A workspace upgraded across these keeps the old file, so the newest file wins.
 */
export function findProjectGraphFiles(workspaceRoot: string): string[] {
  const folders = [
    process.env.NX_WORKSPACE_DATA_DIRECTORY,
    process.env.NX_PROJECT_GRAPH_CACHE_DIRECTORY,
    '.nx/workspace-data',
    'node_modules/.cache/nx-workspace-data',
    process.env.NX_CACHE_DIRECTORY,
    readCacheDirectory(workspaceRoot),
    '.nx/cache',
    'node_modules/.cache/nx',
  ];
  const files = folders.filter((folder): folder is string => typeof folder === 'string' && folder !== '').map((folder) => join(isAbsolute(folder) ? folder : join(workspaceRoot, folder), 'project-graph.json'));
  return [...new Set(files)];
}

export interface CachedProjectGraph {
  file: string;
  projects: WorkspaceProject[];
}

/** The newest readable cached project graph's projects, or undefined when Nx has not cached one. */
export function readCachedProjectGraph(workspaceRoot: string): CachedProjectGraph | undefined {
  const candidates = findProjectGraphFiles(workspaceRoot)
    .map((file) => ({ file, mtime: statOrUndefined(file)?.mtimeMs }))
    .filter((candidate): candidate is { file: string; mtime: number } => candidate.mtime !== undefined)
    .sort((a, b) => b.mtime - a.mtime);
  for (const { file } of candidates) {
    const projects = parseProjectGraph(readText(file));
    if (projects) return { file, projects };
  }
  return undefined;
}

/** `{ nodes: { name: { data: { root, tags } } } }` → the projects; undefined when not that shape. */
export function parseProjectGraph(text: string | undefined): WorkspaceProject[] | undefined {
  if (text === undefined) return undefined;
  let graph: unknown;
  try {
    graph = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(graph) || !isRecord(graph.nodes)) return undefined;
  const projects: WorkspaceProject[] = [];
  for (const [key, node] of Object.entries(graph.nodes)) {
    if (!isRecord(node) || !isRecord(node.data) || typeof node.data.root !== 'string') continue;
    const name = typeof node.name === 'string' ? node.name : key;
    const tags = Array.isArray(node.data.tags) ? node.data.tags.filter((tag): tag is string => typeof tag === 'string') : [];
    projects.push({ name, root: normalizeRoot(node.data.root), tags });
  }
  return projects.length > 0 ? projects.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) : undefined;
}

function readCacheDirectory(workspaceRoot: string): string | undefined {
  const nxJson = readJsonObject(join(workspaceRoot, 'nx.json'));
  if (!nxJson) return undefined;
  if (typeof nxJson.cacheDirectory === 'string') return nxJson.cacheDirectory;
  const runner = isRecord(nxJson.tasksRunnerOptions) && isRecord(nxJson.tasksRunnerOptions.default) ? nxJson.tasksRunnerOptions.default.options : undefined;
  return isRecord(runner) && typeof runner.cacheDirectory === 'string' ? runner.cacheDirectory : undefined;
}

function normalizeRoot(root: string): string {
  const normalized = root.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  return normalized === '' ? '.' : normalized;
}

function statOrUndefined(file: string): { mtimeMs: number } | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
