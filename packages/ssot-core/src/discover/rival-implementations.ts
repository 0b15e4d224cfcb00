import { groupByMemberOverlap } from './member-overlap';
import { splitWords } from './name-words';
import { describeFiles, MIN_CANDIDATE_FILES, plural, type Candidate, type CandidateUse, type ProposalFacet } from './proposal';

/**
 * Rival implementations: classes in several projects that share a name, or its last two words
 * (`LegacyJsonHandler` and `UnifiedJSONHandler`, `ApiHttpClient` and `HttpClient`), or whose
 * public members overlap strongly whatever their names. The most used one is proposed as the
 * SSOT; the others become its `duplicates`: globs of their spelling for name rivals, their exact
 * names for member rivals (a glob of an unrelated name would catch unrelated classes).
 */
export function proposeRivalImplementations(candidates: Candidate[], uses: Map<string, CandidateUse>): ProposalFacet[] {
  const byName = new Map<string, Candidate[]>();
  const classes = candidates.filter((candidate) => candidate.kind === 'class' && !PER_APP_ROLES.has(splitWords(candidate.name).at(-1) ?? ''));
  for (const candidate of classes) {
    const key = rivalKey(candidate.name);
    byName.set(key, [...(byName.get(key) ?? []), candidate]);
  }
  const nameGroups = [...byName.values()].filter(spansProjects);
  const named = new Set(nameGroups.flat().map((candidate) => candidate.id));
  const memberGroups = groupByMemberOverlap(classes.filter((candidate) => !named.has(candidate.id))).filter(spansProjects);
  return [...nameGroups.map((group) => proposeGroup(group, uses, 'name')), ...memberGroups.map((group) => proposeGroup(group, uses, 'members'))].flatMap((facet) => (facet ? [facet] : []));
}

function spansProjects(group: Candidate[]): boolean {
  return new Set(group.map((candidate) => candidate.project)).size > 1;
}

function proposeGroup(group: Candidate[], uses: Map<string, CandidateUse>, by: 'name' | 'members'): ProposalFacet | undefined {
  const ranked = [...group].sort((a, b) => filesUsing(uses, b) - filesUsing(uses, a) || sitesUsing(uses, b) - sitesUsing(uses, a) || (a.id < b.id ? -1 : 1));
  const [ssot, ...rivals] = ranked;
  const use = uses.get(ssot.id);
  if (!use || use.files.length < MIN_CANDIDATE_FILES) return undefined;
  const duplicates = by === 'name' ? [...new Set([ssot, ...rivals].map((candidate) => duplicateGlob(candidate.name)))].sort() : [...new Set(rivals.map((rival) => rival.name))].sort();
  const rivalText = rivals.map((rival) => `${rival.name} in ${rival.file} (used in ${plural(filesUsing(uses, rival), 'file')})`).join(', ');
  return {
    candidate: ssot,
    family: 'rival-implementations',
    duplicates,
    projects: [...new Set([...use.projects, ...rivals.map((rival) => rival.project)])],
    evidence: `rival implementations${by === 'members' ? ' (the same public members)' : ''}: ${ssot.name} is used in ${plural(use.files.length, 'file')} (${describeFiles(use.files)}); rivals: ${rivalText}`,
  };
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
