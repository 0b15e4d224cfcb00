import type { Goal } from '../registry/normalized-registry';
import type { GoalReport, GoalState } from './report-model';

/** A dated coverage value, from the history or from this run. */
export interface CoveragePoint {
  date: string;
  coverage: number;
}

/**
 * SPEC §7 goals: current against each dated goal. `met` when current reaches the target; else,
 * with two snapshots or more, a least-squares line through (day, coverage) projected to the goal's
 * date says `on-track` or `behind`; a goal whose date has passed unmet is `behind`.
 */
export function evaluateGoal(subject: string, kind: 'entry' | 'tier', goal: Goal, current: number | null, points: CoveragePoint[], today: string): GoalReport {
  const base = { subject, kind, by: goal.by, target: goal.coverage, current };
  if (current === null) return { ...base, projected: null, state: 'no-data' };
  if (current >= goal.coverage) return { ...base, projected: null, state: 'met' };
  if (goal.by < today) return { ...base, projected: null, state: 'behind' };
  const projected = project(points, goal.by);
  const state: GoalState = projected === null ? 'no-data' : projected >= goal.coverage ? 'on-track' : 'behind';
  return { ...base, projected, state };
}

/** Least squares through the points, evaluated at `date`; clamped to 0..100, one decimal. */
export function project(points: CoveragePoint[], date: string): number | null {
  const unique = new Map<number, number>();
  for (const point of points) unique.set(dayNumber(point.date), point.coverage); // the latest value of a day wins
  if (unique.size < 2) return null;
  const xs = [...unique.keys()];
  const ys = [...unique.values()];
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanY = ys.reduce((a, b) => a + b, 0) / ys.length;
  let numerator = 0;
  let denominator = 0;
  xs.forEach((x, index) => {
    numerator += (x - meanX) * (ys[index] - meanY);
    denominator += (x - meanX) ** 2;
  });
  const slope = numerator / denominator;
  const value = meanY + slope * (dayNumber(date) - meanX);
  return Math.round(Math.min(100, Math.max(0, value)) * 10) / 10;
}

function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}
