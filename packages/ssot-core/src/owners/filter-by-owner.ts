import { computeTotals, isCountedBypass } from '../result/compute-totals';
import { addKeptItems } from '../result/not-analysed';
import type { ProjectResult } from '../result/project-result';
import type { OwnerIndex } from './owner-index';

/**
 * `--owner`: each result cut down to what is in that owner's files — sites, findings, baseline
 * items fixed and kept, files not analysed, diagnostics — its totals recomputed from them (a kept
 * item counts as a bypass of its entry, as in the check). Every file a result names has its owners
 * recorded, so a fixed item whose file has no site left, or a kept item whose file was not
 * analysed, goes to the owner of its file, never to "(no owner)" by default. What is about the
 * registry rather than the code (matcher counts, sources, near names) stays whole, and so do the
 * diagnostics about the owners themselves (`codeowners-*`: they decide what the filter shows).
 * Every result stays (an SSOT's source is placed through its project's result); `ownsCodeIn` tells
 * which projects the owner's tables list.
 */
export function filterResultsByOwner(results: readonly ProjectResult[], owner: string, index: OwnerIndex): ProjectResult[] {
  const owns = (place: { file: string }) => index.ownersOf(place.file).includes(owner);
  return results.map((result) => {
    const sites = result.sites.filter(owns);
    const notAnalysed = (result.notAnalysed ?? []).filter(owns);
    const kept = (result.baseline.kept ?? []).filter(owns);
    const entries = computeTotals(sites, Object.keys(result.entries));
    addKeptItems(entries, kept, notAnalysed.length > 0);
    const bypass = sites.filter(isCountedBypass);
    const known = bypass.filter((site) => site.known === true).length;
    // A result written before owners counted analysed files keeps the project's count.
    const counts = result.owners?.filesAnalysed;
    return {
      ...result,
      filesAnalysed: counts ? (counts[owner] ?? 0) : result.filesAnalysed,
      notAnalysed,
      sites,
      entries,
      findings: result.findings.filter(owns),
      diagnostics: result.diagnostics.filter((diagnostic) => owns(diagnostic) || diagnostic.code.startsWith('codeowners-')),
      baseline: { ...result.baseline, known, new: bypass.length - known, fixed: result.baseline.fixed.filter(owns), kept },
    };
  });
}

/** Whether a filtered result has any of the owner's code: files analysed or not, sites, findings, baseline items. */
export function ownsCodeIn(result: ProjectResult): boolean {
  const { filesAnalysed, notAnalysed, sites, findings, baseline } = result;
  return filesAnalysed > 0 || [notAnalysed ?? [], sites, findings, baseline.fixed, baseline.kept ?? []].some((list) => list.length > 0);
}
