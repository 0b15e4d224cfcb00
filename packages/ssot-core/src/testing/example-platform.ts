import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkspaceProject } from '../analyze';

/** The bundled example workspace, for tests that need a real one. */
export const EXAMPLE_ROOT = join(__dirname, '../../../../examples/platform');

export function readExampleProjects(): WorkspaceProject[] {
  const projects: WorkspaceProject[] = [];
  for (const kind of ['apps', 'libs']) {
    for (const dir of readdirSync(join(EXAMPLE_ROOT, kind)).sort()) {
      const config = JSON.parse(readFileSync(join(EXAMPLE_ROOT, kind, dir, 'project.json'), 'utf8')) as { name: string; tags?: string[] };
      projects.push({ name: config.name, root: `${kind}/${dir}`, tags: config.tags ?? [] });
    }
  }
  return projects;
}
