import type { CommandRun } from './run-command';

/**
 * Where each task's result came from, as Nx prints it with `--output-style=static`:
 * `> nx run web:ssot-check` when it ran, followed by `[local cache]`, `[remote cache]` or
 * `[existing outputs match the cache, left as is]` when Nx replayed it. Unlike
 * `readTaskStatuses`, this keeps local and remote apart.
 */
export type TaskSource = 'executed' | 'local cache' | 'remote cache' | 'existing outputs';

export function readTaskSources(run: CommandRun, target: string): Map<string, TaskSource> {
  const escaped = target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const line = new RegExp(`^> nx run (\\S+):${escaped}(?=\\s|$)(.*)$`, 'gm');
  const sources = new Map<string, TaskSource>();
  for (const match of run.output.matchAll(line)) {
    const tag = /\[([^\]]*)\]\s*$/.exec(match[2])?.[1]?.toLowerCase() ?? '';
    sources.set(
      match[1],
      tag.includes('remote cache') ? 'remote cache' : tag.includes('local cache') ? 'local cache' : tag.includes('existing outputs') ? 'existing outputs' : 'executed',
    );
  }
  return sources;
}

export function describeSources(sources: ReadonlyMap<string, TaskSource>): string {
  return [...sources].map(([project, source]) => `${project}=${source}`).join(', ') || 'no tasks';
}
