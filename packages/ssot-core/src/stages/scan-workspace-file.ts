import type { TextFilter } from '../detectors/detector';
import type { CompiledEntry } from '../match/compile-entry';
import type { Diagnostic } from '../result/site';
import type { FileFacts } from '../scan/file-facts';
import type { CompiledRegistry } from './compile-registry';
import type { WorkspaceIndex } from './index-workspace';
import type { ImportPrescan } from './imports-may-matter';
import { MAX_FILE_BYTES } from './read-file-facts';


/** One analysed file after the scan stage. */
export interface ScannedWorkspaceFile {
  file: string;
  /** Absent when the file was skipped (its `problems` say why). */
  facts?: FileFacts;
  /** Whether its sites are worth finding: some matcher's token or an import is in its text. */
  wantsSites: boolean;
  problems: Diagnostic[];
}

/**
 * Scan one analysed file, or pass it over when its text shows that no entry's matcher and no
 * detector (`wantsFacts`) could find anything in it: one read, and a parse only when needed.
 * Its imports matter when the `prescan` says so (see imports-may-matter.ts); without one, any
 * file with an import is parsed. Undefined when it is passed over.
 */
export function scanWorkspaceFile(index: WorkspaceIndex, compiled: CompiledRegistry, file: string, wantsFacts: TextFilter | undefined, prescan?: ImportPrescan): ScannedWorkspaceFile | undefined {
  const entries = compiled.getEntriesFor(file, index.projects.getOwnerInfo(file));
  const { wantsSites, parse } = screenFile(index, compiled, file, entries, wantsFacts, prescan);
  if (!parse) {
    index.dropSiteFacts(file); // parsed for an export chain, maybe, and no sites to find
    return undefined;
  }
  const { facts, problems } = index.takeFacts(file);
  return { file, ...(facts && { facts }), wantsSites, problems };
}

/** A file without any of these words can bind no import and hold no module site. */
const MODULE_WORDS = /\b(?:import|require|from)\b/;

/**
 * A file whose text may hold a checked suppression comment (an ssot one, or an ESLint one that names
 * an ssot rule): it is parsed even when it can hold no site, so that a comment that suppresses
 * nothing is diagnosed. A bare `eslint-disable` in such a file suppresses nothing and is never a
 * diagnostic: no parse for it.
 */
export function mayHoldSuppression(text: string): boolean {
  return text.includes('ssot-ignore-') || (text.includes('ssot/') && text.includes('eslint-'));
}

function screenFile(
  index: WorkspaceIndex,
  compiled: CompiledRegistry,
  file: string,
  entries: readonly CompiledEntry[],
  wantsFacts: TextFilter | undefined,
  prescan: ImportPrescan | undefined,
): { wantsSites: boolean; parse: boolean } {
  const hasEntries = entries.length > 0;
  if (!hasEntries && !wantsFacts) return { wantsSites: false, parse: false };
  // A file that will be skipped is a "yes": the parse then lists it instead of it vanishing.
  if ((index.host.fileSize?.(file) ?? 0) > MAX_FILE_BYTES) return { wantsSites: hasEntries, parse: true };
  const text = index.peekText(file);
  if (text === undefined) return { wantsSites: hasEntries, parse: true };
  const skipped = text.length > MAX_FILE_BYTES || text.includes('\u0000');
  const mayMatter = (): boolean => (prescan ? prescan.importsMayMatter(file, text, entries) : MODULE_WORDS.test(text));
  const wantsSites = hasEntries && (skipped || compiled.mayHoldToken(text) || mayMatter() || mayHoldSuppression(text));
  return { wantsSites, parse: wantsSites || skipped || (wantsFacts?.(text) ?? false) };
}
