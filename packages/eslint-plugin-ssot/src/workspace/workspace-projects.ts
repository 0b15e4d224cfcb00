import { join } from 'node:path';
import { inferProjects, type FileHost, type WorkspaceProject } from 'ssot-core';
import { readCachedProjectGraph } from './nx-project-graph';

export interface ReadProjects {
  projects: WorkspaceProject[];
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
  if (graph) return { projects: graph.projects, inputs: [graph.file] };
  const projects = inferProjects(workspaceRoot, host.listFiles());
  // A project file that changes (a tag added, a name) or appears beside an existing one changes
  // the projects. A project in a new folder is seen when the index is next rebuilt.
  const configFiles = projects.flatMap((project) => ['project.json', 'package.json'].map((file) => join(workspaceRoot, project.root, file)));
  return { projects, inputs: configFiles };
}
