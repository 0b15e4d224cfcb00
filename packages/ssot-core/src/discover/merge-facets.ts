import type { BypassMatcher } from '../registry/normalized-registry';
import type { RegistryEntry } from '../registry/registry.generated';
import { compareStrings } from '../result/fingerprint';
import type { Candidate, ProposalFacet } from './proposal';

type RawMatcher = NonNullable<RegistryEntry['bypasses']>[number];

/** One proposed entry per candidate, with every facet's fields and evidence merged. */
export interface DraftEntry {
  entry: RegistryEntry;
  families: string[];
  evidence: string[];
}

/**
 * Facets of the same candidate become one entry. `projects` is the union of where the evidence
 * lies, left out when that is every project (the default, and it keeps the entry short). Names
 * are the declarations' own; a name two candidates share gets its project appended.
 */
export function mergeFacets(facets: ProposalFacet[], projectCount: number): DraftEntry[] {
  const byCandidate = new Map<string, ProposalFacet[]>();
  for (const facet of facets) byCandidate.set(facet.candidate.id, [...(byCandidate.get(facet.candidate.id) ?? []), facet]);
  const names = uniqueNames([...byCandidate.values()].map(([first]) => first.candidate));
  const drafts: DraftEntry[] = [];
  for (const group of byCandidate.values()) {
    const { candidate } = group[0];
    const name = names.get(candidate.id) ?? candidate.name;
    const entry: RegistryEntry = { name, source: candidate.file };
    const exports = group.find((facet) => facet.exports !== undefined)?.exports;
    if (exports) entry.export = [exports[0], ...exports.slice(1)];
    else if (name !== candidate.name) entry.export = candidate.name;
    const projects = [...new Set(group.flatMap((facet) => facet.projects))].sort(compareStrings);
    if (projects.length > 0 && projects.length < projectCount) entry.projects = [projects[0], ...projects.slice(1)];
    const factory = group.find((facet) => facet.factory !== undefined)?.factory;
    if (factory) entry.factory = factory;
    const legacyPaths = unique(group.flatMap((facet) => facet.legacyPaths ?? []));
    if (legacyPaths.length > 0) entry.legacyPaths = legacyPaths;
    const bypasses = uniqueMatchers(group.flatMap((facet) => facet.bypasses ?? []));
    if (bypasses.length > 0) entry.bypasses = bypasses.map(toRawMatcher);
    const duplicates = unique(group.flatMap((facet) => facet.duplicates ?? []));
    if (duplicates.length > 0) entry.duplicates = duplicates;
    drafts.push({
      entry,
      families: unique(group.map((facet) => facet.family)),
      evidence: group.map((facet) => facet.evidence),
    });
  }
  return drafts;
}

/**
 * Entry names are unique (SPEC §3): a declaration's own name, else with its project
 * (`Logger (api)`), else with its file when one project declares it twice.
 */
function uniqueNames(candidates: Candidate[]): Map<string, string> {
  const count = (key: (candidate: Candidate) => string) => {
    const counts = new Map<string, number>();
    for (const candidate of candidates) counts.set(key(candidate), (counts.get(key(candidate)) ?? 0) + 1);
    return counts;
  };
  const byName = count((candidate) => candidate.name);
  const byProject = count((candidate) => `${candidate.name} (${candidate.project})`);
  return new Map(
    candidates.map((candidate) => {
      if (byName.get(candidate.name) === 1) return [candidate.id, candidate.name];
      const withProject = `${candidate.name} (${candidate.project})`;
      return [candidate.id, byProject.get(withProject) === 1 ? withProject : `${candidate.name} (${candidate.file})`];
    }),
  );
}

/** The ssot.json form of a matcher (SPEC §3). */
export function toRawMatcher(matcher: BypassMatcher): RawMatcher {
  switch (matcher.kind) {
    case 'global':
      return matcher.replaceWith === undefined ? { global: matcher.path } : { global: matcher.path, replaceWith: matcher.replaceWith };
    case 'import':
      return matcher.names === undefined || matcher.names.length === 0
        ? { import: matcher.pattern }
        : {
            import: matcher.pattern,
            names: [matcher.names[0], ...matcher.names.slice(1)],
          };
    case 'new':
      return matcher.from === undefined ? { new: matcher.className } : { new: matcher.className, from: matcher.from };
    case 'literal':
      return { literal: matcher.value };
  }
}

function uniqueMatchers(matchers: BypassMatcher[]): BypassMatcher[] {
  const seen = new Set<string>();
  return matchers.filter((matcher) => {
    const key = JSON.stringify(matcher);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
