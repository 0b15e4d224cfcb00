import type { Matrix, MatrixCell, TierStatus, WorkspaceReport } from '../report/report-model';
import { NO_OWNER } from '../owners/owner-index';
import { formatPercent } from './format';

/** Under `--owner`, what the heading of every format says: `only @team's code (--owner)`; else undefined. */
export function describeOwnerFilter(report: Pick<WorkspaceReport, 'ownership'>): string | undefined {
  const { filter } = report.ownership;
  return filter === undefined ? undefined : `only ${filter}'s code (--owner)`;
}

/** A file's owners as the report records them, `(no owner)` when it lists none. */
export function getFileOwners(report: WorkspaceReport, file: string): string[] {
  return report.ownership.files[file] ?? [NO_OWNER];
}

/** Where the owners come from, in words, for every format's heading. */
export function describeOwnersSource(report: WorkspaceReport): string {
  const { from, file } = report.ownership;
  const source = from === 'codeowners' ? `from ${file ?? 'CODEOWNERS'}` : from === 'tags' ? 'from the projects\' team tags' : 'none recorded (re-run the checks)';
  const only = describeOwnerFilter(report);
  return only === undefined ? `Owners ${source}.` : `Owners ${source}; ${only}.`;
}

/**
 * `api × JsonCodec: 12 usage, 3 bypass, coverage 80.0%, Tier 2 Critical`: how a matrix cell is named.
 * report.html's script builds the same words in the browser from the embedded counts
 * (`html/matrix-script.ts`); its browser spec checks every cell against this.
 */
export function describeCell(row: string, column: string, cell: MatrixCell): string {
  return `${row} × ${column}: ${cell.usage} usage, ${cell.bypass} bypass, coverage ${formatPercent(cell.coverage)}${cell.tier ? `, ${cell.tier}` : ''}`;
}

/** The first `rows` × `columns` of a matrix, and how much was left out. */
export function capMatrix(matrix: Matrix, rows: number, columns: number): { matrix: Matrix; rowsLeft: number; columnsLeft: number } {
  return {
    matrix: { rows: matrix.rows.slice(0, rows), columns: matrix.columns.slice(0, columns), cells: matrix.cells.slice(0, rows).map((row) => row.slice(0, columns)) },
    rowsLeft: Math.max(0, matrix.rows.length - rows),
    columnsLeft: Math.max(0, matrix.columns.length - columns),
  };
}

/** A cell's or rollup's tier as a status, for its colour: the report's own tiers decide (SPEC §3). */
export function tierStatusOf(report: WorkspaceReport, tier: string | null): TierStatus | null {
  return tier === null ? null : (report.tiers.find((candidate) => candidate.name === tier)?.status ?? null);
}
