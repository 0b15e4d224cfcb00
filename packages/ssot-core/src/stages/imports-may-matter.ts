import type { CompiledEntry } from '../match/compile-entry';
import type { CompiledRegistry } from './compile-registry';
import { listSpecifiers, type Specifiers } from './list-specifiers';
import type { WorkspaceIndex } from './index-workspace';

/** A file without any of these words can bind no import and hold no module site. */
const MODULE_WORDS = /\b(?:import|require|from)\b/;
/** Only these forms forward another module's names (`export *`, `export { … }`, `export default x`, `export =`). */
const MAY_REEXPORT = /\bexport\s*(?:\*|\{|default\b|=)/;

/**
 * The import-level pre-scan (before a full parse): can any import of this file lead to a site of
 * these entries? An import matters when its specifier is an entry's module or matches a legacy
 * path, an `import` matcher or a `new` matcher's `from`; or when it resolves to a workspace file
 * that is an SSOT source or matches one of those patterns, itself or through what that file
 * re-exports (its `export … from`, `export *` and re-exported imports, transitively). Everything a
 * binding's role (classifyBinding) and a module site (findSites) can depend on is in that closure,
 * so a file whose imports all lie outside it holds no binding or module site: it need not be parsed
 * for its sites. Over-approximate by design: a file that might re-export is read for its facts.
 */
export interface ImportPrescan {
  importsMayMatter(file: string, text: string, entries: readonly CompiledEntry[]): boolean;
  /** TypeScript's pre-processor's specifiers of the text the last question was about (read once, not again for the hints). */
  importedModulesOf(text: string): string[];
}

const prescans = new WeakMap<WorkspaceIndex, WeakMap<CompiledRegistry, ImportPrescan>>();

/** The pre-scan of this index and registry, built once (a batch checks many projects on one index). */
export function getImportPrescan(index: WorkspaceIndex, compiled: CompiledRegistry): ImportPrescan {
  let byRegistry = prescans.get(index);
  if (!byRegistry) {
    byRegistry = new WeakMap();
    prescans.set(index, byRegistry);
  }
  let prescan = byRegistry.get(compiled);
  if (!prescan) {
    prescan = createImportPrescan(index, compiled);
    byRegistry.set(compiled, prescan);
  }
  return prescan;
}

function createImportPrescan(index: WorkspaceIndex, compiled: CompiledRegistry): ImportPrescan {
  const all = compiled.entries;
  const isTarget = (file: string): boolean =>
    all.some(
      (entry) =>
        entry.entry.source === file ||
        entry.legacy.some((pattern) => pattern.matchesFile(file)) ||
        entry.imports.some((matcher) => matcher.pattern.matchesFile(file)) ||
        entry.news.some((matcher) => matcher.from?.matchesFile(file)),
    );
  const reaches = new Map<string, boolean>();
  const visit = (file: string, seen: Set<string>): boolean => {
    const known = reaches.get(file);
    if (known !== undefined) return known;
    if (seen.has(file)) return false; // a cycle: the rest of the search decides
    seen.add(file);
    let found = isTarget(file);
    if (!found) {
      const text = index.peekText(file);
      if (text === undefined || MAY_REEXPORT.test(text)) {
        found = forwardedSpecifiers(index, file).some((specifier) => {
          const resolution = index.resolver.resolve(file, specifier);
          return resolution.kind === 'file' && visit(resolution.file, seen);
        });
      }
    }
    if (found) reaches.set(file, true);
    return found;
  };
  /** Does `file`, or anything it re-exports (transitively), count for some entry? */
  const reachesTarget = (file: string): boolean => {
    const seen = new Set<string>();
    const found = visit(file, seen);
    // No target anywhere in the search: every file it visited reaches none either.
    if (!found) for (const visited of seen) reaches.set(visited, false);
    return found;
  };

  let last: { text: string; specifiers: Specifiers } | undefined;
  const readSpecifiers = (text: string): Specifiers => {
    if (last?.text !== text) last = { text, specifiers: listSpecifiers(text) };
    return last.specifiers;
  };

  return {
    importsMayMatter(file, text, entries) {
      if (!MODULE_WORDS.test(text)) return false;
      return readSpecifiers(text).all.some((specifier) => {
        if (entries.some((entry) => specifierMatches(entry, specifier))) return true;
        const resolution = index.resolver.resolve(file, specifier);
        return resolution.kind === 'file' && reachesTarget(resolution.file);
      });
    },
    importedModulesOf: (text) => readSpecifiers(text).imported,
  };
}

function specifierMatches(entry: CompiledEntry, specifier: string): boolean {
  return (
    entry.entry.module === specifier ||
    entry.legacy.some((pattern) => pattern.matchesSpecifier(specifier)) ||
    entry.imports.some((matcher) => matcher.pattern.matchesSpecifier(specifier)) ||
    entry.news.some((matcher) => matcher.from?.matchesSpecifier(specifier))
  );
}

/** The specifiers whose names a file passes on: `export … from`, `export *`, and imports it exports again. */
function forwardedSpecifiers(index: WorkspaceIndex, file: string): string[] {
  const facts = index.getKeptFacts(file);
  if (!facts) return [];
  const { exports, bindings } = facts;
  const exportedLocals = new Set(exports.aliases.map((alias) => alias.local));
  return [...exports.from.map((from) => from.specifier), ...exports.star, ...bindings.filter((binding) => exportedLocals.has(binding.local)).map((binding) => binding.specifier)];
}
