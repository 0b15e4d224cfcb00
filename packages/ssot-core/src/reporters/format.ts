/**
 * Wording and number formats shared by the human-readable reporters, so the terminal, Markdown and
 * HTML pages say the same thing in the same way. Plain text: each reporter escapes for its medium.
 */
import type { GoalState, TierReport, TierStatus, WorkspaceReport } from '../report/report-model';
import type { UsagePattern } from '../result/site';

/** `72.4%`, always one decimal so columns line up; null is "no data", never 100 % (SPEC §4). */
export function formatPercent(value: number | null): string {
  return value === null ? 'no data' : `${value.toFixed(1)}%`;
}

/** Factory adoption when no construction of an SSOT that has a factory was found: a sentence of its own. */
export const FACTORY_ADOPTION_NO_DATA = 'Factory adoption: no data (no construction of an SSOT that has a factory was found).';
/** What the factory-adoption figure measures, after the figure. */
export const FACTORY_ADOPTION_MEANING = 'of the constructions of SSOTs that have a factory go through it.';

/** A change in percentage points with its sign, e.g. `+2.3 pts`, `-3.3 pts`. */
export function formatDelta(value: number | null): string {
  if (value === null) return 'no data';
  const sign = value > 0 ? '+' : value < 0 ? '-' : '±';
  return `${sign}${Math.abs(value).toFixed(1)} pts`;
}

/** Ends a clause with a full stop unless it already ends with punctuation (fixes come without one). */
export function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Thousands separated by commas, independent of the machine's locale. */
export function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

export function formatBand(tier: Pick<TierReport, 'min' | 'max'>): string {
  return `${tier.min}–${tier.max}%`;
}

export const TIER_STATUS_LABEL: Record<TierStatus, string> = {
  excellent: 'excellent',
  good: 'good',
  'needs-work': 'needs work',
  poor: 'poor adoption',
};

export const GOAL_STATE_LABEL: Record<GoalState, string> = {
  met: 'met',
  'on-track': 'on track',
  behind: 'behind',
  'no-data': 'no data',
};

export const PATTERN_LABEL: Record<UsagePattern, string> = {
  factory: 'factory',
  direct: 'direct import',
  'legacy-shim': 'legacy shim',
  'deep-import': 'deep import',
};

/** A band's status, or null for an empty band: its rank says nothing when no SSOT is in it. */
export function statusOfTier(tier: Pick<TierReport, 'classCount' | 'status'>): TierStatus | null {
  return tier.classCount > 0 ? tier.status : null;
}

/** The status of the band a coverage value falls in (the first band whose lower bound it reaches). */
export function statusOf(tiers: TierReport[], coverage: number | null): TierStatus | null {
  if (coverage === null || tiers.length === 0) return null;
  const band = [...tiers].sort((a, b) => b.min - a.min).find((tier) => coverage >= tier.min);
  return (band ?? tiers[tiers.length - 1]).status;
}

/** `passing`, or `failing (N causes)`: the report's own verdict (SPEC §7), not a judgement of ours. */
export function formatVerdict(report: WorkspaceReport): string {
  return report.failures.length === 0 ? 'passing' : `failing (${plural(report.failures.length, 'cause')})`;
}

/** Entries with no sites anywhere have no tier; the reporters list them apart. */
export function entriesWithoutData(report: WorkspaceReport): string[] {
  return report.entries.filter((entry) => entry.tier === null).map((entry) => entry.name);
}

/** Every distinct validate command of the action items, in rank order. */
export function validationCommands(report: WorkspaceReport): string[] {
  return [...new Set(report.actionItems.flatMap((item) => item.validate))];
}

/** The snapshot the trend compares against, e.g. `since 2026-10-15 (9e8d7c6)`; null without one. */
export function formatSince(report: WorkspaceReport): string | null {
  const against = report.trend.against;
  if (!against) return null;
  return against.commit ? `since ${against.date} (${against.commit})` : `since ${against.date}`;
}
