import type { GoalEta } from './report-model';

/** A dated coverage value, from the history or from this run. */
export interface CoveragePoint {
  date: string;
  coverage: number;
}

/** SPEC §7: the projection reads the recent rate, not the whole history. */
export const ETA_FIT_POINTS = 8;

/** A least-squares line of coverage over days: `valueAt(day)` = meanY + slope × (day − meanX). */
export interface CoverageFit {
  points: number;
  /** Coverage points per day; absent with fewer than 2 days. */
  slope?: number;
  valueAt(day: number): number;
}

const DAY_MS = 86_400_000;
// Date.parse and toISOString stay four-digit below this day: a later crossing is no date to show.
const LAST_DAY = dayNumber('9999-12-31');

export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export function dayToDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The line through the last 8 days that have coverage (the latest value of a day wins). */
export function fitCoverage(points: readonly CoveragePoint[]): CoverageFit {
  const byDay = new Map<number, number>();
  for (const point of points) byDay.set(dayNumber(point.date), point.coverage);
  const recent = [...byDay].sort((a, b) => a[0] - b[0]).slice(-ETA_FIT_POINTS);
  const meanX = recent.reduce((sum, [x]) => sum + x, 0) / recent.length;
  const meanY = recent.reduce((sum, [, y]) => sum + y, 0) / recent.length;
  if (recent.length < 2) return { points: recent.length, valueAt: () => meanY };
  let numerator = 0;
  let denominator = 0;
  for (const [x, y] of recent) {
    numerator += (x - meanX) * (y - meanY);
    denominator += (x - meanX) ** 2;
  }
  const slope = numerator / denominator;
  return { points: recent.length, slope, valueAt: (day) => meanY + slope * (day - meanX) };
}

/**
 * When coverage reaches `target` at the fitted rate (SPEC §7 "projected date, not at this rate, or
 * met"). A crossing the line puts in the past while coverage is still short says "today", the
 * earliest day it could be met.
 */
export function estimateEta(target: number, by: string, current: number | null, fit: CoverageFit, today: string): GoalEta {
  const base = { points: fit.points, ...(fit.slope !== undefined ? { ratePerMonth: round(fit.slope * 30) } : {}) };
  if (current === null) return { status: 'no-data', ...base };
  if (current >= target) return { status: 'met', ...base };
  if (fit.slope === undefined) return { status: 'not-enough-history', ...base };
  if (fit.slope <= 0) return { status: 'not-at-this-rate', ...base };
  // The first whole day on or above the line's crossing; the epsilon keeps 30.0000000001 at 30.
  const crossing = Math.ceil((target - fit.valueAt(0)) / fit.slope - 1e-9);
  const day = Math.max(crossing, dayNumber(today));
  if (!Number.isFinite(day) || day > LAST_DAY) return { status: 'not-at-this-rate', ...base };
  const lateBy = day - dayNumber(by);
  return lateBy > 0 ? { status: 'late', date: dayToDate(day), lateByDays: lateBy, ...base } : { status: 'on-track', date: dayToDate(day), ...base };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
