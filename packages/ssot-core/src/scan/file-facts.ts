/**
 * What one walk of one file yields: plain data that the matcher turns into sites for every entry.
 * Nothing here depends on the registry except the `ScanInterest` filters (which tokens to keep).
 */
export interface Position {
  /** 1-based. */
  line: number;
  /** 1-based, UTF-16 code units. */
  column: number;
}

/**
 * A site's position plus what its fingerprint keys on instead of the line number (SPEC §7): the
 * enclosing declaration path (`OrdersService.create`, '' at top level) and a hash of the line's
 * normalised text (see `site-anchors.ts`).
 */
export interface SitePosition extends Position {
  path: string;
  lineHash: string;
}

export interface ImportBinding {
  /** The name bound in this file. */
  local: string;
  /** The imported name: `default`, a name, or `*` (namespace import, `import x = require()`, `const x = require()`). */
  imported: string;
  specifier: string;
  typeOnly: boolean;
}

/** A value reference to an import binding (SPEC §4 "every value reference to a binding"). */
export interface BindingRef extends SitePosition {
  binding: number;
  /** For `*` bindings: the member accessed (`ns.X`), if any. */
  member?: string;
  text: string;
  /** The reference is the class of a `new`. */
  isNew: boolean;
  /** Position of the `new` keyword when `isNew`. */
  newAt?: SitePosition;
}

/** The binding a handle's annotation or initializer names. */
export interface HandleTarget {
  binding: number;
  member?: string;
}

export interface Handle {
  name: string;
  /** `Foo`, `Foo<T>` or `ns.Foo` as the exact type annotation. */
  annotation?: HandleTarget;
  /** `new Foo()`, a call `f()` (a factory when `f` is an entry's factory), or `inject(Foo)`. */
  init?: HandleTarget & { kind: 'new' | 'call' | 'inject' };
}

/** A member access whose object is a handle: `svc.run`, `this.config.get`. */
export interface HandleAccess extends SitePosition {
  handle: number;
  text: string;
}

/** A reference whose root identifier is unbound in scope (a global), with its static member chain. */
export interface GlobalRef extends SitePosition {
  /** `['JSON', 'parse']`, `['import.meta', 'env', 'X']`. */
  segments: string[];
  isNew: boolean;
  newAt?: SitePosition;
}

export interface LiteralRef extends SitePosition {
  value: string;
  /** As written, quotes included. */
  text: string;
}

export type ModuleSiteForm = 'import' | 'require' | 'dynamic' | 'export-star' | 'export-named';

/** Side-effect import, bare require, dynamic import, or a value re-export `export … from`. */
export interface ModuleRef extends SitePosition {
  form: ModuleSiteForm;
  specifier: string;
  /** For `export { a, b as c } from`: the imported names (`a`, `b`). */
  names?: string[];
  text: string;
}

export interface ExportFacts {
  /** Names declared and exported in this file (`default` for `export default <expression>`). */
  local: string[];
  /** `export { local as exported }` and `export default <identifier>` of a file-scope name. */
  aliases: { exported: string; local: string }[];
  /** `export { imported as exported } from 'specifier'`; `export * as ns from` has imported `*`. */
  from: { exported: string; imported: string; specifier: string }[];
  /** `export * from 'specifier'`. */
  star: string[];
}

/**
 * How a `catch` clause deals with the error, from the shape of its block (first that applies):
 * - `empty`: no statements (comments only);
 * - `rethrow`: throws the caught variable itself (`throw e`), anywhere in the block outside nested functions;
 * - `rethrow-wrapped`: throws anything else (`new AppError('…', { cause: e })`, or a new error that
 *   drops the caught one: `usesError` tells them apart);
 * - `log-only`: nothing but log calls (`console.*`, `logger.*`, `log.*`, `this.logger.*`, …);
 * - `return-error-value`: log calls and assignments of value expressions, then at most one
 *   `return` of a value expression (a literal, `null`, `undefined`, an identifier or member chain, an
 *   object or array literal, a `new` — anything but a call) or a bare `return;`;
 * - `handled`: anything else (recovery code, a call that takes the error, `continue`, …).
 */
export type CatchStyle = 'empty' | 'rethrow' | 'rethrow-wrapped' | 'log-only' | 'return-error-value' | 'handled';

/** One `catch` clause, at its `catch` keyword. */
export interface CatchFact extends Position {
  style: CatchStyle;
  /** Some value reference in the clause (nested functions included) resolves to the caught variable. */
  usesError: boolean;
  /** `catch (e)` or `catch`, as written (for messages and fingerprints). */
  text: string;
  /** `return-error-value`: the value returned or assigned, as written (shortened). */
  value?: string;
  /** `empty`: the block holds a comment. */
  commented?: boolean;
}

/** A named class or function implemented in this file (not ambient, not an overload signature). */
export interface DeclarationFact extends Position {
  /** `function` also covers `const f = () => …` and `const f = function …`; `class` covers `const C = class …`. */
  kind: 'class' | 'function';
  name: string;
  /** Exported by name or as default (`export class`, `export { C }`, `export default C`). */
  exported: boolean;
  /** Classes: public member names (methods, properties, accessors, public parameter properties; not the constructor), sorted, unique. */
  members?: string[];
  /** Classes: what their `extends` and `implements` clauses name (the last identifier: `ns.Logger` is `Logger`), when any. */
  heritage?: string[];
}

/** An exported `const` whose value is a string literal (`export const DATE_FORMAT = 'yyyy-MM-dd'`). */
export interface StringConstantFact extends Position {
  name: string;
  value: string;
}

/**
 * What stays of a file's facts once its own sites are found (`stages/keep-facts.ts`):
 * what other files' export chains (bindings, exports) and the detectors (declarations, catches) read.
 */
export interface KeptFacts {
  file: string;
  bindings: ImportBinding[];
  exports: ExportFacts;
  /** Classes and functions declared here (for the duplicate-implementation detector). */
  declarations: DeclarationFact[];
  /** Catch clauses with their style (for the silent-failure and inconsistent-error-handling detectors). */
  catches: CatchFact[];
  /** Exported string constants (for discover's magic literals: a literal equal to one is a candidate bypass). */
  constants: StringConstantFact[];
  /** First syntax error, if the parser had to recover. */
  syntaxError?: Position & { message: string };
}

/** Everything one walk yields; `findSites` reads the rest (references, handles, globals, literals, module sites). */
export interface FileFacts extends KeptFacts {
  refs: BindingRef[];
  handles: Handle[];
  handleAccesses: HandleAccess[];
  globals: GlobalRef[];
  literals: LiteralRef[];
  modules: ModuleRef[];
  /** Inline suppression comments (`scan/collect-suppressions.ts`), in text order; absent when none. */
  suppressions?: SuppressionComment[];
}

/** The comment forms that can suppress bypass sites (SPEC §4 "Inline suppressions"), and `eslint-enable`, which ends a block. */
export type SuppressionForm = 'ssot-ignore-next-line' | 'ssot-ignore-file' | 'eslint-disable-next-line' | 'eslint-disable-line' | 'eslint-disable' | 'eslint-enable';

/** One suppression comment, at its `//` or `/*`, as written: nothing here depends on the registry. */
export interface SuppressionComment extends Position {
  form: SuppressionForm;
  /** `ssot-ignore-*`: the entry names; `eslint-*`: the rule names (none: every rule). */
  names: string[];
  /** The text after ` -- ` (ESLint's description), when it is not empty. */
  reason?: string;
  /** The line the comment ends on (a `-next-line` comment covers the line after it). */
  endLine: number;
}

/**
 * Replaces the strings of the kept part with copies, in place. Names taken from the syntax tree
 * are often slices of the file's text (V8 slices substrings of 13 characters or more), and one
 * slice keeps the whole text alive for as long as it lives: in the kept facts, and in what export
 * chains and the resolver memoise for the run (tools/bench: 9 MB of texts at 5,000 files).
 */
export function detachKeptStrings(facts: FileFacts): void {
  const copy = (text: string): string => (text.length < 13 ? text : (' ' + text).slice(1)); // shorter ones are copies already
  for (const binding of facts.bindings) {
    binding.local = copy(binding.local);
    binding.imported = copy(binding.imported);
    binding.specifier = copy(binding.specifier);
  }
  const { exports } = facts;
  exports.local = exports.local.map(copy);
  exports.star = exports.star.map(copy);
  for (const alias of exports.aliases) {
    alias.exported = copy(alias.exported);
    alias.local = copy(alias.local);
  }
  for (const from of exports.from) {
    from.exported = copy(from.exported);
    from.imported = copy(from.imported);
    from.specifier = copy(from.specifier);
  }
  for (const declaration of facts.declarations) {
    declaration.name = copy(declaration.name);
    if (declaration.members) declaration.members = declaration.members.map(copy);
  }
  for (const constant of facts.constants) {
    constant.name = copy(constant.name);
    constant.value = copy(constant.value);
  }
  for (const clause of facts.catches) {
    clause.text = copy(clause.text);
    if (clause.value !== undefined) clause.value = copy(clause.value);
  }
}

/** Which registry tokens the scan keeps (everything else about bindings and handles is kept always). */
export interface ScanInterest {
  /** Root identifiers of `global` matchers (`JSON`, `process`, `import.meta`). */
  globalRoots: Set<string>;
  /** Class names of `new` matchers without `from` (global classes). */
  globalNewNames: Set<string>;
  literals: Set<string>;
}
