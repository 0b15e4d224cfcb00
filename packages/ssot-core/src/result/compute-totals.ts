import type { EntryTotals, Site } from './site';

/**
 * A bypass site that counts as one: neither exempt nor suppressed (SPEC §4). Only these are in
 * coverage, the baseline, the check's failures and the report's bypass lists.
 */
export function isCountedBypass(site: Pick<Site, 'side' | 'exempt' | 'suppressed'>): boolean {
  return site.side === 'bypass' && !site.exempt && !site.suppressed;
}

export function emptyTotals(): EntryTotals {
  return { usage: 0, bypass: 0, coverage: null, exempt: { usage: 0, bypass: 0 }, byPattern: {}, byKind: {} };
}

/** SPEC §4 coverage: usages / (usages + bypasses) × 100, one decimal; null ("no data") with no sites. */
export function computeCoverage(usage: number, bypass: number): number | null {
  const total = usage + bypass;
  return total === 0 ? null : Math.round((usage / total) * 1000) / 10;
}

/** Per-entry totals over `sites`, with a zero row for every name in `entryNames`. Keys sorted. */
export function computeTotals(sites: Site[], entryNames: string[]): Record<string, EntryTotals> {
  const totals = new Map<string, EntryTotals>(entryNames.map((name) => [name, emptyTotals()]));
  for (const site of sites) {
    let row = totals.get(site.entry);
    if (!row) {
      row = emptyTotals();
      totals.set(site.entry, row);
    }
    if (site.exempt) {
      row.exempt[site.side] += 1;
      continue;
    }
    if (site.suppressed) {
      row.suppressed = (row.suppressed ?? 0) + 1;
      continue;
    }
    row[site.side] += 1;
    if (site.pattern) row.byPattern[site.pattern] = (row.byPattern[site.pattern] ?? 0) + 1;
    const kind = `${site.side}:${site.kind}`;
    row.byKind[kind] = (row.byKind[kind] ?? 0) + 1;
  }
  const sorted: Record<string, EntryTotals> = {};
  for (const name of [...totals.keys()].sort()) {
    const row = totals.get(name) ?? emptyTotals();
    row.coverage = computeCoverage(row.usage, row.bypass);
    row.byPattern = sortKeys(row.byPattern);
    row.byKind = sortKeys(row.byKind);
    sorted[name] = row;
  }
  return sorted;
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  const sorted: Record<string, T> = {};
  for (const key of Object.keys(record).sort()) sorted[key] = record[key];
  return sorted;
}
