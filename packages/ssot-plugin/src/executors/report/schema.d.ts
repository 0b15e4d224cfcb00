/* eslint-disable */
/**
 * GENERATED from packages/ssot-plugin/src/executors/report/schema.json by tools/gen-types.mjs: do not edit by hand.
 * Change the schema, then run `npm run gen:types`; a unit test fails while this file is stale.
 */

/**
 * Merges every project's cached ssot-check result into the workspace report (tiers, health score, action items, goals, trend) and writes it in the chosen formats; fails when an entry is below its minCoverage, the health score is below minHealth, an entry's coverage fell since the baseline snapshot, or (under strict) on workspace warnings.
 */
export interface ReportExecutorSchema {
  /**
   * Formats to produce: terminal (printed), markdown (report.md), json (report.json), sarif (report.sarif), html (report.html). A list, or a comma-separated string on the command line. Default: all. With --compare: terminal (a summary printed), markdown (compare.md), json (compare.json), github (GitHub Actions annotations printed); default terminal,markdown,json.
   */
  format?: string | ('terminal' | 'markdown' | 'json' | 'sarif' | 'html' | 'github')[];
  /**
   * Compare the working tree with the merge base of this git ref (e.g. origin/main) instead of writing the report: writes compare.md and compare.json to outputDir (health and coverage before → after, bypasses new and fixed, findings new and resolved, registry entries added and removed) and fails on a new bypass of an error entry that the baseline does not know. Only projects whose check inputs differ are analysed at the merge base, read from git's object database (no checkout). Run it with --skip-nx-cache: the merge base is not an input of the cached target.
   */
  compare?: string;
  /**
   * Instead of the report, add history points computed from git commits to the history file: one per interval (--every) since --since, from the last commit of the current branch's first-parent line in that interval by committer date, read from git's object database (no checkout). Points already in the file are kept; the file stays sorted by date. Run it with --skip-nx-cache.
   */
  backfill?: boolean;
  /**
   * With --backfill: the first UTC day (YYYY-MM-DD) to compute points for.
   */
  since?: string;
  /**
   * With --backfill: one point per UTC ISO week or per calendar month.
   */
  every?: 'week' | 'month';
  /**
   * Workspace-relative folder the report files are written to.
   */
  outputDir?: string;
  /**
   * Workspace-relative path of the registry.
   */
  registry?: string;
  /**
   * The per-project target whose results are merged.
   */
  checkTarget?: string;
  /**
   * Workspace-relative path of the history file (one JSON line per recorded run). Commit it.
   */
  history?: string;
  /**
   * Append this run's snapshot (date, commit, health, per-entry coverage) to the history file.
   */
  record?: boolean;
  /**
   * Compare with the newest history snapshot at or before this day (YYYY-MM-DD) instead of the previous one.
   */
  baselineDate?: string;
  /**
   * The report's commit: recorded with --record, and filled into {commit} of --link-template; default (with either of them): `git rev-parse --short HEAD` when git answers.
   */
  commit?: string;
  /**
   * Fail on workspace warnings, naming each: a project pattern that matches no project, an entry or bypass matcher that matches no site anywhere in the workspace. The registry's "strict": true does the same. Without either, they are listed under diagnostics and the report passes.
   */
  strict?: boolean;
  /**
   * Report only this code owner's code (a CODEOWNERS owner such as @acme/web, a tag such as team:web with owners from tags, or "(no owner)"): every figure, table and finding counts the sites and findings in the files it owns, baseline items by the owner of their file. With --compare, both sides count only its code. The trend is not compared (the history holds whole-workspace figures); --record and --backfill are refused.
   */
  owner?: string;
  /**
   * Makes every place in report.html a link to the code host: an http(s) URL in which {file} (workspace-relative path), {line} and {commit} (the report's commit: --commit, else `git rev-parse --short HEAD`) are filled in, each URL-encoded. GitHub: https://github.com/acme/repo/blob/{commit}/{file}#L{line}; GitLab: https://gitlab.com/acme/repo/-/blob/{commit}/{file}#L{line}.
   */
  linkTemplate?: string;
  /**
   * The UTC calendar day (YYYY-MM-DD) of this report; today when absent.
   */
  today?: string;
}
