import type { Goal } from '../registry/normalized-registry';
import type { GoalReport, GoalState } from './report-model';
import { dayNumber, estimateEta, fitCoverage, type CoveragePoint } from './goal-eta';

export type { CoveragePoint } from './goal-eta';

/**
 * SPEC §7 goals: current against each dated goal, and when it will be met. One least-squares line
 * through the last 8 points gives both the ETA and the coverage projected at the goal's date, so
 * the state agrees with the ETA: `met`; `on-track` when the line reaches the target by the date;
 * `behind` when it reaches it later, never (flat or falling), or the date has passed unmet;
 * `no-data` with no coverage today or fewer than two points.
 */
export function evaluateGoal(subject: string, kind: 'entry' | 'tier', goal: Goal, current: number | null, points: CoveragePoint[], today: string): GoalReport {
  const fit = fitCoverage(points);
  const eta = estimateEta(goal.coverage, goal.by, current, fit, today);
  const base = { subject, kind, by: goal.by, target: goal.coverage, current };
  const due = goal.by < today;
  const projected = due || fit.slope === undefined || eta.status === 'met' || eta.status === 'no-data' ? null : clampPercent(fit.valueAt(dayNumber(goal.by)));
  return { ...base, projected, state: stateOf(eta.status, due), eta };
}

function stateOf(status: GoalReport['eta']['status'], due: boolean): GoalState {
  if (status === 'met' || status === 'no-data') return status;
  if (due) return 'behind';
  if (status === 'not-enough-history') return 'no-data';
  return status === 'on-track' ? 'on-track' : 'behind';
}

/** Least squares through the last 8 points, evaluated at `date`; clamped to 0..100, one decimal. */
export function project(points: CoveragePoint[], date: string): number | null {
  const fit = fitCoverage(points);
  return fit.slope === undefined ? null : clampPercent(fit.valueAt(dayNumber(date)));
}

function clampPercent(value: number): number {
  return Math.round(Math.min(100, Math.max(0, value)) * 10) / 10;
}
