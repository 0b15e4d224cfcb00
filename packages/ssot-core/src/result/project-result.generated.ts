/* eslint-disable */
/**
 * GENERATED from packages/ssot-core/schema/project-result.schema.json by tools/gen-types.mjs: do not edit by hand.
 * Change the schema, then run `npm run gen:types`; a unit test fails while this file is stale.
 */

/**
 * Whether a site goes through the SSOT (`usage`) or around it (`bypass`).
 */
export type Side = 'usage' | 'bypass';
/**
 * What produced the site: `ref` a value reference to a binding, `handle` a member access through a handle, `global` / `new` / `literal` / `module` the bypass matchers of those kinds, `factory-bypass` a `new X()` of an SSOT that has a factory.
 */
export type SiteKind = 'ref' | 'handle' | 'global' | 'new' | 'literal' | 'module' | 'factory-bypass';
/**
 * How a usage reaches the SSOT, first that applies: `legacy-shim` (through a legacy path), `deep-import` (into another library's internals instead of its public entry), `factory` (through the factory), `direct` (the export itself or a handle to it).
 */
export type UsagePattern = 'legacy-shim' | 'deep-import' | 'factory' | 'direct';
/**
 * The anti-pattern detectors (SPEC §5).
 */
export type DetectorId =
  | 'duplicate-implementation'
  | 'factory-bypass'
  | 'silent-failure'
  | 'multiple-import-paths'
  | 'inconsistent-error-handling'
  | 'legacy-shim';
/**
 * How a catch clause deals with the error (first that applies): `empty` no statements; `rethrow` throws the caught variable; `rethrow-wrapped` throws anything else; `log-only` only log calls; `return-error-value` log calls and value assignments, then at most a `return` of a value (not a call); `handled` anything else. See docs/detectors.md.
 */
export type CatchStyle =
  'empty' | 'rethrow' | 'rethrow-wrapped' | 'log-only' | 'return-error-value' | 'handled';

/**
 * What `ssot-check` writes for one project: sorted, relative paths, no time stamps (SPEC §6).
 */
export interface ProjectResult {
  /**
   * Bumped when the shape changes; readers refuse other versions.
   */
  schemaVersion: 1;
  /**
   * The Nx project.
   */
  project: string;
  /**
   * Files of the project that matched `include` and not `exclude` and were analysed; the files in `notAnalysed` are counted apart.
   */
  filesAnalysed: number;
  /**
   * Files of the project that matched `include` and not `exclude` but were not (fully) analysed, with the reason (a diagnostic's code: `file-unreadable`, `file-too-large`, `binary-file`, `scan-failed`, `syntax-error`), sorted by file. Their baseline items are kept, never reported fixed (SPEC §7).
   */
  notAnalysed?: NotAnalysedFile[];
  /**
   * Every registry entry that applies to the project, by name, including those with no sites.
   */
  entries: {
    [k: string]: EntryTotals;
  };
  sites: Site[];
  diagnostics: Diagnostic[];
  /**
   * Per registry entry that applies to the project (the keys of `entries`), how many of the project's sites each of the entry's bypass matchers matched, in the order of its `bypasses`. Exempt sites count, and a site that two matchers match counts for both. The report sums these over every project: a matcher whose sum is 0 matched nothing in the workspace, a workspace warning (SPEC §6) that no single project's result can decide.
   */
  matcherSites: {
    [k: string]: number[];
  };
  /**
   * Anti-patterns found in the project's files by the project-level detectors (SPEC §5), sorted by file, line, column, detector. Workspace-level findings (multiple-import-paths, and inconsistent-error-handling across the workspace) are made by the report from `importPaths` and `catchStyles` of every project.
   */
  findings: Finding[];
  /**
   * Per SSOT entry, the import specifiers through which this project's files reach it (usage and factory-bypass sites, exempt ones left out; files of the project that owns the SSOT's source left out), with counts. Sorted by entry; specifiers sorted.
   */
  importPaths: ImportPaths[];
  catchStyles?: CatchStyleMix;
  /**
   * The SSOT source files this project owns (SPEC §6: each SSOT is attributed to the project that owns its source), with their size, so the report never reads sources.
   */
  sources: OwnedSource[];
  baseline: BaselineComparison;
  owners?: CodeOwners;
  /**
   * For "did you mean …?" in the report's workspace warnings (SPEC §6): per part of an applicable entry that matched nothing in this project (a bypass matcher, a `module`), the names of the project's code closest to it within the edit-distance threshold (module specifiers and files, global member chains, class names). Parts with no close name are left out; absent when none. Sorted by entry, then `at`.
   */
  closestNames?: NearName[];
}
/**
 * A file that was listed for analysis but not (fully) analysed.
 */
export interface NotAnalysedFile {
  /**
   * Workspace-relative, `/` separators.
   */
  file: string;
  /**
   * The code of the diagnostic that says why, e.g. `file-unreadable`.
   */
  reason: string;
}
/**
 * One entry's figures (its SideCounts plus coverage, exempt counts and the mixes by pattern and kind).
 */
export interface EntryTotals {
  usage: number;
  bypass: number;
  /**
   * usage / (usage + bypass) × 100, one decimal; null when there are no sites ("no data").
   */
  coverage: number | null;
  /**
   * Exempted sites, counted apart from usage and bypass.
   */
  exempt: SideCounts;
  /**
   * Bypass sites suppressed by an inline comment (see the site's `suppressed`), counted apart from usage, bypass and exempt; absent when none (results written before suppressions existed never have it).
   */
  suppressed?: number;
  /**
   * Usage sites by pattern; absent patterns have none.
   */
  byPattern: {
    'legacy-shim'?: number;
    'deep-import'?: number;
    factory?: number;
    direct?: number;
  };
  /**
   * `side:kind` → count, e.g. `bypass:factory-bypass`.
   */
  byKind: {
    [k: string]: number;
  };
  /**
   * Known bypasses kept from the baseline because their file was not analysed in this run; counted in `bypass`, so a file that cannot be read never improves coverage.
   */
  kept?: number;
  /**
   * True when some file of the project was not analysed (see `notAnalysed`): the figures may miss its sites.
   */
  incomplete?: true;
}
/**
 * Site counts by side.
 */
export interface SideCounts {
  usage: number;
  bypass: number;
}
/**
 * The one result shape: every counted site is a plain record (SPEC §4). Per-project results, the baseline and the report all carry these.
 */
export interface Site {
  /**
   * The registry entry's name.
   */
  entry: string;
  side: Side;
  kind: SiteKind;
  /**
   * Workspace-relative, `/` separators.
   */
  file: string;
  /**
   * 1-based.
   */
  line: number;
  /**
   * 1-based, UTF-16 code units.
   */
  column: number;
  /**
   * The matched text, e.g. `new Foo`, `logger.warn`, `import 'm'`.
   */
  text: string;
  /**
   * The Nx project that owns the file, or `(none)`.
   */
  project: string;
  /**
   * Usages only.
   */
  pattern?: UsagePattern;
  /**
   * True when an unexpired exemption covers the file: counted apart from usage and bypass.
   */
  exempt?: boolean;
  suppressed?: Suppression;
  /**
   * Content fingerprint, baseline format 2: entry, file relative to its project, enclosing declaration path, matched text and a hash of the normalised line, with an occurrence index among sites equal on all of those; never the line number (SPEC §7, packages/ssot-core/docs/baseline.md).
   */
  fingerprint: string;
  /**
   * Bypass sites only: true when the project's baseline lists this site's fingerprint.
   */
  known?: boolean;
}
/**
 * Bypass sites only: the inline comment that suppresses this site (SPEC §4 "Inline suppressions"). A suppressed site is counted apart, like an exempt one: not in usage, bypass or coverage, never a baseline item nor a new bypass. An exempt site is never suppressed.
 */
export interface Suppression {
  /**
   * The comment's form: `ssot-ignore-next-line`, `ssot-ignore-file`, or `eslint-disable` (ESLint's `eslint-disable-next-line`, `eslint-disable-line` and `eslint-disable … eslint-enable` comments that name an `ssot/*` rule, or no rule at all).
   */
  by: 'ssot-ignore-next-line' | 'ssot-ignore-file' | 'eslint-disable';
  /**
   * The text after ` -- ` in the comment; absent when the comment gives none (a `suppression-without-reason` diagnostic).
   */
  reason?: string;
  /**
   * 1-based line of the comment.
   */
  line: number;
}
/**
 * A file the analysis could not read or parse as expected; analysis continued without it.
 */
export interface Diagnostic {
  /**
   * Workspace-relative, `/` separators.
   */
  file: string;
  line: number;
  column: number;
  /**
   * Stable code, e.g. `syntax-error`, `file-too-large`, `expired-exemption`, `suppression-without-reason`, `suppression-unknown-entry`, `suppression-unused`.
   */
  code: string;
  /**
   * The registry entry concerned, when there is one (e.g. an expired exemption's).
   */
  entry?: string;
  message: string;
}
/**
 * An anti-pattern found by a detector (SPEC §5): the fields of a site (entry, file, line, column, text, project, fingerprint) plus the detector's.
 */
export interface Finding {
  detector: DetectorId;
  /**
   * The key of the message in the detector's `meta.messages`, e.g. `emptyCatch`.
   */
  messageId: string;
  /**
   * The message, its template filled in.
   */
  message: string;
  /**
   * The registry entry concerned, when there is one.
   */
  entry?: string;
  /**
   * Workspace-relative, `/` separators; `.` for a finding about the whole workspace.
   */
  file: string;
  /**
   * 1-based.
   */
  line: number;
  /**
   * 1-based, UTF-16 code units.
   */
  column: number;
  /**
   * What the finding is about, as written, e.g. `new ExecutionEngine`, `catch (e)`, `class LegacyJsonHandler`.
   */
  text: string;
  /**
   * The Nx project that owns the file, or `(none)`.
   */
  project: string;
  /**
   * Content fingerprint (detector, entry, file, text, occurrence), stable across line shifts.
   */
  fingerprint: string;
  /**
   * How to fix it, in words.
   */
  fix: string;
  /**
   * True when an unexpired exemption of the entry covers the file.
   */
  exempt?: boolean;
  /**
   * Other places the finding names, e.g. the SSOT a duplicate competes with.
   */
  related?: Location[];
}
/**
 * A place in a workspace file.
 */
export interface Location {
  /**
   * Workspace-relative, `/` separators.
   */
  file: string;
  /**
   * 1-based.
   */
  line: number;
  /**
   * 1-based, UTF-16 code units.
   */
  column: number;
}
/**
 * The specifiers through which one project reaches one SSOT (multiple-import-paths detector). A relative specifier is recorded as the workspace file it resolves to.
 */
export interface ImportPaths {
  entry: string;
  /**
   * The owner's public entry point that exports the SSOT: a root tsconfig alias or package name (the `module` of a module entry); absent when none does.
   */
  canonical?: string;
  specifiers: {
    specifier: string;
    /**
     * Sites reached through it.
     */
    count: number;
  }[];
}
/**
 * The mix of catch styles in this project's files; absent when the inconsistent-error-handling detector is off.
 */
export interface CatchStyleMix {
  /**
   * Catch clauses counted.
   */
  total: number;
  /**
   * Styles present, most frequent first (ties by name).
   */
  styles: {
    style: CatchStyle;
    count: number;
    /**
     * Share of `total`, one decimal.
     */
    percent: number;
  }[];
}
export interface OwnedSource {
  /**
   * The registry entry.
   */
  entry: string;
  /**
   * Workspace-relative path of its source.
   */
  file: string;
  /**
   * Lines in the source file.
   */
  lines: number;
}
/**
 * This run's bypass sites against the project's baseline file (SPEC §7).
 */
export interface BaselineComparison {
  /**
   * Workspace-relative path of the baseline file (it may not exist yet).
   */
  file: string;
  exists: boolean;
  /**
   * The baseline file's format: 2 (fingerprints by declaration and line text) or 1 (the first format, by occurrence; compared best-effort until the next ssot-baseline migrates it). Absent when there is no baseline.
   */
  format?: 1 | 2;
  /**
   * Bypass sites that the baseline lists.
   */
  known: number;
  /**
   * Bypass sites that the baseline does not list.
   */
  new: number;
  /**
   * Baseline items that no longer occur in files that were analysed, or whose file is gone (reported as fixed; dropped on --update-baseline).
   */
  fixed: BaselineItem[];
  /**
   * Baseline items whose file was not analysed in this run (unreadable, too large, binary, failed to scan, syntax error, excluded): still known, never fixed, and kept by --update-baseline.
   */
  kept?: KeptBaselineItem[];
}
/**
 * One known bypass site of the baseline: keyed by fingerprint, never by line.
 */
export interface BaselineItem {
  fingerprint: string;
  entry: string;
  file: string;
  text: string;
  /**
   * 1 for an item whose fingerprint is still in format 1 (carried over from a format-1 baseline while its file was not analysed); compared through format-1 fingerprints. Absent for format 2.
   */
  format?: 1;
}
/**
 * A baseline item kept because its file was not analysed.
 */
export interface KeptBaselineItem {
  fingerprint: string;
  entry: string;
  file: string;
  text: string;
  /**
   * Why the file was not analysed: a diagnostic's code (`file-unreadable`, `file-too-large`, `binary-file`, `scan-failed`, `syntax-error`) or `excluded` (the file exists but `include`/`exclude` leave it out).
   */
  reason: string;
  /**
   * 1 for an item whose fingerprint is still in format 1 (carried over from a format-1 baseline while its file was not analysed); compared through format-1 fingerprints. Absent for format 2.
   */
  format?: 1;
}
/**
 * Who owns the project's sites and findings (SPEC §6), once per file rather than per site: a site's or finding's owners are those of its file. Absent in results written before owners existed (the report then counts their code under "(no owner)").
 */
export interface CodeOwners {
  /**
   * Where the owners come from: `codeowners` (the CODEOWNERS file named in `file`, last matching rule per section) or `tags` (the project's Nx tags with the registry's `owners.tagPrefix`).
   */
  from: 'codeowners' | 'tags';
  /**
   * The CODEOWNERS file read, workspace-relative (`from: codeowners` only).
   */
  file?: string;
  /**
   * Each file the result names that has owners → its owners, in the order CODEOWNERS names them; keys sorted. A file not listed has no owner. The files named: those with a site or a finding, the SSOT sources the project owns (the report places workspace-level findings there), the files of fixed and kept baseline items (so `--owner` attributes them even when no site of the file remains), the files not analysed and the files of diagnostics.
   */
  files: {
    [k: string]: string[];
  };
  /**
   * Per owner, how many of the project's analysed files it owns (a file with several owners counts for each; files nobody owns under "(no owner)"); keys sorted, owners with none left out. What `--owner` shows as a project's files analysed. Absent in results written before it existed.
   */
  filesAnalysed?: {
    [k: string]: number;
  };
}
export interface NearName {
  /**
   * The registry entry.
   */
  entry: string;
  /**
   * The part of the entry, as a JSON path below it: `bypasses[1].import`, `bypasses[0].new`, `bypasses[0].from`, `module`.
   */
  at: string;
  /**
   * The closest names, sorted, at most 3.
   */
  names: string[];
  /**
   * Their edit distance to the registry's name, case ignored (0: only the case differs).
   */
  distance: number;
}
