import type { NormalizedRegistry } from '../registry/normalized-registry';
import type { OwnerIndex } from '../owners/owner-index';
import { computeCoverage } from '../result/compute-totals';
import { compareStrings } from '../result/fingerprint';
import type { ProjectResult } from '../result/project-result';
import type { Matrices, Matrix } from './report-model';
import { addCounts, countByOwner, tierNamer, type CountsByEntry } from './rollups';

/** Project × SSOT (from each project's totals) and owner × SSOT (from the sites of each owner's files). */
export function buildMatrices(registry: NormalizedRegistry, results: readonly ProjectResult[], index: OwnerIndex): Matrices {
  const tierName = tierNamer(registry);
  const byProject = new Map<string, CountsByEntry>();
  for (const result of results) {
    const counts: CountsByEntry = new Map();
    for (const [entry, totals] of Object.entries(result.entries)) if (totals.usage + totals.bypass > 0) addCounts(counts, entry, totals.usage, totals.bypass);
    byProject.set(result.project, counts);
  }
  return { projects: toMatrix(byProject, tierName), owners: toMatrix(countByOwner(results, index), tierName) };
}

/** Rows and columns most bypass sites first (then by name), as every table of the report. */
function toMatrix(rows: Map<string, CountsByEntry>, tierName: (coverage: number | null) => string | null): Matrix {
  const columnBypass = new Map<string, number>();
  for (const counts of rows.values()) for (const [entry, row] of counts) columnBypass.set(entry, (columnBypass.get(entry) ?? 0) + row.bypass);
  const rowBypass = (counts: CountsByEntry) => [...counts.values()].reduce((sum, row) => sum + row.bypass, 0);
  const rowNames = [...rows.keys()].filter((name) => (rows.get(name)?.size ?? 0) > 0).sort((a, b) => rowBypass(rows.get(b) ?? new Map()) - rowBypass(rows.get(a) ?? new Map()) || compareStrings(a, b));
  const columns = [...columnBypass.keys()].sort((a, b) => (columnBypass.get(b) ?? 0) - (columnBypass.get(a) ?? 0) || compareStrings(a, b));
  const cells = rowNames.map((name) =>
    columns.map((entry) => {
      const row = rows.get(name)?.get(entry);
      if (!row) return null;
      const coverage = computeCoverage(row.usage, row.bypass);
      return { usage: row.usage, bypass: row.bypass, coverage, tier: tierName(coverage) };
    }),
  );
  return { rows: rowNames, columns, cells };
}
