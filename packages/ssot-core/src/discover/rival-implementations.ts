import { splitWords } from './name-words';
import { describeFiles, MIN_CANDIDATE_FILES, plural, type Candidate, type CandidateUse, type ProposalFacet } from './proposal';

/**
 * Rival implementations: classes in several projects that share a name, or its last two words
 * (`LegacyJsonHandler` and `UnifiedJSONHandler`, `ApiHttpClient` and `HttpClient`). The most used
 * one is proposed as the SSOT, the others' spellings as its `duplicates` globs.
 */
export function proposeRivalImplementations(candidates: Candidate[], uses: Map<string, CandidateUse>): ProposalFacet[] {
  const groups = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    if (candidate.kind !== 'class' || PER_APP_ROLES.has(splitWords(candidate.name).at(-1) ?? '')) continue;
    const key = rivalKey(candidate.name);
    groups.set(key, [...(groups.get(key) ?? []), candidate]);
  }
  const facets: ProposalFacet[] = [];
  for (const group of groups.values()) {
    if (new Set(group.map((candidate) => candidate.project)).size < 2) continue;
    const ranked = [...group].sort((a, b) => filesUsing(uses, b) - filesUsing(uses, a) || sitesUsing(uses, b) - sitesUsing(uses, a) || (a.id < b.id ? -1 : 1));
    const [ssot, ...rivals] = ranked;
    const use = uses.get(ssot.id);
    if (!use || use.files.length < MIN_CANDIDATE_FILES) continue;
    const duplicates = [...new Set([ssot, ...rivals].filter((candidate) => candidate.name !== ssot.name || rivals.length > 0).map((candidate) => duplicateGlob(candidate.name)))].sort();
    const rivalText = rivals.map((rival) => `${rival.name} in ${rival.file} (used in ${plural(filesUsing(uses, rival), 'file')})`).join(', ');
    facets.push({
      candidate: ssot,
      family: 'rival-implementations',
      duplicates,
      projects: [...new Set([...use.projects, ...rivals.map((rival) => rival.project)])],
      evidence: `rival implementations: ${ssot.name} is used in ${plural(use.files.length, 'file')} (${describeFiles(use.files)}); rivals: ${rivalText}`,
    });
  }
  return facets;
}

/**
 * Classes that frameworks have each application declare for itself (`AppComponent`, `AppModule`,
 * `HealthController`): the same name in several apps is the convention, not a rival.
 */
const PER_APP_ROLES = new Set(['Component', 'Module', 'Page', 'Directive', 'Pipe', 'Controller', 'Resolver', 'Story', 'Stories']);

/** Names with the same key are rivals: the last two words, case-insensitive (the whole name when it is one word). */
export function rivalKey(name: string): string {
  return splitWords(name).slice(-2).join('').toLowerCase();
}

/** `LegacyJsonHandler` → `*JsonHandler`; a one-word name is its own glob. */
export function duplicateGlob(name: string): string {
  const words = splitWords(name);
  return words.length < 2 ? name : `*${words.slice(-2).join('')}`;
}

function filesUsing(uses: Map<string, CandidateUse>, candidate: Candidate): number {
  return uses.get(candidate.id)?.files.length ?? 0;
}

function sitesUsing(uses: Map<string, CandidateUse>, candidate: Candidate): number {
  return uses.get(candidate.id)?.sites ?? 0;
}
