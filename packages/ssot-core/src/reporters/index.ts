/**
 * The reporters (SPEC §7): pure functions of the workspace report, one per format, in one map.
 * The caller (the plugin's `report` executor) picks formats, prints the terminal one and writes the
 * others under their file names.
 */
import type { Reporter } from './reporter';

export type { Reporter, ReporterOptions } from './reporter';

export type ReportFormat = 'terminal' | 'markdown' | 'json' | 'sarif' | 'html';

export const REPORT_FORMATS: readonly ReportFormat[] = ['terminal', 'markdown', 'json', 'sarif', 'html'];

/**
 * The renderers (37 modules, about 30 ms of CPU) are loaded on the first rendering, not with
 * `require('ssot-core')`: every `ssot-check` task loads the package and none renders a report.
 */
let renderers: typeof import('./renderers') | undefined;
const load = (): typeof import('./renderers') => (renderers ??= require('./renderers'));

export const REPORTERS: Record<ReportFormat, Reporter> = {
  terminal: (report, options) => load().renderTerminal(report, options),
  markdown: (report, options) => load().renderMarkdown(report, options),
  json: (report, options) => load().renderJson(report, options),
  sarif: (report, options) => load().renderSarif(report, options),
  html: (report, options) => load().renderHtml(report, options),
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
