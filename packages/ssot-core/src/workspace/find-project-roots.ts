import { basename, dirname, join } from 'node:path';
import { createPackageJsonProjectMatcher, readJsonObject } from './package-json-projects';

export interface ProjectConfigFile {
  /** The project.json or package.json, workspace-relative with `/` separators. */
  file: string;
  /** The project root Nx derives from it (`.` for the workspace root). */
  root: string;
}

/**
 * The config files that are projects for Nx: every readable project.json, and every package.json
 * that Nx's package.json inference would turn into a project and that has no project.json beside
 * it. Unreadable or malformed files are skipped: Nx reports those itself, and inference must not
 * stop at them.
 */
export function findProjectRoots(workspaceRoot: string, configFiles: readonly string[]): ProjectConfigFile[] {
  const files = configFiles.map((file) => file.replace(/\\/g, '/'));
  const projectJsons = files.filter((file) => basename(file) === 'project.json');
  const projectJsonDirs = new Set(projectJsons.map(directoryOf));
  const isPackageJsonProject = createPackageJsonProjectMatcher(workspaceRoot, files);
  const found: ProjectConfigFile[] = [];
  for (const file of files) {
    const isProjectJson = basename(file) === 'project.json';
    if (!isProjectJson && (projectJsonDirs.has(directoryOf(file)) || !isPackageJsonProject(file))) continue;
    const json = readJsonObject(join(workspaceRoot, file));
    if (!json) continue;
    const root = isProjectJson && typeof json.root === 'string' ? normalizeRoot(json.root) : directoryOf(file);
    found.push({ file, root });
  }
  return found;
}

function directoryOf(file: string): string {
  return dirname(file).replace(/\\/g, '/');
}

function normalizeRoot(root: string): string {
  const normalized = root.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  return normalized === '' ? '.' : normalized;
}
