import { join } from 'node:path';
import { inferProjects, type FileHost, type WorkspaceProject } from 'ssot-core';
import { readCachedProjectGraph } from './nx-project-graph';

export interface ReadProjects {
  projects: WorkspaceProject[];
  /** Where they came from, in words (for messages and the README's "which projects" question). */
  source: string;
  /** The files whose change means the projects must be read again (absolute paths). */
  inputs: string[];
}

/**
 * The workspace's projects: from Nx's cached project graph when Nx has written one (names, roots
 * and tags exactly as Nx resolved them, plugins included), else inferred from the project.json and
 * package.json files the way the ssot Nx plugin does (ssot-core's `inferProjects`).
 */
export function readWorkspaceProjects(workspaceRoot: string, host: FileHost): ReadProjects {
  const graph = readCachedProjectGraph(workspaceRoot);
  if (graph) return { projects: graph.projects, source: graph.file, inputs: [graph.file] };
  const files = host.listFiles();
  const projects = inferProjects(workspaceRoot, files);
  const configFiles = files.filter((file) => /(^|\/)(project|package)\.json$/.test(file) && projects.some((project) => file === join(project.root, 'project.json').replace(/\\/g, '/') || file === join(project.root, 'package.json').replace(/\\/g, '/')));
  return { projects, source: 'project.json and package.json files', inputs: configFiles.map((file) => join(workspaceRoot, file)) };
}
