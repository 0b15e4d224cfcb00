import { describeFiles, plural, type Candidate, type CandidateUse, type ProposalFacet } from './proposal';

/** A value written out in this many places besides its constant is a magic string. */
export const MIN_LITERAL_SITES = 2;

/**
 * Magic literals: an exported string constant (`DATE_FORMAT = 'yyyy-MM-dd'`) whose value is
 * still written out in several places. The constant is the SSOT, the literal its bypass.
 */
export function proposeMagicLiterals(candidates: Candidate[], uses: Map<string, CandidateUse>): ProposalFacet[] {
  const facets: ProposalFacet[] = [];
  for (const candidate of candidates) {
    const use = uses.get(candidate.id);
    if (candidate.kind !== 'constant' || candidate.value === undefined || !use || use.literalSites < MIN_LITERAL_SITES) continue;
    facets.push({
      candidate,
      family: 'magic-literals',
      bypasses: [{ kind: 'literal', value: candidate.value }],
      projects: use.projects,
      evidence: `magic literal: ${JSON.stringify(candidate.value)} is written out at ${plural(use.literalSites, 'site')} in ${plural(use.literalFiles.length, 'file')} (${describeFiles(use.literalFiles)}), ${candidate.name} is used at ${plural(use.sites, 'site')}`,
    });
  }
  return facets;
}
