/**
 * The anti-pattern rows the Markdown and HTML reports show (SPEC §5): the detectors' findings
 * grouped by detector and SSOT, plus usages that reach into another library's internals
 * (`deep-import`, a usage pattern rather than a detector).
 */
import { compareStrings } from '../result/fingerprint';
import type { WorkspaceReport } from '../report/report-model';
import type { DetectorId, Finding } from '../result/project-result.generated';

export type AntiPatternId = DetectorId | 'deep-import';

export interface AntiPatternRow {
  id: AntiPatternId;
  /** The SSOT concerned, or `—` for workspace-wide findings (error handling). */
  entry: string;
  sites: number;
  fix: string;
  /** The first place, `file:line`; for a finding about the whole workspace, its first related place or `whole workspace`. */
  where: string;
  /** The file and line of `where` when it is a place in the code (report.html links it). */
  place?: { file: string; line: number };
}

export const ANTI_PATTERN_LABEL: Record<AntiPatternId, string> = {
  'duplicate-implementation': 'duplicate implementation',
  'factory-bypass': 'factory bypass',
  'silent-failure': 'silent failure',
  'multiple-import-paths': 'multiple import paths',
  'inconsistent-error-handling': 'inconsistent error handling',
  'legacy-shim': 'legacy shim',
  'deep-import': 'deep import',
};

/** A workspace finding sits at `.` (no file of its own): `.:1` would read as a place, and is none; its first related place is. */
export function getFirstPlace(finding: Pick<Finding, 'file' | 'line' | 'related'>): { file: string; line: number } | undefined {
  if (finding.file !== '.') return { file: finding.file, line: finding.line };
  const [first] = finding.related ?? [];
  return first ? { file: first.file, line: first.line } : undefined;
}

export function describeFirstPlace(finding: Pick<Finding, 'file' | 'line' | 'related'>): string {
  const place = getFirstPlace(finding);
  return place ? `${place.file}:${place.line}` : 'whole workspace';
}

/** One row per (anti-pattern, entry), most occurrences first. */
export function collectAntiPatterns(report: WorkspaceReport): AntiPatternRow[] {
  const rows = new Map<string, AntiPatternRow>();
  for (const finding of report.findings) {
    const entry = finding.entry ?? '—';
    const key = `${finding.detector}\0${entry}`;
    const row = rows.get(key);
    if (row) row.sites += 1;
    else {
      const place = getFirstPlace(finding);
      rows.set(key, { id: finding.detector, entry, sites: 1, fix: finding.fix, where: describeFirstPlace(finding), ...(place && { place }) });
    }
  }
  for (const entry of report.entries) {
    const deep = entry.byPattern['deep-import'] ?? 0;
    if (deep > 0) {
      const first = `${entry.location}`;
      rows.set(`deep-import\0${entry.name}`, { id: 'deep-import', entry: entry.name, sites: deep, fix: `import ${entry.name} through its project's public entry`, where: first });
    }
  }
  // Most sites first, then by name (detector, then SSOT), as every table of the report.
  return [...rows.values()].sort((a, b) => b.sites - a.sites || compareStrings(a.id, b.id) || compareStrings(a.entry, b.entry));
}
