// The files the bench's change rows edit in a workspace, chosen from Nx's project graph.
import { mostDependedOn } from './nx-graph.mjs';
import { listTsFiles } from './workspace-files.mjs';

/**
 * The files the change rows edit. Leaf (`--leaf`, else the first .ts file of the last project
 * under apps/, else of the last project nothing depends on). Hub: a file of the most-depended-on
 * project, its `src/index.ts` when it has one (the entry every dependent reads).
 */
export function changedFiles(workspace, graph, { leaf } = {}) {
  const files = listTsFiles(workspace).filter((file) => !/\.(spec|test)\.ts$/.test(file));
  const firstOf = (project) => project && (files.find((file) => file === `${project.root}/src/index.ts`) ?? files.find((file) => project.root === '.' || file.startsWith(`${project.root}/`)));
  const dependedOn = new Set(graph.flatMap((project) => project.dependencies ?? []));
  const apps = graph.filter((project) => project.root.startsWith('apps/'));
  const leafProject = (apps.length > 0 ? apps : graph.filter((project) => !dependedOn.has(project.name))).at(-1) ?? graph.at(-1);
  const hub = mostDependedOn(graph);
  const hubProject = hub && hub.dependents > 0 ? graph.find((project) => project.name === hub.name) : undefined;
  return {
    leafFile: leaf ?? firstOf(leafProject) ?? files.at(-1),
    hub: hubProject && { name: hub.name, dependents: hub.dependents },
    hubFile: firstOf(hubProject),
  };
}
