import type { Matrix } from '../../report/report-model';
import { sampleReport } from '../__fixtures__/sample-report';
import { buildMatrixData, type MatrixCounts } from './matrix-data';

const EMPTY: Matrix = { rows: [], columns: [], cells: [] };

/** Cell `[row][column]` read back from the flat arrays, as the page's script reads it. */
function cellAt(counts: MatrixCounts, tiers: string[], columns: number, row: number, column: number) {
  const i = row * columns + column;
  return counts.u[i] < 0 ? null : { usage: counts.u[i], bypass: counts.b[i], tier: counts.t[i] < 0 ? null : tiers[counts.t[i]] };
}

describe('buildMatrixData', () => {
  it.each<[string, Matrix, Array<{ usage: number; bypass: number; tier: string | null } | null>]>([
    ['no row', EMPTY, []],
    [
      'a null cell, a cell with no tier, and a tier named twice',
      {
        rows: ['api', 'web'],
        columns: ['A', 'B'],
        cells: [
          [{ usage: 3, bypass: 1, coverage: 75, tier: 'Tier 2' }, null],
          [{ usage: 0, bypass: 0, coverage: null, tier: null }, { usage: 9, bypass: 1, coverage: 90, tier: 'Tier 2' }],
        ],
      },
      [{ usage: 3, bypass: 1, tier: 'Tier 2' }, null, { usage: 0, bypass: 0, tier: null }, { usage: 9, bypass: 1, tier: 'Tier 2' }],
    ],
  ])('%s: every cell row by row, the tier named once', (_, projects, expected) => {
    const data = buildMatrixData({ projects, owners: EMPTY });
    const cells = projects.rows.flatMap((_row, r) => projects.columns.map((_column, c) => cellAt(data.projects, data.tiers, projects.columns.length, r, c)));
    expect(cells).toEqual(expected);
    expect(new Set(data.tiers).size).toBe(data.tiers.length);
    expect(data.owners).toEqual({ u: [], b: [], t: [] });
  });

  it('carries every cell of the sample\'s two matrices', () => {
    const data = buildMatrixData(sampleReport.matrices);
    for (const [counts, matrix] of [[data.projects, sampleReport.matrices.projects], [data.owners, sampleReport.matrices.owners]] as const) {
      const back = matrix.cells.map((row, r) => row.map((_cell, c) => cellAt(counts, data.tiers, matrix.columns.length, r, c)));
      expect(back).toEqual(matrix.cells.map((row) => row.map((cell) => (cell === null ? null : { usage: cell.usage, bypass: cell.bypass, tier: cell.tier }))));
    }
  });
});
