/**
 * What every human-facing format shows of the report's diagnostics: counts, the first workspace
 * warnings and the first places of each per-file code (report.json has them all).
 */
import type { DiagnosticGroup, WorkspaceReport, WorkspaceWarning } from '../report/report-model';
import { plural } from './format';

export const DIAGNOSTIC_LIMITS = { warnings: 10, places: 3 } as const;

/** `2 workspace warnings, 8 file diagnostics`, or undefined when there are none. */
export function countDiagnostics(report: WorkspaceReport): string | undefined {
  const warnings = report.diagnostics.workspace.length;
  const files = report.diagnostics.files.reduce((sum, group) => sum + group.count, 0);
  if (warnings === 0 && files === 0) return undefined;
  return [warnings > 0 ? plural(warnings, 'workspace warning') : undefined, files > 0 ? plural(files, 'file diagnostic') : undefined].filter(Boolean).join(', ');
}

/** The first workspace warnings and how many more there are. */
export function firstWarnings(report: WorkspaceReport): { shown: WorkspaceWarning[]; rest: number } {
  const all = report.diagnostics.workspace;
  return { shown: all.slice(0, DIAGNOSTIC_LIMITS.warnings), rest: Math.max(0, all.length - DIAGNOSTIC_LIMITS.warnings) };
}

/** `file:line:column` of the group's first places (and the places, for report.html's links), and how many more there are. */
export function firstPlaces(group: DiagnosticGroup): { shown: string[]; places: DiagnosticGroup['places']; rest: number } {
  const places = group.places.slice(0, DIAGNOSTIC_LIMITS.places);
  return { shown: places.map((place) => `${place.file}:${place.line}:${place.column}`), places, rest: group.count - places.length };
}

/** Where a workspace warning sits in the registry: `ssot.json:12:9 $.entries[2].bypasses[1]`. */
export { formatWarningPlace as warningPlace } from '../report/workspace-warnings';

export const STRICT_NOTE = 'they fail the report under "strict": true in the registry, or with --strict';
