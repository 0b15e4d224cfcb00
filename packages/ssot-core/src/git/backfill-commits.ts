import type { CommitId } from './resolve-commit';
import { runGit } from './run-git';

export type BackfillInterval = 'week' | 'month';

export interface DatedCommit {
  commit: CommitId;
  /** Committer date, ISO 8601 with its offset, as git prints it (`%cI`). */
  date: string;
}

/** One history point to compute: the interval's key and the commit that represents it. */
export interface BackfillPoint extends DatedCommit {
  /** `2026-W07` (UTC ISO week) or `2026-02` (calendar month, UTC). */
  interval: string;
  /** The UTC calendar day of the commit: the day its exemptions are judged on (SPEC §7). */
  day: string;
}

/**
 * The commits of the first-parent line of HEAD since a day, newest first, with their committer
 * dates: the line a branch's own history follows (merged branches' commits are not points of it).
 */
export async function listFirstParentCommits(repo: string, head: CommitId, since: string): Promise<DatedCommit[]> {
  const output = await runGit(repo, ['log', '--first-parent', '--format=%H%x00%cI', `--since=${since}T00:00:00Z`, head, '--']);
  return output
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const [commit, date] = line.split('\0');
      return { commit, date };
    });
}

/**
 * SPEC §7 backfill: per UTC ISO week or calendar month, the last commit of the first-parent line
 * by committer date (not by position: a rebased line can hold dates out of order). Oldest first.
 */
export function selectBackfillPoints(commits: DatedCommit[], every: BackfillInterval, since: string): BackfillPoint[] {
  const last = new Map<string, BackfillPoint>();
  for (const commit of commits) {
    const time = Date.parse(commit.date);
    if (Number.isNaN(time)) continue;
    const day = new Date(time).toISOString().slice(0, 10);
    if (day < since) continue;
    const interval = every === 'week' ? isoWeekOf(time) : day.slice(0, 7);
    const kept = last.get(interval);
    if (!kept || Date.parse(kept.date) < time) last.set(interval, { ...commit, interval, day });
  }
  return [...last.values()].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
}

/** The UTC ISO 8601 week of a moment: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeekOf(time: number): string {
  const date = new Date(time);
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday); // the Thursday of this week decides its year
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
