import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { logger, type ExecutorContext } from '@nx/devkit';
import {
  CatFileBatch,
  computeHistoryPointAt,
  listFirstParentCommits,
  loadRegistry,
  parseHistory,
  resolveHead,
  selectBackfillPoints,
  serializeHistoryPoint,
  SsotUsageError,
  writeFileAtomic,
  type BackfillInterval,
  type TrendPoint,
} from 'ssot-core';
import { checkCalendarDate } from '../check/normalize-options';
import { toWorkspaceProjects } from '../check/workspace-projects';
import { exitOnInterrupt } from './exit-on-interrupt';
import { openFactsCacheForHistory } from './facts-cache-for-history';
import { failOnUserError } from './report-outcome';
import { normalizeReportOptions } from './normalize-options';
import type { ReportExecutorSchema } from './schema';

const TOOL = 'ssot-report';

/**
 * `ssot-report --backfill --since=<day> [--every=week|month]`: history points computed from git
 * commits, added to the history file. The file is rewritten whole (atomically) after each point, so
 * a run stopped with Ctrl-C leaves it complete, with the points computed so far; the run then says
 * so and ends with exit code 130.
 */
export async function runBackfill(options: ReportExecutorSchema, context: ExecutorContext): Promise<{ success: boolean }> {
  return failOnUserError(async () => {
    if (options.since === undefined) throw new SsotUsageError(`${TOOL}: --backfill needs --since=YYYY-MM-DD, the first day to compute points for.`);
    if (options.compare !== undefined || options.record === true) throw new SsotUsageError(`${TOOL}: --backfill goes alone: run --compare or --record as another command.`);
    if (options.owner !== undefined) throw new SsotUsageError(`${TOOL}: --owner=${options.owner} reports part of the workspace and the history holds whole-workspace figures: run --backfill without --owner.`);
    const since = checkCalendarDate(options.since, 'since', TOOL);
    const every = readInterval(options.every);
    const normalized = normalizeReportOptions({ ...options, format: undefined }, context);
    const registry = loadRegistry(context.root, normalized.registry);
    const historyPath = join(context.root, normalized.history);
    let history: TrendPoint[] = existsSync(historyPath) ? parseHistory(readFileSync(historyPath, 'utf8'), normalized.history) : [];
    const commits = await listFirstParentCommits(context.root, await resolveHead(context.root), since);
    const todo = selectBackfillPoints(commits, every, since).filter((point) => !history.some((kept) => sameCommit(kept.commit, point.commit)));
    if (todo.length === 0) {
      logger.info(`${TOOL}: backfill: nothing to add to ${normalized.history} (every ${every} since ${since} already has its point)`);
      return { success: true };
    }
    const progress = createProgress(todo.length);
    const reader = new CatFileBatch(context.root);
    const texts = new Map<string, string>();
    const facts = openFactsCacheForHistory(context.root);
    const withTodaysRegistry: Record<'absent' | 'unreadable', string[]> = { absent: [], unreadable: [] };
    let added = 0;
    const stopListening = exitOnInterrupt(
      () => {
        reader.close();
        facts.flush();
      },
      () => `${TOOL}: backfill cancelled (Ctrl-C) after ${added} of ${todo.length} point(s): ${normalized.history} holds every point computed so far, whole and sorted. Run the same command again to add the rest.`,
    );
    try {
      for (const [index, point] of todo.entries()) {
        progress(index, `${point.interval}: ${point.commit.slice(0, 12)} (${point.day})`);
        const computed = await computeHistoryPointAt({ workspaceRoot: context.root, point, reader, texts, registry, registryFile: normalized.registry, projects: toWorkspaceProjects(context.projectGraph), ...(facts.scan && { scan: facts.scan }) });
        const reason = computed.point.registry?.reason;
        if (reason) withTodaysRegistry[reason].push(`${point.commit.slice(0, 12)} (${point.day})`);
        history = [...history, computed.point].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
        writeFileAtomic(historyPath, history.map(serializeHistoryPoint).join(''));
        added += 1;
      }
    } finally {
      stopListening();
      reader.close();
      facts.flush();
      progress(todo.length, 'done');
    }
    // Said once per reason, after the run: one warning per point would bury the progress.
    for (const [reason, commits] of Object.entries(withTodaysRegistry)) {
      if (commits.length === 0) continue;
      const what = reason === 'absent' ? `have no ${normalized.registry}` : `have a ${normalized.registry} this version cannot read`;
      logger.warn(`${TOOL}: backfill: ${commits.length} of ${todo.length} commits ${what}; they were analysed with today's registry: ${commits.join(', ')}`);
    }
    logger.info(`${TOOL}: backfill: added ${todo.length} point(s) to ${normalized.history}`);
    return { success: true };
  });
}

function readInterval(value: string | undefined): BackfillInterval {
  if (value === undefined || value === 'month' || value === 'week') return value ?? 'month';
  throw new SsotUsageError(`${TOOL}: option "every" takes week or month, found "${value}".`);
}

/** History lines keep short ids (`--record` writes 7 characters), points 12: one is the other's prefix. */
function sameCommit(kept: string | undefined, full: string): boolean {
  return kept !== undefined && kept.length >= 7 && full.startsWith(kept.slice(0, 12));
}

/** One line rewritten in place on a terminal; plain lines otherwise (CI logs keep every step). */
function createProgress(total: number): (done: number, what: string) => void {
  const tty = process.stdout.isTTY === true;
  return (done, what) => {
    const line = `${TOOL}: backfill ${done}/${total} ${what}`;
    if (!tty) return done < total ? logger.info(line) : undefined;
    process.stdout.write(`\r\u001b[2K${line}${done === total ? '\n' : ''}`);
  };
}
