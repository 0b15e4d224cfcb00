/**
 * The classes of one copied shared file (`utility/change.ts` with `InsertChange`, `RemoveChange`…)
 * are one SSOT, not one entry each: their rival facets become one facet whose entry exports them
 * all, with one bypass per copy that names every class (so each import of a copy counts once).
 */
import type { BypassMatcher } from '../registry/normalized-registry';
import type { CandidateUse, ProposalFacet } from './proposal';

/** The entry is named after the class of the file used from the most files (then by name). */
export function combineCopiedFiles(facets: ProposalFacet[], uses: ReadonlyMap<string, CandidateUse>): ProposalFacet[] {
  const used = (facet: ProposalFacet) => uses.get(facet.candidate.id)?.files.length ?? 0;
  const byFile = new Map<string, ProposalFacet[]>();
  for (const facet of facets.filter((f) => f.copiedFile)) byFile.set(facet.candidate.file, [...(byFile.get(facet.candidate.file) ?? []), facet]);
  const combined = new Map<ProposalFacet, ProposalFacet | undefined>();
  for (const group of byFile.values()) {
    if (group.length < 2) continue;
    const names = [...new Set(group.map((facet) => facet.candidate.name))].sort();
    const copyFiles = [...new Set(group.flatMap((facet) => (facet.bypasses ?? []).flatMap((m) => (m.kind === 'import' ? [m.pattern] : []))))].sort();
    const [first] = [...group].sort((a, b) => used(b) - used(a) || (a.candidate.name < b.candidate.name ? -1 : 1));
    combined.set(first, {
      ...first,
      exports: names,
      bypasses: copyFiles.map((file): BypassMatcher => ({ kind: 'import', pattern: file, names })),
      duplicates: [...new Set(group.flatMap((facet) => facet.duplicates ?? []))].sort(),
      projects: [...new Set(group.flatMap((facet) => facet.projects))],
      evidence: group.map((facet) => facet.evidence).join('; '),
    });
    for (const facet of group) if (facet !== first) combined.set(facet, undefined);
  }
  return facets.flatMap((facet) => {
    if (!combined.has(facet)) return [facet];
    const replacement = combined.get(facet);
    return replacement ? [replacement] : [];
  });
}
