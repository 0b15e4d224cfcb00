import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkspaceProject } from '../analyze';

/** The bundled example workspace, for tests that need a real one. */
export const EXAMPLE_ROOT = join(__dirname, '../../../../examples/platform');

/**
 * Its projects as Nx sees them: one per `project.json` under apps/ and libs/, and the root project
 * (named after the root package.json, as the plugin creates it) that owns the files no other does.
 */
export function readExampleProjects(): WorkspaceProject[] {
  const { name } = JSON.parse(readFileSync(join(EXAMPLE_ROOT, 'package.json'), 'utf8')) as { name: string };
  const projects: WorkspaceProject[] = [{ name, root: '.', tags: [] }];
  for (const kind of ['apps', 'libs']) {
    for (const dir of readdirSync(join(EXAMPLE_ROOT, kind)).sort()) {
      const config = JSON.parse(readFileSync(join(EXAMPLE_ROOT, kind, dir, 'project.json'), 'utf8')) as { name: string; tags?: string[] };
      projects.push({ name: config.name, root: `${kind}/${dir}`, tags: config.tags ?? [] });
    }
  }
  return projects;
}
