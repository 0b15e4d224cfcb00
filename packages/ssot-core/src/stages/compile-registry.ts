import picomatch from 'picomatch';
import { SsotUsageError } from '../errors';
import { compileEntry, type CompiledEntry } from '../match/compile-entry';
import type { NormalizedRegistry } from '../registry/normalized-registry';
import type { ScanInterest } from '../scan/file-facts';
import type { ProjectInfo } from '../workspace/workspace-projects';

/**
 * The registry made ready to match (a stage's plain value): each entry compiled for one day, the
 * tokens the scan must keep, and the file filters. Built once per registry and day.
 */
export interface CompiledRegistry {
  registry: NormalizedRegistry;
  /** YYYY-MM-DD (UTC) that decided the exemptions. */
  today: string;
  entries: CompiledEntry[];
  byName: Map<string, CompiledEntry>;
  /** Every entry's name, in registry order (what a suppression comment may name). */
  entryNames: string[];
  /** What the scan keeps of globals and literals. */
  interest: ScanInterest;
  /** False only when the text holds no word some global, `new` or literal matcher needs. */
  mayHoldToken(text: string): boolean;
  /** `include` minus `exclude`. */
  isAnalysed(file: string): boolean;
  isExcluded(file: string): boolean;
  /** Entries whose `projects` cover the file's owner, minus those whose source it is. */
  getEntriesFor(file: string, owner: ProjectInfo | undefined): CompiledEntry[];
}

export function compileRegistry(registry: NormalizedRegistry, today = new Date().toISOString().slice(0, 10)): CompiledRegistry {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new SsotUsageError(`Invalid date "${today}": expected YYYY-MM-DD (UTC).`);
  const entries = registry.entries.map((entry) => compileEntry(entry, today));
  const interest = collectInterest(entries);
  const isIncluded = picomatch(registry.include, { dot: true });
  const isExcluded = registry.exclude.length > 0 ? picomatch(registry.exclude, { dot: true }) : () => false;
  const byOwner = new Map<ProjectInfo | undefined, CompiledEntry[]>();
  return {
    registry,
    today,
    entries,
    byName: new Map(entries.map((entry) => [entry.entry.name, entry])),
    entryNames: registry.entries.map((entry) => entry.name),
    interest,
    mayHoldToken: createTokenTest(interest),
    isAnalysed: (file) => isIncluded(file) && !isExcluded(file),
    isExcluded,
    getEntriesFor(file, owner) {
      let applicable = byOwner.get(owner);
      if (!applicable) {
        applicable = entries.filter((entry) => entry.appliesTo(owner));
        byOwner.set(owner, applicable);
      }
      return applicable.filter((entry) => entry.entry.source !== file);
    },
  };
}

/** `import.meta` may be written with spaces around the dot; every other token is one word or literal. */
const IMPORT_META = /\bimport\s*\.\s*meta\b/;

function createTokenTest(interest: ScanInterest): (text: string) => boolean {
  const words = [...interest.globalRoots, ...interest.globalNewNames, ...interest.literals].filter((token) => token !== 'import.meta');
  const importMeta = interest.globalRoots.has('import.meta');
  return (text) => words.some((word) => text.includes(word)) || (importMeta && IMPORT_META.test(text));
}

function collectInterest(entries: CompiledEntry[]): ScanInterest {
  const interest: ScanInterest = { globalRoots: new Set(), globalNewNames: new Set(), literals: new Set() };
  for (const entry of entries) {
    for (const matcher of entry.globals) interest.globalRoots.add(matcher.segments[0]);
    for (const matcher of entry.news) if (matcher.from === undefined) interest.globalNewNames.add(matcher.className);
    for (const literal of entry.literals) interest.literals.add(literal);
  }
  return interest;
}
