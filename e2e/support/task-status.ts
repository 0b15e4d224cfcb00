import { fail, type CommandRun } from './e2e-workspace';

export type TaskStatus = 'executed' | 'cached';

/**
 * Each task's fate from Nx's terminal output (`--output-style=static`): `> nx run web:ssot-check`
 * when it ran, with `[local cache]`, `[remote cache]` or `[existing outputs match the cache, left
 * as is]` appended when Nx replayed it.
 */
export function readTaskStatuses(run: CommandRun, target: string): Map<string, TaskStatus> {
  const escaped = target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Overrides follow the target (`> nx run web:ssot-check --today=2026-11-25  [local cache]`).
  const line = new RegExp(`nx run (\\S+):${escaped}(?=\\s|$)(.*)$`, 'gm');
  const statuses = new Map<string, TaskStatus>();
  for (const match of run.output.matchAll(line)) {
    statuses.set(match[1], /\[[^\]]*cache[^\]]*\]\s*$/i.test(match[2]) ? 'cached' : 'executed');
  }
  return statuses;
}

/** Asserts which projects' tasks ran and which were replayed; projects not listed may be absent. */
export function expectTasks(
  run: CommandRun,
  target: string,
  expected: { executed?: string[]; cached?: string[]; notExecuted?: string[] },
): Map<string, TaskStatus> {
  if (run.status !== 0) fail(`${run.command} exited with ${run.status}`, run);
  const statuses = readTaskStatuses(run, target);
  const describe = () => [...statuses].map(([project, status]) => `${project}=${status}`).join(', ') || 'no tasks';
  for (const project of expected.executed ?? []) {
    if (statuses.get(project) !== 'executed') fail(`expected ${project}:${target} to run, saw ${describe()}`, run);
  }
  for (const project of expected.cached ?? []) {
    if (statuses.get(project) !== 'cached') fail(`expected ${project}:${target} from the cache, saw ${describe()}`, run);
  }
  for (const project of expected.notExecuted ?? []) {
    if (statuses.get(project) === 'executed') fail(`expected ${project}:${target} not to run, saw ${describe()}`, run);
  }
  return statuses;
}
