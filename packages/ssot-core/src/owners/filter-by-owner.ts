import { computeTotals, isCountedBypass } from '../result/compute-totals';
import type { ProjectResult } from '../result/project-result';
import type { OwnerIndex } from './owner-index';

/**
 * `--owner`: each result cut down to the sites and findings in that owner's files, its totals
 * recomputed from them. What is about the registry rather than the code (matcher counts, sources)
 * stays whole, so a filtered report raises no workspace warning the full one would not. Kept
 * baseline items are dropped: their files were not analysed, so their owners are not known.
 */
export function filterResultsByOwner(results: readonly ProjectResult[], owner: string, index: OwnerIndex): ProjectResult[] {
  const owns = (file: string) => index.ownersOf(file).includes(owner);
  return results.map((result) => {
    const sites = result.sites.filter((site) => owns(site.file));
    const entries = computeTotals(sites, Object.keys(result.entries));
    for (const [name, totals] of Object.entries(result.entries)) if (totals.incomplete) entries[name].incomplete = true;
    const bypass = sites.filter(isCountedBypass);
    const known = bypass.filter((site) => site.known === true).length;
    return {
      ...result,
      sites,
      entries,
      findings: result.findings.filter((finding) => owns(finding.file)),
      baseline: { ...result.baseline, known, new: bypass.length - known, fixed: result.baseline.fixed.filter((item) => owns(item.file)), kept: [] },
    };
  });
}
