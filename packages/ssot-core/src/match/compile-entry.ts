import picomatch from 'picomatch';
import type { BypassMatcher, NormalizedEntry } from '../registry/normalized-registry';
import { createProjectFilter } from '../workspace/project-patterns';
import type { ProjectInfo } from '../workspace/workspace-projects';

/** A pattern that names either module specifiers or workspace files (SPEC §3): both are tried. */
export interface PathPattern {
  matchesSpecifier(specifier: string): boolean;
  matchesFile(file: string): boolean;
}

export interface CompiledEntry {
  entry: NormalizedEntry;
  /** `*` or the set of exported names that make up the SSOT. */
  exports: Set<string> | '*';
  legacy: PathPattern[];
  /** Each bypass matcher keeps `matcher`, its index in the entry's `bypasses`, to count what it matched. */
  imports: { pattern: PathPattern; names?: Set<string>; matcher: number }[];
  news: { className: string; from?: PathPattern; matcher: number }[];
  globals: { segments: string[]; path: string; matcher: number }[];
  literals: Set<string>;
  /** Literal value → the indexes of the `literal` matchers with that value. */
  literalMatchers: Map<string, number[]>;
  appliesTo(project: ProjectInfo | undefined): boolean;
  /** Unexpired exemptions: the file's sites are counted apart. */
  isExempt(file: string): boolean;
  /** Exemptions whose `expires` is before today. */
  expired: { index: number; matches(file: string): boolean; expires: string; files: string[] }[];
}

export function compilePathPattern(pattern: string): PathPattern {
  const test = picomatch(pattern, { dot: true });
  return { matchesSpecifier: test, matchesFile: test };
}

/** `import.meta.env` → `['import.meta', 'env']`; `JSON.parse` → `['JSON', 'parse']`. */
export function splitGlobalPath(path: string): string[] {
  if (path === 'import.meta' || path.startsWith('import.meta.')) return ['import.meta', ...path.slice('import.meta'.length).split('.').filter(Boolean)];
  return path.split('.');
}

export function compileEntry(entry: NormalizedEntry, today: string): CompiledEntry {
  const imports: CompiledEntry['imports'] = [];
  const news: CompiledEntry['news'] = [];
  const globals: CompiledEntry['globals'] = [];
  const literalMatchers = new Map<string, number[]>();
  entry.bypasses.forEach((matcher, index) => addMatcher(matcher, index, { imports, news, globals, literalMatchers }));
  const active = entry.exemptions.filter((e) => e.expires === undefined || e.expires >= today).map((e) => picomatch(e.files, { dot: true }));
  const expired = entry.exemptions
    .map((exemption, index) => ({ exemption, index }))
    .filter(({ exemption }) => exemption.expires !== undefined && exemption.expires < today)
    .map(({ exemption, index }) => ({ index, matches: picomatch(exemption.files, { dot: true }), expires: exemption.expires ?? '', files: exemption.files }));
  return {
    entry,
    exports: entry.exports === '*' ? '*' : new Set(entry.exports),
    legacy: entry.legacyPaths.map(compilePathPattern),
    imports,
    news,
    globals,
    literals: new Set(literalMatchers.keys()),
    literalMatchers,
    appliesTo: createProjectFilter(entry.projects),
    isExempt: (file) => active.some((test) => test(file)),
    expired,
  };
}

function addMatcher(matcher: BypassMatcher, index: number, into: Pick<CompiledEntry, 'imports' | 'news' | 'globals' | 'literalMatchers'>): void {
  switch (matcher.kind) {
    case 'import':
      into.imports.push({ pattern: compilePathPattern(matcher.pattern), names: matcher.names ? new Set(matcher.names) : undefined, matcher: index });
      return;
    case 'new':
      into.news.push({ className: matcher.className, from: matcher.from === undefined ? undefined : compilePathPattern(matcher.from), matcher: index });
      return;
    case 'global':
      into.globals.push({ segments: splitGlobalPath(matcher.path), path: matcher.path, matcher: index });
      return;
    case 'literal':
      into.literalMatchers.set(matcher.value, [...(into.literalMatchers.get(matcher.value) ?? []), index]);
  }
}
