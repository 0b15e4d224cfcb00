/**
 * Which files are projects, as Nx infers them: a light entry point (`ssot-core/project-inference`)
 * that loads no parser, so Nx's `createNodes` can use it on every command without loading the
 * engine. The Nx plugin and the ESLint plugin share this one implementation.
 */
export { inferProjects } from './workspace/infer-projects';
export { findProjectRoots } from './workspace/find-project-roots';
export type { ProjectConfigFile } from './workspace/find-project-roots';
export { createPackageJsonProjectMatcher, isRecord, parseJsonObject, readJsonObject, readPnpmPackages, readWorkspacePatterns } from './workspace/package-json-projects';
export { readRootProjectName, rootProjectNameOf } from './workspace/root-project';
export { createIgnoreFiles } from './workspace/ignore-files';
