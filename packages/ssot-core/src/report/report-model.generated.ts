/* eslint-disable */
/**
 * GENERATED from packages/ssot-core/schema/report.schema.json by tools/gen-types.mjs: do not edit by hand.
 * Change the schema, then run `npm run gen:types`; a unit test fails while this file is stale.
 */

/**
 * A percentage with one decimal; null is "no data".
 */
export type PercentOrNull = number | null;
export type Count = number;
export type TierStatus = 'excellent' | 'good' | 'needs-work' | 'poor';
export type Priority = 'critical' | 'high' | 'medium' | 'low';
export type Enforce = 'error' | 'warn' | 'off';
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
export type CalendarDay = string;
export type GoalState = 'met' | 'on-track' | 'behind' | 'no-data';

/**
 * The workspace report (SPEC §7): what `merge → score` produces from the per-project results and what every reporter renders. Plain data, deterministic (sorted, no clock except `today`).
 */
export interface WorkspaceReport {
  /**
   * Bumped when the shape changes; readers refuse other versions.
   */
  schemaVersion: 1;
  /**
   * The calendar day (UTC, YYYY-MM-DD) the report was made: the only date it carries.
   */
  today: string;
  /**
   * The commit analysed, when known.
   */
  commit?: string;
  /**
   * Usage-weighted coverage of all entries, one decimal; null is "no data".
   */
  health: PercentOrNull;
  /**
   * The registry's `minHealth`: the report fails below it.
   */
  minHealth?: number;
  /**
   * Plain average of the entries' coverage (entries with data), one decimal.
   */
  platformAverage: PercentOrNull;
  /**
   * Site, entry and project counts across the workspace.
   */
  totals: {
    usage: Count;
    bypass: Count;
    exempt: Count;
    /**
     * Bypass sites suppressed by inline comments (SPEC §4), counted apart; absent when none.
     */
    suppressed?: Count;
    entries: Count;
    projects: Count;
  };
  tiers: TierReport[];
  /**
   * Per SSOT of the registry: most bypass sites first, then by name, as every format lists them.
   */
  entries: EntryReport[];
  /**
   * Per project (under --owner, those where the owner has code): most bypass sites first, then by name, as every format lists them.
   */
  projects: ProjectReport[];
  ownership: Ownership;
  matrices: Matrices;
  patterns: PatternReport[];
  /**
   * For entries with a factory: factory usages / (factory usages + factory bypasses).
   */
  factoryAdoption: PercentOrNull;
  actionItems: ActionItem[];
  /**
   * Every anti-pattern finding (SPEC §5) that is not exempt: each project's, then the workspace-level ones (multiple-import-paths, inconsistent-error-handling).
   */
  findings: Finding[];
  /**
   * Findings per detector, most first, with the first locations.
   */
  antiPatterns: AntiPatternSummary[];
  /**
   * Each SSOT's import specifiers summed over the projects.
   */
  importPaths: ImportPaths[];
  catchStyles?: CatchStyleMix;
  goals: GoalReport[];
  trend: TrendReport;
  baseline?: BaselineSummary;
  diagnostics: Diagnostics;
  /**
   * Why the report fails (empty when it passes).
   */
  failures: string[];
}
/**
 * One coverage band and the SSOTs in it.
 */
export interface TierReport {
  name: string;
  min: number;
  max: number;
  classCount: Count;
  averageCoverage: PercentOrNull;
  status: TierStatus;
  /**
   * The SSOTs in the tier, most bypass sites first, then by name.
   */
  entries: string[];
}
/**
 * One SSOT across the workspace.
 */
export interface EntryReport {
  name: string;
  /**
   * `source` path or `module` specifier.
   */
  location: string;
  /**
   * The project that owns `source` (via the project graph), if any.
   */
  ownerProject?: string;
  /**
   * Lines of the source file, when the owning project's check recorded it.
   */
  lines?: Count;
  owner?: string;
  impact?: string;
  priority: Priority;
  enforce: Enforce;
  usage: Count;
  bypass: Count;
  exempt: SideCounts;
  /**
   * Bypass sites suppressed by inline comments, counted apart from usage, bypass and exempt (not in coverage); absent when none.
   */
  suppressed?: Count;
  /**
   * One decimal; null is "no data".
   */
  coverage: PercentOrNull;
  /**
   * Tier name, or null with no data.
   */
  tier: string | null;
  /**
   * Usage sites by pattern; absent patterns have none.
   */
  byPattern: ByPattern;
  /**
   * Projects with the most bypass sites, most first.
   */
  topBypassing: ProjectBypass[];
  minCoverage?: number;
  /**
   * Bypass sites of this entry (for action items, SARIF and the HTML details).
   */
  bypassSites: Site[];
  /**
   * The suppressed bypass sites of this entry, each with its comment (`suppressed`: form, reason, line), sorted by file and position; absent when none.
   */
  suppressedSites?: Site[];
  /**
   * Known bypasses kept from the projects' baselines because their file was not analysed; included in `bypass`, so coverage never improves because a file could not be read.
   */
  kept?: Count;
  /**
   * True when a project where the entry applies had files that were not analysed: its figures may miss their sites.
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
 * Usage sites by pattern; absent patterns have none.
 */
export interface ByPattern {
  'legacy-shim'?: number;
  'deep-import'?: number;
  factory?: number;
  direct?: number;
}
export interface ProjectBypass {
  project: string;
  bypass: Count;
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
 * One project across the SSOTs that apply to it.
 */
export interface ProjectReport {
  name: string;
  usage: Count;
  bypass: Count;
  /**
   * Bypass sites suppressed by inline comments in this project; absent when none.
   */
  suppressed?: Count;
  coverage: PercentOrNull;
  /**
   * Files analysed; files not analysed are counted apart in `filesNotAnalysed`.
   */
  filesAnalysed: Count;
  /**
   * Per entry with sites in this project.
   */
  entries: {
    [k: string]: SideCounts;
  };
  /**
   * Files of the project that were not (fully) analysed (the project result's `notAnalysed`); absent when none.
   */
  filesNotAnalysed?: Count;
  /**
   * The files counted in `filesNotAnalysed`, each with why (the project result's `notAnalysed`), sorted by file; absent when none.
   */
  notAnalysed?: NotAnalysedFile[];
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
 * Who owns the code (SPEC §7 Owners): rollups per code owner and per Nx tag.
 */
export interface Ownership {
  /**
   * Where the owners came from (the results' `owners.from`); `none` when no result carries owners (written by an older check).
   */
  from: 'codeowners' | 'tags' | 'none';
  /**
   * The CODEOWNERS file read, when owners came from one.
   */
  file?: string;
  /**
   * The owner this report is limited to (--owner): every figure counts only that owner's code.
   */
  filter?: string;
  /**
   * Per code owner, "(no owner)" included; a site with several owners counts once for each. Most bypass sites first.
   */
  owners: Rollup[];
  /**
   * Per Nx tag of the projects (each tag's `group` is the part before `:`), by group then most bypass sites first; a project counts for each of its tags.
   */
  tags: Rollup[];
  /**
   * The owners of each file with a bypass site (not exempt) or a finding in this report, keys sorted; a file not listed has none ("(no owner)"). What SARIF results and places in the report name.
   */
  files: {
    [k: string]: string[];
  };
}
/**
 * One owner's or tag's code across the SSOTs.
 */
export interface Rollup {
  name: string;
  /**
   * Tags only: the part before `:` (`scope` for `scope:shared`), or the whole tag.
   */
  group?: string;
  usage: Count;
  bypass: Count;
  coverage: PercentOrNull;
  /**
   * The tier its coverage falls in; null with no data.
   */
  tier: string | null;
  /**
   * The SSOTs it bypasses most (at most 5, bypass sites first).
   */
  topEntries: EntryCounts[];
  /**
   * Anti-pattern findings (not exempt) in its code.
   */
  findings: Count;
  /**
   * Those findings per detector; absent when none.
   */
  byDetector?: {
    [k: string]: Count;
  };
}
export interface EntryCounts {
  entry: string;
  usage: Count;
  bypass: Count;
  coverage: PercentOrNull;
}
/**
 * Coverage per cell of project × SSOT and owner × SSOT (SPEC §7).
 */
export interface Matrices {
  projects: Matrix;
  owners: Matrix;
}
/**
 * Rows (projects or owners) and columns (SSOTs with sites), both most bypass sites first; `cells[row][column]` is null where the row has no site of that SSOT.
 */
export interface Matrix {
  rows: string[];
  columns: string[];
  cells: (MatrixCell | null)[][];
}
export interface MatrixCell {
  usage: Count;
  bypass: Count;
  coverage: PercentOrNull;
  tier: string | null;
}
/**
 * How usages reach the SSOTs, by pattern.
 */
export interface PatternReport {
  pattern: UsagePattern;
  usage: Count;
  /**
   * Share of all usage sites, one decimal.
   */
  share: PercentOrNull;
}
/**
 * One SSOT's bypasses to fix, ranked by priority × bypass sites.
 */
export interface ActionItem {
  rank: number;
  entry: string;
  priority: Priority;
  bypass: Count;
  /**
   * priority weight × bypass sites.
   */
  score: number;
  projects: ProjectBypass[];
  files: {
    file: string;
    bypass: Count;
  }[];
  fix: string;
  /**
   * Commands that validate the fix, one per project concerned.
   */
  validate: string[];
  /**
   * The code owners to ask: those of the bypass sites, most sites first (at most 3; "(no owner)" for code nobody owns).
   */
  owners: OwnerBypass[];
}
export interface OwnerBypass {
  owner: string;
  bypass: Count;
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
export interface AntiPatternSummary {
  detector: DetectorId;
  /**
   * Findings of this detector (not exempt).
   */
  count: number;
  /**
   * The first findings, by file and position.
   */
  top: Finding[];
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
 * The workspace's mix of catch styles.
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
/**
 * One dated coverage goal of an entry or a tier.
 */
export interface GoalReport {
  /**
   * Entry name or tier name.
   */
  subject: string;
  kind: 'entry' | 'tier';
  by: CalendarDay;
  target: number;
  current: PercentOrNull;
  /**
   * Coverage at `by` on the line fitted for `eta`, when there is enough history and `by` has not passed.
   */
  projected: number | null;
  /**
   * `no-data`: not met, and too little history (fewer than two snapshots) to project. Agrees with `eta`: `on-track` when the line reaches the target by `by`, else `behind`.
   */
  state: GoalState;
  eta: GoalEta;
}
/**
 * When the goal will be met at the current rate: a least-squares line of coverage over time through the last 8 points of the history (today's included; one per day, the latest of a day), read where it reaches the target.
 */
export interface GoalEta {
  /**
   * `met`: coverage already reaches the target. `on-track` / `late`: the line reaches it on `date`, on or before `by` / after it. `not-at-this-rate`: the line is flat or falling (or reaches the target only after the year 9999). `not-enough-history`: fewer than 2 points with coverage. `no-data`: no coverage today.
   */
  status: 'met' | 'on-track' | 'late' | 'not-at-this-rate' | 'not-enough-history' | 'no-data';
  /**
   * The first day the fitted line reaches the target, never before the report's day (with `on-track` and `late`).
   */
  date?: string;
  /**
   * Days from `by` to `date` (with `late`).
   */
  lateByDays?: number;
  /**
   * Points the line was fitted through (at most 8).
   */
  points: number;
  /**
   * The fitted slope in coverage points per 30 days, one decimal (with 2 points or more).
   */
  ratePerMonth?: number;
}
/**
 * The history of snapshots and the delta against one of them.
 */
export interface TrendReport {
  points: TrendPoint[];
  /**
   * The snapshot compared against (baseline date, or the previous one).
   */
  against?: TrendPoint;
  /**
   * Entry → coverage delta in points against `against` (null when either side has no data).
   */
  delta: {
    [k: string]: number | null;
  };
  healthDelta: number | null;
}
/**
 * One snapshot of the history.
 */
export interface TrendPoint {
  date: CalendarDay;
  commit?: string;
  health: PercentOrNull;
  /**
   * Entry → coverage at that snapshot.
   */
  coverage: {
    [k: string]: PercentOrNull;
  };
  /**
   * Set on a backfilled point whose commit had no registry, or one this version cannot read: the commit was analysed with today's registry.
   */
  registry?: {
    from: 'today';
    reason: 'absent' | 'unreadable';
  };
}
/**
 * This run's bypass sites against the baselines of all projects.
 */
export interface BaselineSummary {
  /**
   * Bypass sites not in the baseline.
   */
  new: Count;
  /**
   * Known bypass sites still present.
   */
  same: Count;
  /**
   * Known bypass sites gone since the baseline.
   */
  fixed: Count;
  /**
   * none: no project has a baseline file yet; else new > 0: worse; fixed > 0 and new = 0: better; else same.
   */
  state: 'none' | 'same' | 'better' | 'worse';
  /**
   * Baseline items kept because their file was not analysed (never counted as fixed); absent when none.
   */
  kept?: Count;
  /**
   * The items counted in `kept`, each with its project and why its file was not analysed, sorted by reason, project, file; absent when none.
   */
  keptItems?: KeptItem[];
}
/**
 * A known bypass kept in a project's baseline because its file was not analysed in this run.
 */
export interface KeptItem {
  /**
   * The project whose baseline lists the item.
   */
  project: string;
  entry: string;
  /**
   * Workspace-relative, `/` separators.
   */
  file: string;
  /**
   * The matched text the baseline recorded.
   */
  text: string;
  /**
   * Why the file was not analysed: a diagnostic's code (`file-unreadable`, `file-too-large`, `binary-file`, `scan-failed`, `syntax-error`) or `excluded`.
   */
  reason: string;
}
/**
 * What the report could not count as asked (SPEC §7): workspace warnings, computed here from every project's result and the registry (they depend on every project, so no project's cached result holds them), and the per-file diagnostics the projects' checks recorded (parse errors, skipped files, expired exemptions...).
 */
export interface Diagnostics {
  /**
   * Registry patterns, entries and matchers that matched nothing in the workspace, in registry order. Under the registry's `strict` or the report's --strict each one fails the report.
   */
  workspace: WorkspaceWarning[];
  /**
   * Per-file diagnostics of every project, one group per code (sorted by code), each with all its places.
   */
  files: DiagnosticGroup[];
}
/**
 * A part of the registry that matched nothing anywhere in the workspace.
 */
export interface WorkspaceWarning {
  /**
   * `pattern-matches-no-project`: a `projects` pattern names no project; `entry-matches-no-site`: an entry has no usage and no bypass site (exempt ones included) in any project; `matcher-matches-no-site`: a bypass matcher of an entry that has sites matched none.
   */
  code: 'pattern-matches-no-project' | 'entry-matches-no-site' | 'matcher-matches-no-site';
  /**
   * A matcher-matches-no-site warning where the entry's coverage is incomplete (a project it applies to has files not analysed, where the matcher may match): listed, never a strict failure.
   */
  unsure?: boolean;
  /**
   * The registry entry.
   */
  entry: string;
  /**
   * The registry file, workspace-relative.
   */
  file: string;
  /**
   * JSONPath-style place in the registry, e.g. `$.entries[2].bypasses[1]`.
   */
  path: string;
  /**
   * 1-based line of that place in the registry file, when the report had the file's text.
   */
  line?: number;
  /**
   * 1-based column of that place.
   */
  column?: number;
  message: string;
  /**
   * The closest names found in the code (or the workspace's projects and tags, for a pattern), when one is close enough to be a slip: `axios` for `axois`. The message ends with them too.
   */
  didYouMean?: string[];
}
export interface DiagnosticGroup {
  /**
   * The diagnostics' code, e.g. `syntax-error`, `file-too-large`, `symlink-skipped`.
   */
  code: string;
  count: Count;
  /**
   * Every diagnostic of the code, sorted by file, line, column.
   */
  places: DiagnosticPlace[];
}
/**
 * One per-file diagnostic with the project whose check recorded it.
 */
export interface DiagnosticPlace {
  project: string;
  /**
   * Workspace-relative, `/` separators.
   */
  file: string;
  line: number;
  column: number;
  /**
   * The registry entry concerned, when there is one.
   */
  entry?: string;
  message: string;
}
