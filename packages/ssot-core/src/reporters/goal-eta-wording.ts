/**
 * The words every format uses for a goal's ETA and for history points computed with today's
 * registry, so the terminal, Markdown and HTML say the same thing.
 */
import type { GoalEta, GoalReport, GoalState, TrendPoint } from '../report/report-model';
import { plural } from './format';

/** `2027-03-27 (on track)`, `2027-07-20 (late by 111 days)`, `not at this rate`, `met`… */
export function formatEta(eta: GoalEta): string {
  switch (eta.status) {
    case 'on-track':
      return `${eta.date} (on track)`;
    case 'late':
      return `${eta.date} (late by ${plural(eta.lateByDays ?? 0, 'day')})`;
    case 'not-at-this-rate':
      return 'not at this rate';
    case 'not-enough-history':
      return 'not enough history';
    case 'no-data':
      return 'no data';
    default:
      return 'met';
  }
}

/** The footnote marker on a point analysed with today's registry. */
export const TODAYS_REGISTRY_MARK = '†';

export function usedTodaysRegistry(point: TrendPoint): boolean {
  return point.registry?.from === 'today';
}

/** Why one point was analysed with today's registry, for a tooltip. */
export function describeTodaysRegistry(point: TrendPoint): string {
  const why = point.registry?.reason === 'unreadable' ? 'its registry could not be read by this version' : 'it had no registry';
  return `analysed with today's registry: ${why}`;
}

/** The footnote under a list of points, when one of them carries the mark. */
export function todaysRegistryFootnote(points: readonly TrendPoint[]): string | undefined {
  if (!points.some(usedTodaysRegistry)) return undefined;
  return `${TODAYS_REGISTRY_MARK} computed from a commit with no registry, or one this version cannot read: that point used today's registry.`;
}

const GOAL_ORDER: Record<GoalState, number> = { behind: 0, 'no-data': 1, 'on-track': 2, met: 3 };

/** Goals that need attention first; equal states keep the model's order (sort is stable). */
export function rankGoals(goals: readonly GoalReport[]): GoalReport[] {
  return [...goals].sort((a, b) => GOAL_ORDER[a.state] - GOAL_ORDER[b.state]);
}
