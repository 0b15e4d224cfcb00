import type { WhyNotAnalysed } from './compare-baseline';
import { computeCoverage } from './compute-totals';
import type { Diagnostic, EntryTotals, KeptBaselineItem, NotAnalysedFile } from './project-result.generated';

/**
 * The diagnostics that mean a listed file was not (fully) analysed. A syntax error is one: the
 * parser recovers, and what it recovered is counted, but a known bypass it lost is not "fixed".
 */
export const NOT_ANALYSED_CODES: ReadonlySet<string> = new Set(['file-unreadable', 'file-too-large', 'binary-file', 'scan-failed', 'syntax-error']);

/** The analysed scope's files that were not analysed, each with its first reason, sorted by file. */
export function findNotAnalysed(files: string[], diagnostics: Diagnostic[]): NotAnalysedFile[] {
  const listed = new Set(files);
  const reasons = new Map<string, string>();
  for (const diagnostic of diagnostics) {
    if (NOT_ANALYSED_CODES.has(diagnostic.code) && listed.has(diagnostic.file) && !reasons.has(diagnostic.file)) reasons.set(diagnostic.file, diagnostic.code);
  }
  return [...reasons].map(([file, reason]) => ({ file, reason })).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

export interface ProjectFiles {
  project: string;
  /** The files this run listed for the project (analysed or not). */
  files: string[];
  notAnalysed: NotAnalysedFile[];
  fileExists(file: string): boolean;
  getOwner(file: string): string;
}

/**
 * Why a baseline item's file was not analysed: its diagnostic's code; `excluded` when it still
 * exists in the project but the run did not list it (`include`/`exclude`, ignore files). A file
 * that is gone, or that another project owns now (its sites count there), gives undefined: fixed.
 */
export function createWhyNotAnalysed({ project, files, notAnalysed, fileExists, getOwner }: ProjectFiles): WhyNotAnalysed {
  const reasons = new Map(notAnalysed.map((entry) => [entry.file, entry.reason]));
  const listed = new Set(files);
  return (file) => {
    const reason = reasons.get(file);
    if (reason !== undefined) return reason;
    if (listed.has(file) || !fileExists(file) || getOwner(file) !== project) return undefined;
    return 'excluded';
  };
}

/**
 * Kept items still count as bypasses, so coverage never improves because a file could not be read;
 * with files not analysed, every row is marked incomplete. Changes `totals` in place.
 */
export function addKeptItems(totals: Record<string, EntryTotals>, kept: KeptBaselineItem[], incomplete: boolean): void {
  for (const item of kept) {
    const row = totals[item.entry];
    if (!row) continue; // an entry that no longer applies to the project: nothing to keep it under
    row.bypass += 1;
    row.kept = (row.kept ?? 0) + 1;
  }
  for (const row of Object.values(totals)) {
    if (row.kept !== undefined) row.coverage = computeCoverage(row.usage, row.bypass);
    if (incomplete) row.incomplete = true;
  }
}
