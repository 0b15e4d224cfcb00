import { describeFiles, plural, type Candidate, type CandidateUse, type ProposalFacet } from './proposal';

/** A value written out in this many places besides its constant is a magic string. */
export const MIN_LITERAL_SITES = 2;

/**
 * Magic literals: an exported string constant (`DATE_FORMAT = 'yyyy-MM-dd'`) whose value is
 * still written out in several places. The constant is the SSOT, the literal its bypass.
 */
export function proposeMagicLiterals(candidates: Candidate[], uses: Map<string, CandidateUse>): ProposalFacet[] {
  const declaredIn = countConstantDeclarations(candidates);
  /** One entry per value: the constant used at the most sites stands for it. */
  const byValue = new Map<string, { facet: ProposalFacet; usage: number }>();
  for (const candidate of candidates) {
    const use = uses.get(candidate.id);
    if (candidate.kind !== 'constant' || candidate.value === undefined || !use) continue;
    // Another constant with the same value (`V18_MARKED = '^15.0.0'` beside `V17_MARKED`) is a
    // declaration, not a magic string: its initializer does not count.
    const declarations = declaredIn.get(candidate.value) ?? new Map<string, number>();
    const perFile = Object.entries(use.literalPerFile)
      .map(([file, count]) => [file, count - (declarations.get(file) ?? 0)] as const)
      .filter(([, count]) => count > 0);
    const sites = perFile.reduce((sum, [, count]) => sum + count, 0);
    if (sites < MIN_LITERAL_SITES) continue;
    const files = use.literalFiles.filter((file) => perFile.some(([f]) => f === file));
    // Those twins are still literals to the check: say so, or the entry's bypass count (from a real
    // check) disagrees with "written out at" (TanStack/router's DEPLOY_URL: 3 sites, 6 bypasses).
    const twinFiles = use.literalFiles.filter((file) => (declarations.get(file) ?? 0) > 0 && (use.literalPerFile[file] ?? 0) > 0);
    const twins = twinFiles.reduce((sum, file) => sum + Math.min(use.literalPerFile[file], declarations.get(file) ?? 0), 0);
    const twinNote = twins > 0 ? ` (the check also counts ${plural(twins, 'other constant')} with this value as bypasses: ${describeFiles(twinFiles)})` : '';
    const previous = byValue.get(candidate.value);
    if (previous && (previous.usage > use.sites || (previous.usage === use.sites && previous.facet.candidate.id < candidate.id))) continue;
    byValue.set(candidate.value, {
      usage: use.sites,
      facet: {
        candidate,
        family: 'magic-literals',
        bypasses: [{ kind: 'literal', value: candidate.value }],
        projects: use.projects,
        evidence: `magic literal: ${JSON.stringify(candidate.value)} is written out at ${plural(sites, 'site')} in ${plural(files.length, 'file')} (${describeFiles(files)}), ${candidate.name} is used at ${plural(use.sites, 'site')}${twinNote}`,
      },
    });
  }
  return [...byValue.values()].map(({ facet }) => facet);
}

/** Per value, the files that declare an exported constant with it, and how many. */
function countConstantDeclarations(candidates: Candidate[]): Map<string, Map<string, number>> {
  const byValue = new Map<string, Map<string, number>>();
  for (const candidate of candidates) {
    if (candidate.value === undefined) continue;
    const files = byValue.get(candidate.value) ?? new Map<string, number>();
    files.set(candidate.file, (files.get(candidate.file) ?? 0) + 1);
    byValue.set(candidate.value, files);
  }
  return byValue;
}
