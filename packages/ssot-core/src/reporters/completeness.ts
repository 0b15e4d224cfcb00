/**
 * What every human-facing format says when a run could not see everything (SPEC §7): files not
 * analysed per project, baseline items kept because of them, coverage marked incomplete (never
 * shown as improved), and baselines still in format 1 with the command that upgrades them.
 * Plain text: each reporter escapes for its medium.
 */
import { compareStrings } from '../result/fingerprint';
import type { BaselineSummary, DiagnosticPlace, KeptItem, TierReport, WorkspaceReport } from '../report/report-model';
import { groupKeptItems } from '../result/compare-baseline';
import type { NotAnalysedFile } from '../result/project-result.generated';
import { formatDelta, formatPercent } from './format';

export const COMPLETENESS_LIMITS = { projects: 10, files: 3, keptItems: 3, upgrades: 10 } as const;

/** After a figure that may miss sites of files not analysed; the footnote below says why. */
export const INCOMPLETE_MARK = '*';
export const INCOMPLETE_NOTE = 'incomplete: files it covers were not analysed (see Diagnostics); their known bypasses still count, so the figure never reads better than it is';

/** `62.5%*` when incomplete, else `62.5%`; "no data" is never marked (there is no figure to doubt). */
export function formatCoverage(value: number | null, incomplete: boolean | undefined): string {
  return `${formatPercent(value)}${incomplete && value !== null ? INCOMPLETE_MARK : ''}`;
}

export function hasIncomplete(report: WorkspaceReport): boolean {
  return report.entries.some((entry) => entry.incomplete === true);
}

/** A tier's average is incomplete when one of its SSOTs is. */
export function isTierIncomplete(report: WorkspaceReport, tier: Pick<TierReport, 'entries'>): boolean {
  const names = new Set(tier.entries);
  return report.entries.some((entry) => entry.incomplete === true && names.has(entry.name));
}

export function isEntryIncomplete(report: WorkspaceReport, name: string): boolean {
  return report.entries.some((entry) => entry.name === name && entry.incomplete === true);
}

/**
 * A change in points, except that a rise of an incomplete figure is not shown as an improvement:
 * files not analysed may hide the bypasses that would have kept it down.
 */
export function formatTrendDelta(delta: number | null, incomplete: boolean): string {
  return incomplete && delta !== null && delta > 0 ? 'not compared (incomplete)' : formatDelta(delta);
}

/** `0 new, 80 known, 3 fixed, 2 kept` (kept only when there are some). */
export function formatBaselineCounts(baseline: BaselineSummary): string {
  const kept = baseline.kept ? `, ${baseline.kept} kept` : '';
  return `${baseline.new} new, ${baseline.same} known, ${baseline.fixed} fixed${kept}`;
}

/** Kept items by reason with the check's own heading, and the first items of each. */
export function keptGroups(report: WorkspaceReport): { heading: string; shown: KeptItem[]; rest: number }[] {
  return groupKeptItems(report.baseline?.keptItems).map(({ heading, items }) => ({
    heading,
    shown: items.slice(0, COMPLETENESS_LIMITS.keptItems),
    rest: Math.max(0, items.length - COMPLETENESS_LIMITS.keptItems),
  }));
}

/** `apps/api/src/main.ts (api): ConfigService process.env` */
export function describeKeptItem(item: KeptItem): string {
  return `${item.file} (${item.project}): ${item.entry} ${item.text}`;
}

export interface ProjectNotAnalysed {
  project: string;
  count: number;
  shown: NotAnalysedFile[];
  rest: number;
}

/** The projects with files not analysed, most first, each with its first files and their reason. */
export function notAnalysedByProject(report: WorkspaceReport): { shown: ProjectNotAnalysed[]; rest: number; files: number } {
  const all = report.projects
    .filter((project) => (project.filesNotAnalysed ?? 0) > 0)
    .map((project) => {
      const files = project.notAnalysed ?? [];
      const count = project.filesNotAnalysed ?? files.length;
      const shown = files.slice(0, COMPLETENESS_LIMITS.files);
      return { project: project.name, count, shown, rest: count - shown.length };
    })
    .sort((a, b) => b.count - a.count || compareStrings(a.project, b.project));
  const shown = all.slice(0, COMPLETENESS_LIMITS.projects);
  return { shown, rest: all.length - shown.length, files: all.reduce((sum, project) => sum + project.count, 0) };
}

/** `apps/api/src/big.ts (file-too-large)` */
export function describeNotAnalysed(file: NotAnalysedFile): string {
  return `${file.file} (${file.reason})`;
}

export interface BaselineUpgrade {
  place: DiagnosticPlace;
  /** SPEC §6: the one baseline command, which migrates the file. */
  command: string;
}

/** The first `baseline-format-1` diagnostics, each with the command that upgrades its project's baseline, and how many more. */
export function baselineUpgrades(report: WorkspaceReport): { shown: BaselineUpgrade[]; rest: number } {
  const places = report.diagnostics.files.find((group) => group.code === 'baseline-format-1')?.places ?? [];
  const shown = places.slice(0, COMPLETENESS_LIMITS.upgrades).map((place) => ({ place, command: `nx run ${place.project}:ssot-baseline` }));
  return { shown, rest: places.length - shown.length };
}
