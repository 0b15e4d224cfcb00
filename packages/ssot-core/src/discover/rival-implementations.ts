import type { WorkspaceProject } from '../analyze';
import type { BypassMatcher } from '../registry/normalized-registry';
import { findOriginalOfCopies } from './copied-folders';
import { groupByMemberOverlap } from './member-overlap';
import { splitWords } from './name-words';
import { describeFiles, MIN_CANDIDATE_FILES, plural, type Candidate, type CandidateUse, type ProposalFacet } from './proposal';

/**
 * Rival implementations: classes in several projects that share a name, or its last two words
 * (`LegacyJsonHandler` and `UnifiedJSONHandler`, `ApiHttpClient` and `HttpClient`), or whose
 * public members overlap strongly whatever their names. The most used one is proposed as the
 * SSOT, unless one is the original of the others' copies (a shared folder that is its own project,
 * copied into the others: copied-folders.ts); the others become its `duplicates`: globs of their spelling for name rivals, their exact
 * names for member rivals (a glob of an unrelated name would catch unrelated classes).
 */
export function proposeRivalImplementations(candidates: Candidate[], uses: Map<string, CandidateUse>, projects: readonly Pick<WorkspaceProject, 'name' | 'root'>[] = []): ProposalFacet[] {
  const byName = new Map<string, Candidate[]>();
  const classes = candidates.filter((candidate) => candidate.kind === 'class' && !PER_APP_ROLES.has(splitWords(candidate.name).at(-1) ?? ''));
  for (const candidate of classes) {
    const key = rivalKey(candidate.name);
    byName.set(key, [...(byName.get(key) ?? []), candidate]);
  }
  const nameGroups = [...byName.values()].filter(spansProjects);
  const named = new Set(nameGroups.flat().map((candidate) => candidate.id));
  const memberGroups = groupByMemberOverlap(classes.filter((candidate) => !named.has(candidate.id))).filter(spansProjects);
  return [...nameGroups.map((group) => proposeGroup(group, uses, 'name', projects)), ...memberGroups.map((group) => proposeGroup(group, uses, 'members', projects))].flatMap((facet) => (facet ? [facet] : []));
}

/** The copies of shared folders among the candidates: other proposals must not make one an SSOT. */
export function findCopies(candidates: Candidate[], projects: readonly Pick<WorkspaceProject, 'name' | 'root'>[]): Set<string> {
  const byName = new Map<string, Candidate[]>();
  for (const candidate of candidates) byName.set(candidate.name, [...(byName.get(candidate.name) ?? []), candidate]);
  return new Set([...byName.values()].flatMap((group) => findOriginalOfCopies(group, projects)?.copies.map((copy) => copy.id) ?? []));
}

function spansProjects(group: Candidate[]): boolean {
  return new Set(group.map((candidate) => candidate.project)).size > 1;
}

function proposeGroup(group: Candidate[], uses: Map<string, CandidateUse>, by: 'name' | 'members', projects: readonly Pick<WorkspaceProject, 'name' | 'root'>[]): ProposalFacet | undefined {
  const ranked = [...group].sort((a, b) => filesUsing(uses, b) - filesUsing(uses, a) || sitesUsing(uses, b) - sitesUsing(uses, a) || (a.id < b.id ? -1 : 1));
  const origin = findOriginalOfCopies(ranked, projects);
  const [ssot, ...rivals] = origin ? [origin.original, ...ranked.filter((candidate) => candidate !== origin.original)] : ranked;
  const use = uses.get(ssot.id) ?? NOT_USED;
  // The original may be used less than its copies: the group's users count, since they are what moves to it.
  const groupFiles = new Set(ranked.flatMap((candidate) => uses.get(candidate.id)?.files ?? []));
  if ((origin ? groupFiles.size : use.files.length) < MIN_CANDIDATE_FILES) return undefined;
  const originText = origin ? `; ${ssot.name} in ${ssot.project} is the shared folder that ${origin.copies.length} ${origin.copies.length === 1 ? 'copy repeats' : 'copies repeat'}` : '';
  const duplicates = by === 'name' ? [...new Set([ssot, ...rivals].map((candidate) => duplicateGlob(candidate.name)))].sort() : [...new Set(rivals.map((rival) => rival.name))].sort();
  const rivalText = rivals.map((rival) => `${rival.name} in ${rival.file} (used in ${plural(filesUsing(uses, rival), 'file')})`).join(', ');
  return {
    candidate: ssot,
    family: 'rival-implementations',
    duplicates,
    // Imports of a copy are what should import the original instead: each copy's file a bypass.
    // `names`: a copied file holds other classes too, each its own entry with its own bypasses.
    ...(origin && { copiedFile: true, bypasses: origin.copies.map((copy): BypassMatcher => ({ kind: 'import', pattern: copy.file, names: [copy.name] })) }),
    projects: [...new Set([ssot.project, ...use.projects, ...rivals.map((rival) => rival.project)])],
    evidence: `rival implementations${by === 'members' ? ' (the same public members)' : ''}: ${ssot.name} is used in ${plural(use.files.length, 'file')}${use.files.length > 0 ? ` (${describeFiles(use.files)})` : ''}; rivals: ${rivalText}${originText}`,
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

const NOT_USED: CandidateUse = { sites: 0, files: [], handleFiles: [], injectedFiles: [], literalSites: 0, literalFiles: [], literalPerFile: {}, constructions: 0, projects: [] };

function filesUsing(uses: Map<string, CandidateUse>, candidate: Candidate): number {
  return uses.get(candidate.id)?.files.length ?? 0;
}

function sitesUsing(uses: Map<string, CandidateUse>, candidate: Candidate): number {
  return uses.get(candidate.id)?.sites ?? 0;
}
