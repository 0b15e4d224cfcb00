import { dirname, join, posix } from 'node:path';
import type { Chain, WorkspaceProject } from 'ssot-core';
import type { WorkspaceSession } from './workspace-session';

/**
 * The files one file's sites were computed from, besides those every file depends on (absolute
 * paths): the files of the export chains its match followed (`chains`: for each referenced import,
 * the file the specifier resolves to and every file the imported name passes through, a barrel,
 * the SSOT's source), with their folders (a folder's time changes when a file is created in it: a
 * new import target); the configuration that governs the file and each of those (see
 * `addGoverningConfig`); and the owning project's project files (its name and tags decide which
 * entries apply).
 */
export function findFileDependencies(session: WorkspaceSession, file: string, chains: readonly Chain[], owner: WorkspaceProject | undefined): Set<string> {
  const { root } = session;
  const files = new Set<string>();
  for (const chain of chains) {
    if (chain.resolvedFile !== undefined) files.add(chain.resolvedFile);
    for (const hop of chain.hops) files.add(hop.file);
  }
  const dependencies = new Set<string>();
  for (const each of files) {
    dependencies.add(join(root, each));
    dependencies.add(join(root, dirname(each)));
  }
  const configs = new Set<string>();
  for (const each of [file, ...files]) addGoverningConfig(session, each, configs);
  for (const each of configs) dependencies.add(join(root, each));
  if (owner) for (const name of ['project.json', 'package.json']) dependencies.add(join(root, owner.root, name));
  return dependencies;
}

/**
 * The nested configuration that decides how `file` (workspace-relative) and the specifiers in it
 * resolve, into `configs`: the `tsconfig.json` of every folder above it (the nearest one gives its
 * `paths`; one created nearer takes over) with what each extends, and the `package.json` of every
 * folder above it (a workspace package's `exports`/`main`, which decide the file an import of the
 * package reaches). The root's are global inputs of the session.
 */
function addGoverningConfig(session: WorkspaceSession, file: string, configs: Set<string>): void {
  for (let dir = posix.dirname(file); dir !== '.' && dir !== '/' && !dir.startsWith('..'); dir = posix.dirname(dir)) {
    const tsconfig = `${dir}/tsconfig.json`;
    if (configs.has(tsconfig)) break; // the folders above were added for an earlier file
    configs.add(tsconfig);
    configs.add(`${dir}/package.json`);
    for (const parent of session.getTsconfigParents(tsconfig)) configs.add(parent);
  }
}
