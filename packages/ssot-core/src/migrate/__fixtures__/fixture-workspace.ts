import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { WorkspaceProject } from '../../analyze';
import { parseRegistry } from '../../registry/load-registry';
import { createMemoryHost } from '../../workspace/memory-host';
import type { MigrationPlan } from '../migration-plan';
import { planMigration } from '../plan-migration';

export const FIXTURES = __dirname;

/** Every file below `dir`, by `/`-separated relative path. */
export function readTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  if (!existsSync(dir)) return files;
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path).split('\\').join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return files;
}

/** The shared fixture workspace with `files` added (or replaced). */
export function fixtureWorkspace(files: Record<string, string> = {}): Record<string, string> {
  return { ...readTree(join(FIXTURES, 'workspace')), ...files };
}

function readProjects(files: Record<string, string>): WorkspaceProject[] {
  return Object.keys(files)
    .filter((file) => file.endsWith('/project.json'))
    .map((file) => ({ name: (JSON.parse(files[file]) as { name: string }).name, root: dirname(file), tags: [] }));
}

/** Plans over an in-memory workspace (projects from its project.json files) on a fixed day. */
export function planFor(files: Record<string, string>, options: { entry?: string; project?: string } = {}): MigrationPlan {
  return planMigration({
    workspaceRoot: '/fixture',
    registry: parseRegistry(files['ssot.json']),
    projects: readProjects(files),
    host: createMemoryHost(files),
    today: '2026-06-01',
    ...options,
  });
}

export function applyPlan(files: Record<string, string>, plan: MigrationPlan): Record<string, string> {
  const next = { ...files };
  for (const change of plan.changes) next[change.file] = change.after;
  return next;
}
