import { BYPASS_FAMILIES, describeMatcher } from './bypass-families';
import { describeFiles, plural, type Candidate, type CandidateUse, type MatcherUse, type ProposalFacet } from './proposal';

/**
 * A class reached through handles from this many files, injected (held in a class property or
 * constructor parameter) in at least `MIN_INJECTED_FILES` of them, is a service worth an entry.
 * Typed parameters alone do not count: data shapes (`order: Order`) are passed around that way.
 */
export const MIN_HANDLE_FILES = 3;
export const MIN_INJECTED_FILES = 2;

/** The families whose bypasses a service may take from the files that inject it. */
const PAIRS_BESIDE = new Set(BYPASS_FAMILIES.filter((family) => family.pairsBeside).map((family) => family.id));

/**
 * Widely injected services: classes that many files reach through handles (constructor
 * injection, `inject()`, typed parameters), with the bypass families that the same files use
 * beside them (a file that injects ConfigService and reads process.env). Families already paired
 * by name with another candidate (`claimed`) are left to that one.
 */
export function proposeInjectedServices(candidates: Candidate[], uses: Map<string, CandidateUse>, familyUses: Map<string, MatcherUse[]>, claimed: Map<string, string>): ProposalFacet[] {
  const facets: ProposalFacet[] = [];
  for (const candidate of candidates) {
    const use = uses.get(candidate.id);
    if (candidate.kind !== 'class' || !use || use.handleFiles.length < MIN_HANDLE_FILES || use.injectedFiles.length < MIN_INJECTED_FILES) continue;
    const injecting = new Set(use.handleFiles);
    // A bypass beside a service is its concern when most injecting files use it (at least two).
    const needed = Math.max(2, Math.ceil(use.handleFiles.length / 2));
    const pairedByName = [...claimed.values()].includes(candidate.id);
    const beside: { use: MatcherUse; files: string[] }[] = [];
    for (const [familyId, matcherUses] of familyUses) {
      const owner = claimed.get(familyId);
      // A service named for one concern does not also take the bypasses of unrelated ones.
      if (owner !== undefined ? owner !== candidate.id : pairedByName) continue;
      if (owner === undefined && !PAIRS_BESIDE.has(familyId)) continue;
      for (const matcherUse of matcherUses) {
        const files = matcherUse.files.filter((file) => injecting.has(file));
        if (files.length >= needed) beside.push({ use: matcherUse, files });
      }
    }
    const besideText = beside.map(({ use: m, files }) => `${describeMatcher(m.matcher)} in ${files.length} of them (${describeFiles(files)})`).join('; ');
    facets.push({
      candidate,
      family: 'injected-services',
      bypasses: beside.map(({ use: m }) => m.matcher),
      projects: [...new Set([...use.projects, ...beside.flatMap(({ use: m }) => m.projects)])],
      evidence: `injected: ${plural(use.handleFiles.length, 'file')} reach ${candidate.name} through a handle, ${use.injectedFiles.length} by injection (${describeFiles(use.handleFiles)})${besideText ? `; beside it: ${besideText}` : ''}`,
    });
  }
  return facets;
}
