import { createProjectGraphAsync, workspaceRoot, type Tree } from '@nx/devkit';
import { resolve } from 'node:path';
import type { WorkspaceProject } from 'ssot-core';
import { toWorkspaceProjects } from '../../executors/check/workspace-projects';
import { readTreeProjects } from '../shared/tree-projects';

/**
 * The projects a migration attributes files to. Run by `nx g` in a workspace, that is Nx's project
 * graph, which holds inferred projects too: the root project this plugin creates (SPEC §6), and
 * package.json projects. `getProjects(tree)` sees neither.
 */
export async function readMigrationProjects(tree: Tree): Promise<WorkspaceProject[]> {
  // The graph describes the workspace on disk; a Tree rooted elsewhere (a virtual one) has its own.
  if (resolve(tree.root) !== resolve(workspaceRoot)) return readTreeProjects(tree);
  try {
    return toWorkspaceProjects(await createProjectGraphAsync());
  } catch {
    // Nx could not build its graph (it says why on the next nx command); the Tree's own project
    // files and the root project still attribute every file the same way the check would.
    return readTreeProjects(tree);
  }
}
