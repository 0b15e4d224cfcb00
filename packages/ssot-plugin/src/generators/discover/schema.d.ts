/* eslint-disable */
/**
 * GENERATED from packages/ssot-plugin/src/generators/discover/schema.json by tools/gen-types.mjs: do not edit by hand.
 * Change the schema, then run `npm run gen:types`; a unit test fails while this file is stale.
 */

/**
 * Proposes registry entries from the code: well-known bypass families (console, process.env, JSON.parse, fetch, ws, new Error) paired with the workspace's own SSOT for them, rival implementations, widely injected services, factories and legacy re-export paths. Each entry carries its evidence in a $comment and is checked before it is proposed: an entry or matcher that would match nothing is left out. Prints the proposal in ssot.json form; --apply adds the new entries to ssot.json and leaves existing ones untouched.
 */
export interface DiscoverGeneratorSchema {
  /**
   * Add the proposed entries to ssot.json (only entries whose name and source are not registered yet; the file's existing text and layout are kept). Without it the proposal is only printed. Combine with --dry-run to see the change without writing it.
   */
  apply?: boolean;
  /**
   * Propose at most this many entries, those with the most sites first.
   */
  max?: number;
  /**
   * Gather evidence only in these Nx projects: comma-separated project patterns as in ssot.json (names, globs, tag:<tag>, ! to leave out), e.g. "api,tag:scope:backend,!legacy". All projects when omitted.
   */
  projects?: string;
}
