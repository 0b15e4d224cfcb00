import type { NormalizedEntry } from '../registry/normalized-registry';

/**
 * Per entry (keys sorted), how many sites each of its bypass matchers matched, in the order of its
 * `bypasses`; zeros included. Exempt sites count (the matcher did match), and a site two matchers
 * match counts for both. Summed over every project, a zero names a matcher that matches nothing in
 * the workspace (SPEC §6), which no single project can tell.
 */
export function countMatcherSites(sites: ReadonlyArray<{ entry: string; matchers?: number[] }>, entries: readonly NormalizedEntry[]): Record<string, number[]> {
  const counts = new Map(entries.map((entry) => [entry.name, entry.bypasses.map(() => 0)]));
  for (const site of sites) {
    const row = counts.get(site.entry);
    if (row === undefined) continue;
    for (const matcher of site.matchers ?? []) if (matcher < row.length) row[matcher] += 1;
  }
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
