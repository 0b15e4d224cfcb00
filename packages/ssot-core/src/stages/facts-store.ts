import type { Diagnostic } from '../result/site';
import type { FileFacts, KeptFacts, ScanInterest } from '../scan/file-facts';
import { keepFacts, type KeptFactName } from './keep-facts';
import type { FileHost } from '../workspace/file-host';
import { MAX_FILE_BYTES, readFileFacts, type ReadFileFactsInput } from './read-file-facts';

/** A file re-exports everything of another only through `export *` (`export * as ns` included). */
const EXPORT_STAR = /export\s*\*/;

/**
 * The per-file memory of a workspace index: each file's text is read once and each file parsed
 * once. Whoever takes a file's full facts (to find its sites) holds them; the store then keeps only
 * what other files' export chains and the detectors read (`KeptFacts`), so a run never holds every
 * file's references at once (tools/bench: peak RSS).
 */
export interface FactsStore {
  /** A file's text for a prefilter, read at most once while the file is not parsed. */
  peekText(file: string): string | undefined;
  /** Parse the file (or take the facts an earlier parse left): full facts, and its problems. */
  takeFacts(file: string): { facts?: FileFacts; problems: Diagnostic[] };
  /** What export chains and detectors read: parses the file the first time it is asked for. */
  getKeptFacts(file: string): KeptFacts | undefined;
  /** Cheap text test for export chains: false only when `file` cannot export `name`. */
  mayExport(file: string, name: string): boolean;
  /**
   * A file whose sites nobody will ask for: keep only what chains and detectors read of it, if it
   * was parsed (memory only: nothing else changes).
   */
  dropSiteFacts(file: string): void;
  /**
   * Facts someone else scanned from the file's text as it is on disk (ESLint's rule, from the tree
   * its parser built): kept as if the store had parsed them, unless it has read the file's facts
   * already, so a file is never parsed twice in one run.
   */
  offerFacts(file: string, facts: FileFacts): void;
}

export interface FactsStoreOptions {
  host: FileHost;
  interest: ScanInterest;
  /** The scan, or a persistent cache in front of it. */
  scan?: ReadFileFactsInput['scan'];
  /** What to keep of a file once its full facts are taken; every kept fact when absent. */
  keep?: readonly KeptFactName[];
}

export function createFactsStore({ host, interest, scan, keep }: FactsStoreOptions): FactsStore {
  /** Texts read for a prefilter and not parsed yet: export chains ask the same file about many names. */
  const texts = new Map<string, string>();
  /** Full facts of files parsed as import targets, until someone takes them. */
  const full = new Map<string, FileFacts | undefined>();
  const kept = new Map<string, KeptFacts>();
  // A file is often parsed first as an import target; its problems are listed when it is analysed.
  const problemsByFile = new Map<string, Diagnostic[]>();

  const peekText = (file: string): string | undefined => {
    const known = texts.get(file);
    if (known !== undefined) return known;
    const text = host.readFile(file);
    if (text !== undefined && !full.has(file) && !kept.has(file)) texts.set(file, text);
    return text;
  };
  const parse = (file: string): FileFacts | undefined => {
    const read = readFileFacts({
      file,
      size: host.fileSize?.(file),
      read: () => texts.get(file) ?? host.readFile(file),
      interest,
      ...(scan && { scan }),
    });
    texts.delete(file); // from now on it lives in the facts only
    if (read.problems.length > 0) problemsByFile.set(file, read.problems);
    else problemsByFile.delete(file);
    return read.facts;
  };
  const getKeptFacts = (file: string): KeptFacts | undefined => {
    const found = kept.get(file) ?? full.get(file);
    if (found !== undefined || full.has(file)) return found;
    const facts = parse(file);
    full.set(file, facts);
    return facts;
  };

  return {
    peekText,
    getKeptFacts,
    takeFacts(file) {
      const facts = full.has(file) ? full.get(file) : parse(file);
      if (facts) {
        full.delete(file);
        kept.set(file, keepFacts(facts, keep));
      } else {
        full.set(file, undefined); // skipped: asking again lists the same problems without a new read
      }
      return { ...(facts && { facts }), problems: problemsByFile.get(file) ?? [] };
    },
    dropSiteFacts(file) {
      const facts = full.get(file);
      if (!facts) return;
      full.delete(file);
      kept.set(file, keepFacts(facts, keep));
    },
    offerFacts(file, facts) {
      if (full.has(file) || kept.has(file)) return;
      texts.delete(file);
      kept.set(file, keepFacts(facts, keep));
    },
    mayExport(file, name) {
      if (full.has(file) || kept.has(file) || (host.fileSize?.(file) ?? 0) > MAX_FILE_BYTES) return true;
      const text = peekText(file);
      return text === undefined || text.includes(name) || EXPORT_STAR.test(text);
    },
  };
}
