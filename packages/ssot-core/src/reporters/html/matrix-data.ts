/**
 * The counts behind the two coverage matrices, embedded with the explorer's data instead of being
 * written into each cell: a cell of the page carries its coverage and its tier's colour only, and
 * the page's script reads the rest from here when the cell is hovered or focused. At 200 projects ×
 * 50 SSOTs that is a few bytes a cell instead of the same sentence three times over.
 */
import type { Matrices, Matrix } from '../../report/report-model';

/** One matrix, row by row: slot `row * columns + column` of each array (`-1` where the row has no site of that SSOT). */
export interface MatrixCounts {
  /** Usage sites. */
  u: number[];
  /** Bypass sites. */
  b: number[];
  /** The cell's tier, an index into `MatrixData.tiers`. */
  t: number[];
}

export interface MatrixData {
  tiers: string[];
  projects: MatrixCounts;
  owners: MatrixCounts;
}

export function buildMatrixData(matrices: Matrices): MatrixData {
  const tiers: string[] = [];
  const tierIndex = (name: string | null): number => {
    if (name === null) return -1;
    const index = tiers.indexOf(name);
    return index >= 0 ? index : tiers.push(name) - 1;
  };
  const counts = (matrix: Matrix): MatrixCounts => {
    const out: MatrixCounts = { u: [], b: [], t: [] };
    for (const row of matrix.cells) {
      for (const cell of row) {
        out.u.push(cell === null ? -1 : cell.usage);
        out.b.push(cell === null ? -1 : cell.bypass);
        out.t.push(cell === null ? -1 : tierIndex(cell.tier));
      }
    }
    return out;
  };
  return { projects: counts(matrices.projects), owners: counts(matrices.owners), tiers };
}
