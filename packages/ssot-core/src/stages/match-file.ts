import { findSites, type RawSite } from '../match/find-sites';
import type { AnchoredSite } from '../result/fingerprint';
import type { FileFacts } from '../scan/file-facts';
import { NO_PROJECT } from '../workspace/workspace-projects';
import type { CompiledRegistry } from './compile-registry';
import type { WorkspaceIndex } from './index-workspace';

/** A site with its project and exemption, before sorting and fingerprints (SPEC §7). */
export type MatchedSite = AnchoredSite & Pick<RawSite, 'specifier' | 'matchers'>;

/** SPEC §4: one file's facts against the entries that apply to it → its sites. */
export function matchFile(facts: FileFacts, index: WorkspaceIndex, compiled: CompiledRegistry): MatchedSite[] {
  const owner = index.projects.getOwnerInfo(facts.file);
  const project = owner?.name ?? NO_PROJECT;
  const entries = compiled.getEntriesFor(facts.file, owner);
  if (entries.length === 0) return [];
  return findSites(facts, entries, index).map((raw) => {
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
}
