/* eslint-disable */
/**
 * GENERATED from packages/ssot-plugin/src/generators/migrate/schema.json by tools/gen-types.mjs: do not edit by hand.
 * Change the schema, then run `npm run gen:types`; a unit test fails while this file is stale.
 */

/**
 * Applies the mechanical fixes of SSOT bypasses that it can prove safe: an import through a legacy path becomes the canonical import, new X() of an SSOT with a factory becomes the factory call, and a global bypass with a declared replaceWith becomes the SSOT call, with imports added or merged. Prints one line per site: applied, or refused with the reason. Run it with --dry-run to see the plan and the files it would change; a second run changes nothing.
 */
export interface MigrateGeneratorSchema {
  /**
   * Only fix the sites of this registry entry (its name in ssot.json, e.g. UnifiedJSONHandler).
   */
  entry?: string;
  /**
   * Only fix the files this Nx project owns.
   */
  project?: string;
  /**
   * Do not format the files the generator changed.
   */
  skipFormat?: boolean;
}
