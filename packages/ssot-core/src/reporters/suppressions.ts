/**
 * What the human-facing formats show of suppressed sites (SPEC §4 "Inline suppressions"): how many
 * per SSOT and per project, and each place with its comment and reason. Plain text: each reporter
 * escapes for its medium; report.json has every site.
 */
import type { WorkspaceReport } from '../report/report-model';
import type { Site } from '../result/site';
import { plural } from './format';

/** How many places each format lists before "…and N more". */
export const SUPPRESSION_PLACES = { terminal: 5, markdown: 20, html: 50 } as const;

export const SUPPRESSION_MEANING =
  'Bypass sites that an inline comment suppresses (ssot-ignore-next-line, ssot-ignore-file, or an eslint-disable comment for an ssot rule): counted apart, like exempt ones, and not in coverage.';

/** Every suppressed site of the report, sorted by file and position. */
export function listSuppressedSites(report: WorkspaceReport): Site[] {
  return report.entries.flatMap((entry) => entry.suppressedSites ?? []).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}

/** `Logger 2, Json 1`: the SSOTs (or projects) with suppressed sites, most first. */
export function countSuppressedBy(report: WorkspaceReport, by: 'entries' | 'projects'): string {
  return report[by]
    .filter((row) => (row.suppressed ?? 0) > 0)
    .sort((a, b) => (b.suppressed ?? 0) - (a.suppressed ?? 0))
    .map((row) => `${row.name} ${row.suppressed}`)
    .join(', ');
}

/** `ssot-ignore-next-line (line 12): boot output` or `… : no reason given`. */
export function describeSuppression(site: Site): string {
  const { suppressed } = site;
  if (!suppressed) return '';
  return `${suppressed.by} (line ${suppressed.line}): ${suppressed.reason ?? 'no reason given'}`;
}

/** `3 suppressed bypass sites`, or undefined when there are none. */
export function countSuppressed(report: WorkspaceReport): string | undefined {
  const count = report.totals.suppressed ?? 0;
  return count > 0 ? plural(count, 'suppressed bypass site') : undefined;
}
