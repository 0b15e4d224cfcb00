/**
 * The reporters (SPEC §7): pure functions of the workspace report, one per format, in one map.
 * The caller (the plugin's `report` executor) picks formats, prints the terminal one and writes the
 * others under their file names.
 */
import { renderHtml } from './html';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';
import type { Reporter } from './reporter';
import { renderSarif } from './sarif';
import { renderTerminal } from './terminal';

export type { Reporter, ReporterOptions } from './reporter';

export type ReportFormat = 'terminal' | 'markdown' | 'json' | 'sarif' | 'html';

export const REPORT_FORMATS: readonly ReportFormat[] = ['terminal', 'markdown', 'json', 'sarif', 'html'];

export const REPORTERS: Record<ReportFormat, Reporter> = {
  terminal: renderTerminal,
  markdown: renderMarkdown,
  json: renderJson,
  sarif: renderSarif,
  html: renderHtml,
};

/** The file each format writes; `null`: printed, not written. */
export const REPORT_FILE_NAMES = {
  terminal: null,
  markdown: 'report.md',
  json: 'report.json',
  sarif: 'report.sarif',
  html: 'report.html',
} as const satisfies Record<ReportFormat, string | null>;

export function isReportFormat(value: string): value is ReportFormat {
  return REPORT_FORMATS.some((format) => format === value);
}
