import { findSites, type RawSite } from '../match/find-sites';
import { resolveSuppressions, type SuppressibleSite } from '../match/resolve-suppressions';
import type { AnchoredSite } from '../result/fingerprint';
import type { Diagnostic } from '../result/site';
import type { FileFacts } from '../scan/file-facts';
import { NO_PROJECT } from '../workspace/workspace-projects';
import type { CompiledRegistry } from './compile-registry';
import type { WorkspaceIndex } from './index-workspace';

/** A site with its project, exemption and suppression, before sorting and fingerprints (SPEC §7). */
export type MatchedSite = AnchoredSite & Pick<RawSite, 'specifier' | 'matchers'>;

/** SPEC §4: one file's facts against the entries that apply to it → its sites, bypasses marked when a comment suppresses them. */
export function matchFile(facts: FileFacts, index: WorkspaceIndex, compiled: CompiledRegistry): MatchedSite[] {
  const owner = index.projects.getOwnerInfo(facts.file);
  const project = owner?.name ?? NO_PROJECT;
  const entries = compiled.getEntriesFor(facts.file, owner);
  if (entries.length === 0) return [];
  const sites = findSites(facts, entries, index).map((raw) => {
    const site: MatchedSite = {
      entry: raw.entry,
      side: raw.side,
      kind: raw.kind,
      file: facts.file,
      line: raw.line,
      column: raw.column,
      text: raw.text,
      project,
      path: raw.path,
      lineHash: raw.lineHash,
    };
    if (raw.pattern) site.pattern = raw.pattern;
    if (compiled.byName.get(raw.entry)?.isExempt(facts.file)) site.exempt = true;
    if (raw.specifier !== undefined) site.specifier = raw.specifier;
    if (raw.matchers !== undefined) site.matchers = raw.matchers;
    return site;
  });
  if (facts.suppressions) {
    resolveSuppressions(facts.file, facts.suppressions, sites, compiled.entryNames).marks.forEach((mark, i) => {
      if (mark) sites[i].suppressed = mark;
    });
  }
  return sites;
}

/**
 * What is wrong with one file's suppression comments (SPEC §4): no reason, an unknown entry, or
 * nothing suppressed, judged against the sites `matchFile` gave. A file where no entry applies is
 * not checked (ESLint's rule and the check agree on that, as they do on its sites).
 */
export function findSuppressionProblems(facts: FileFacts, sites: readonly SuppressibleSite[], index: WorkspaceIndex, compiled: CompiledRegistry): Diagnostic[] {
  if (!facts.suppressions || compiled.getEntriesFor(facts.file, index.projects.getOwnerInfo(facts.file)).length === 0) return [];
  return resolveSuppressions(facts.file, facts.suppressions, sites, compiled.entryNames).diagnostics;
}
