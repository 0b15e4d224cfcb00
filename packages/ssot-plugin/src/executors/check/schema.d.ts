/* eslint-disable */
/**
 * GENERATED from packages/ssot-plugin/src/executors/check/schema.json by tools/gen-types.mjs: do not edit by hand.
 * Change the schema, then run `npm run gen:types`; a unit test fails while this file is stale.
 */

/**
 * Counts the SSOT usages and bypasses of one project against the registry (ssot.json), writes the project's result file, and fails on new bypasses (not in the project's baseline) of entries with "enforce": "error" and on expired exemptions.
 */
export interface CheckExecutorSchema {
  /**
   * Workspace-relative path of the project's result file. `{projectName}` and `{projectRoot}` are replaced. Default: dist/ssot/projects/{projectName}.json (a scoped name such as @acme/web gives dist/ssot/projects/@acme/web.json).
   */
  outputFile?: string;
  /**
   * Workspace-relative path of the registry.
   */
  registry?: string;
  /**
   * The UTC calendar day (YYYY-MM-DD) that decides which exemptions have expired; today when absent. For tests and reproducing a past run.
   */
  today?: string;
  /**
   * Record this run's bypass sites as the project's known bypasses (<projectRoot>/ssot-baseline.txt) and succeed; baseline items that no longer occur are dropped and reported as fixed. A project without bypasses gets no file, and a file left with none is removed. Commit the file (or its removal). Prefer the uncached ssot-baseline target: a cache hit would skip the write (or pass --skip-nx-cache).
   */
  updateBaseline?: boolean;
  /**
   * Keep each file's scanned facts in Nx's cache directory (<cacheDir>/ssot-facts) and reuse them while the file's text is unchanged, so a task whose project or dependencies changed re-parses only the changed files. Never changes a result, and is no input or output of the task. Set false (or SSOT_FACTS_CACHE=false in the environment) to parse every file every time.
   */
  factsCache?: boolean;
  /**
   * The uncached target that records the baseline, quoted in messages and in the baseline's header (`nx run <project>:<baselineTarget>`).
   */
  baselineTarget?: string;
}
