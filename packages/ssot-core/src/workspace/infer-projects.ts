import { basename, join } from 'node:path';
import { findProjectRoots } from './find-project-roots';
import { isRecord, readJsonObject } from './package-json-projects';
import { readRootProjectName } from './root-project';
import type { ProjectInfo } from './workspace-projects';

const CONFIG_FILES = new Set(['project.json', 'package.json']);

/**
 * The workspace's projects without asking Nx (for tools that run outside it, like the ESLint
 * plugin): the project.json and package.json files Nx would turn into projects (the same choice the
 * ssot plugin's `createNodes` makes), and the root project that the plugin creates when no project
 * sits at `.`. `files` are workspace-relative paths with `/` separators (any listing; only the
 * project.json and package.json among them are read).
 */
export function inferProjects(workspaceRoot: string, files: readonly string[]): ProjectInfo[] {
  const configFiles = files.filter((file) => CONFIG_FILES.has(basename(file)));
  const projects = new Map<string, ProjectInfo>();
  for (const { file, root } of findProjectRoots(workspaceRoot, configFiles)) {
    const known = projects.get(root);
    const described = describeProject(workspaceRoot, file, root);
    // A project.json wins over the package.json beside it (findProjectRoots already drops that one).
    if (!known) projects.set(root, described);
  }
  if (configFiles.includes('package.json') && !projects.has('.')) {
    projects.set('.', { name: readRootProjectName(workspaceRoot), root: '.', tags: [] });
  }
  return [...projects.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Name and tags as Nx gives them: project.json `name`, else the package.json name beside it, else
 * the folder's name (Nx's `toProjectName`); tags from project.json `tags` and package.json `nx.tags`.
 */
function describeProject(workspaceRoot: string, file: string, root: string): ProjectInfo {
  const config = readJsonObject(join(workspaceRoot, file)) ?? {};
  const packageJson = basename(file) === 'package.json' ? config : (readJsonObject(join(workspaceRoot, root, 'package.json')) ?? {});
  const nxField = isRecord(packageJson.nx) ? packageJson.nx : {};
  const ownName = basename(file) === 'project.json' ? config.name : nxField.name;
  const name = [ownName, packageJson.name].find((value): value is string => typeof value === 'string' && value !== '');
  const tags = new Set([...stringsOf(basename(file) === 'project.json' ? config.tags : undefined), ...stringsOf(nxField.tags)]);
  return { name: name ?? (root === '.' ? readRootProjectName(workspaceRoot) : folderName(root)), root, tags: [...tags].sort() };
}

function folderName(root: string): string {
  return root.slice(root.lastIndexOf('/') + 1).toLowerCase();
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
