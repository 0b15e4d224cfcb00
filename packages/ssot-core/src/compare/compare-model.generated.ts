/* eslint-disable */
/**
 * GENERATED from packages/ssot-core/schema/compare.schema.json by tools/gen-types.mjs: do not edit by hand.
 * Change the schema, then run `npm run gen:types`; a unit test fails while this file is stale.
 */

/**
 * What `ssot-report --compare=<ref>` writes to compare.json (SPEC §7 Time): the working tree against the merge base of a git ref. Sorted, no clock except `today`.
 */
export interface CompareReport {
  schemaVersion: 1;
  /**
   * The UTC day (YYYY-MM-DD) that decided exemptions on both sides.
   */
  today: string;
  /**
   * The code owner this comparison is limited to (--owner): both sides count only the sites and findings in the files it owns, by the working tree's owners (the merge base's for files gone since).
   */
  owner?: string;
  /**
   * What the working tree was compared with.
   */
  base: {
    /**
     * The ref as given (--compare).
     */
    ref: string;
    /**
     * The merge base of HEAD and the ref: the before side.
     */
    commit: string;
    /**
     * HEAD when the comparison ran; the after side is the working tree on top of it.
     */
    head: string;
  };
  health: Change;
  /**
   * Per SSOT, coverage before → after; the biggest change first, then by name.
   */
  entries: {
    name: string;
    /**
     * added or removed: the entry is in the registry on one side only.
     */
    status: 'added' | 'removed' | 'changed' | 'unchanged';
    coverage: Change;
    bypass: {
      before: number;
      after: number;
    };
  }[];
  registry: {
    /**
     * Entries in the working tree's registry, not in the merge base's.
     */
    added: string[];
    /**
     * Entries in the merge base's registry, not in the working tree's.
     */
    removed: string[];
  };
  bypasses: {
    /**
     * Bypass sites whose fingerprint the merge base does not have.
     */
    new: BypassChange[];
    /**
     * Bypass sites of the merge base whose fingerprint the working tree does not have.
     */
    fixed: BypassChange[];
  };
  findings: {
    new: FindingChange[];
    resolved: FindingChange[];
  };
  projects: {
    /**
     * Projects whose check inputs differ: analysed on both sides.
     */
    analysed: string[];
    /**
     * Projects whose check inputs are equal on both sides: taken as equal, not analysed at the merge base.
     */
    unchanged: string[];
  };
  /**
   * What the reader should know about how the comparison was made (a registry absent at the merge base...).
   */
  notes: string[];
  /**
   * Why the comparison fails: new bypasses of error entries that the baseline does not know.
   */
  failures: string[];
}
export interface Change {
  /**
   * Percent at the merge base; null: no data.
   */
  before: number | null;
  /**
   * Percent in the working tree; null: no data.
   */
  after: number | null;
  /**
   * after − before in percentage points, rounded to 0.1; null when either side has no data.
   */
  change: number | null;
}
export interface BypassChange {
  entry: string;
  enforce: 'error' | 'warn' | 'off';
  /**
   * Workspace-relative, on the side the site is on (the working tree for new, the merge base for fixed).
   */
  file: string;
  line: number;
  column: number;
  text: string;
  /**
   * The project that owns the file.
   */
  project: string;
  /**
   * The file's code owners (CODEOWNERS or tags, as in the report), by the working tree's owners, the merge base's for a file gone since; "(no owner)" when nobody owns it.
   */
  owners?: string[];
  fix: string;
  fingerprint: string;
  /**
   * A new bypass that the project's baseline already lists: it does not fail.
   */
  known?: boolean;
}
export interface FindingChange {
  detector: string;
  message: string;
  file: string;
  line: number;
  column: number;
  project: string;
  fix: string;
  fingerprint: string;
}
