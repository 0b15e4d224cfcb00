import type { UsagePattern } from '../result/site';
import type { CompiledEntry } from './compile-entry';
import type { Chain } from './export-chains';

/** An imported name as one entry sees it. */
export interface BindingView {
  specifier: string;
  /** The imported name (`default`, a name), the member of a namespace binding, or `*` for a bare namespace. */
  name: string;
  chain: Chain;
  /** The import resolves into another project's internals. */
  isDeep: boolean;
}

/** A bypass names the `import` matchers that matched, by index in the entry's `bypasses`. */
export type Role = { side: 'usage'; pattern: UsagePattern; isFactory: boolean } | { side: 'bypass'; matchers: number[] };

/**
 * SPEC §4 bindings: SSOT when the export chain reaches the entry's export or factory in its source
 * (for a `module` entry: the specifier is that module), or when it is imported through a legacy
 * path; else bypass when an `import` matcher matches. For one entry, SSOT wins over bypass.
 */
export function classifyBinding(compiled: CompiledEntry, view: BindingView): Role | undefined {
  const { entry } = compiled;
  const covers = (name: string) => compiled.exports === '*' || compiled.exports.has(name) || name === entry.factory;
  const isBare = view.name === '*';
  let reachedName: string | undefined;
  if (!isBare && entry.source !== undefined) {
    reachedName = view.chain.hops.find((hop) => hop.file === entry.source && covers(hop.name))?.name;
  } else if (!isBare && view.specifier === entry.module && covers(view.name)) {
    reachedName = view.name;
  }
  const isLegacy = !isBare && compiled.legacy.some((pattern) => pattern.matchesSpecifier(view.specifier) || chainFiles(view.chain).some((file) => pattern.matchesFile(file)));
  if (reachedName === undefined && isLegacy && covers(view.name)) reachedName = view.name;
  if (reachedName !== undefined) {
    const isFactory = entry.factory !== undefined && reachedName === entry.factory;
    const pattern: UsagePattern = isLegacy ? 'legacy-shim' : view.isDeep ? 'deep-import' : isFactory ? 'factory' : 'direct';
    return { side: 'usage', pattern, isFactory };
  }
  // Every matcher that matches is named (not just the first): a workspace warning names a matcher
  // that matched no site, and one that matches what another also matches did match something.
  const matchers = compiled.imports.filter((matcher) => matchesImport(matcher, view, isBare)).map((matcher) => matcher.matcher);
  return matchers.length > 0 ? { side: 'bypass', matchers } : undefined;
}

function matchesImport(matcher: CompiledEntry['imports'][number], view: BindingView, isBare: boolean): boolean {
  const nameOk = (name: string) => !matcher.names || (name !== '*' && matcher.names.has(name));
  if (matcher.pattern.matchesSpecifier(view.specifier) && nameOk(view.name)) return true;
  // An import that resolves to the file matches, whatever the file exports (CommonJS, a default it lacks).
  if (view.chain.resolvedFile !== undefined && matcher.pattern.matchesFile(view.chain.resolvedFile) && (isBare ? !matcher.names : nameOk(view.name))) return true;
  return view.chain.hops.some((hop) => matcher.pattern.matchesFile(hop.file) && nameOk(hop.name));
}

function chainFiles(chain: Chain): string[] {
  const files = chain.hops.map((hop) => hop.file);
  if (chain.resolvedFile !== undefined && !files.includes(chain.resolvedFile)) files.push(chain.resolvedFile);
  return files;
}
