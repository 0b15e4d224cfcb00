/* eslint-disable */
/**
 * GENERATED from packages/ssot-plugin/src/generators/init/schema.json by tools/gen-types.mjs: do not edit by hand.
 * Change the schema, then run `npm run gen:types`; a unit test fails while this file is stale.
 */

/**
 * Adopts ssot in the workspace: registers ssot-plugin in nx.json with a minimal edit that keeps its formatting (which infers ssot-check on every project and ssot-report on the root project), creates the registry ssot.json and git-ignores the result files, then prints the next steps. Run by `nx add ssot-plugin`. Idempotent: leaves an existing plugin entry, registry and ignore rule as they are.
 */
export interface InitGeneratorSchema {
  /**
   * Do not run the workspace's formatter on the files the generator created (nx.json is edited in place and never formatted).
   */
  skipFormat?: boolean;
  /**
   * Accepted because `nx add` of Nx 17 and 18 passes it to every plugin's init; this init installs no package, so it changes nothing.
   */
  keepExistingVersions?: boolean;
}
