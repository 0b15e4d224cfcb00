import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkProject, createFileSystemHost, inferProjects, loadRegistry, renderBaseline } from 'ssot-core';
import { createTempWorkspace, PLATFORM, type Tree } from './temp-workspace';

/**
 * The PLATFORM workspace on disk with the api project's baseline written by `ssot-check`'s own
 * code path (checkProject + renderBaseline) over `apps/api/src/old.ts`: its console.log is known.
 */
export function createPlatformWorkspace(extra: Tree = {}): ReturnType<typeof createTempWorkspace> {
  const workspace = createTempWorkspace({ ...PLATFORM, ...extra });
  writeBaseline(workspace.root, 'api');
  return workspace;
}

/** What `nx run <project>:ssot-baseline` writes, through ssot-core's functions. */
export function writeBaseline(root: string, project: string): void {
  const projects = inferProjects(root, createFileSystemHost(root).listFiles());
  const result = checkProject({ workspaceRoot: root, registry: loadRegistry(root), projects, project });
  const projectRoot = projects.find((each) => each.name === project)?.root ?? '.';
  writeFileSync(join(root, projectRoot, 'ssot-baseline.txt'), renderBaseline(result));
}
