/* eslint-disable */
/**
 * GENERATED from packages/ssot-plugin/src/generators/init/schema.json by tools/gen-types.mjs: do not edit by hand.
 * Change the schema, then run `npm run gen:types`; a unit test fails while this file is stale.
 */

/**
 * Adopts ssot in the workspace: registers ssot-plugin in nx.json (which infers ssot-check on every project and ssot-report on the root project), creates the registry ssot.json and git-ignores the result files. Run by `nx add ssot-plugin`. Idempotent: leaves an existing plugin entry, registry and ignore rule as they are.
 */
export interface InitGeneratorSchema {
  /**
   * Do not format the files the generator changed.
   */
  skipFormat?: boolean;
  /**
   * Accepted because `nx add` of Nx 17 and 18 passes it to every plugin's init; this init installs no package, so it changes nothing.
   */
  keepExistingVersions?: boolean;
}
