/* eslint-disable */
/**
 * GENERATED from packages/ssot-core/schema/registry.schema.json by tools/gen-types.mjs: do not edit by hand.
 * Change the schema, then run `npm run gen:types`; a unit test fails while this file is stale.
 */

/**
 * One way of going around the SSOT: exactly one of "import", "global", "new" or "literal".
 */
export type RegistryBypass = ImportBypass | GlobalBypass | NewBypass | LiteralBypass;

/**
 * ssot.json: the registry of single sources of truth (SSOTs) of a workspace, at the workspace root. Point "$schema" at "./node_modules/ssot-core/schema/registry.schema.json" for completion and checks in the editor. Unknown fields are errors (a typo must not silently change counts), except "$schema" here and "$comment" anywhere.
 */
export interface RegistryFile {
  /**
   * The JSON Schema of this file, for editors, e.g. "./node_modules/ssot-core/schema/registry.schema.json".
   */
  $schema?: string;
  /**
   * A note for humans; ignored.
   */
  $comment?: string;
  /**
   * The SSOTs: one entry per canonical implementation of a concern.
   */
  entries: RegistryEntry[];
  /**
   * Coverage bands and their names, used by the report. Default: "Tier 1 Ultra-Critical" 90-100, "Tier 2 Critical" 60-89, "Tier 3 Important" 40-59, "Tier 4 Underutilized" 0-39.
   *
   * @minItems 1
   */
  tiers?: [RegistryTier, ...RegistryTier[]];
  /**
   * The report fails when the workspace health score (usage-weighted coverage, %) is below this.
   */
  minHealth?: number;
  /**
   * The report fails on workspace warnings, naming each: a project pattern that matches no project, an entry or a bypass matcher that matches no site anywhere in the workspace (the report's --strict does the same). Default: false, the report lists them under diagnostics and passes.
   */
  strict?: boolean;
  /**
   * Where code owners come from, for the per-owner rollups, the owner × SSOT matrix, action items and --owner (SPEC §3). Default: CODEOWNERS when a file is present (.github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS, .gitlab/CODEOWNERS: the first found), else the projects' tags that start with "team:".
   */
  owners?: {
    /**
     * A note for humans; ignored.
     */
    $comment?: string;
    /**
     * "codeowners": the CODEOWNERS file (GitHub and GitLab syntax, GitLab sections included); no file means no owners. "tags": each project's Nx tags that start with tagPrefix.
     */
    from?: 'codeowners' | 'tags';
    /**
     * With owners from tags, the tags that name an owner, kept whole ("team:payments"). Default "team:".
     */
    tagPrefix?: string;
  };
  /**
   * Globs of workspace-relative files to analyse. Default: TypeScript sources, ["** /*.{ts,tsx,mts,cts}"]; JavaScript files are analysed only when named here.
   *
   * @minItems 1
   *
   * Items: A workspace-relative path or glob, '/' separators.
   */
  include?: [string, ...string[]];
  /**
   * Globs of workspace-relative files to leave out, added to the default (** /*.spec.*, ** /*.test.*, ** /node_modules/**) unless excludeDefaults is false. Build output needs no glob: the files the ignore files (.gitignore, .nxignore) leave out are not workspace files.
   *
   * Items: A workspace-relative path or glob, '/' separators.
   */
  exclude?: string[];
  /**
   * Whether the default exclude (** /*.spec.*, ** /*.test.*, ** /node_modules/**) applies. Default true; false analyses test files too (node_modules is never part of the workspace).
   */
  excludeDefaults?: boolean;
  /**
   * Dated coverage goals per tier, keyed by tier name: the report says whether each tier is on track.
   */
  goals?: {
    /**
     * A note for humans; ignored.
     */
    $comment?: string;
    [k: string]: RegistryGoal[] | string | undefined;
  };
  /**
   * Anti-pattern detectors (findings) by id: "off" to disable one, or an object of its options.
   */
  detectors?: {
    /**
     * A note for humans; ignored.
     */
    $comment?: string;
    /**
     * A class or function outside the SSOT's source whose name matches its export or "duplicates" globs, or whose public members overlap it strongly. "off" disables it; an object sets its options.
     */
    'duplicate-implementation'?:
      | 'off'
      | {
          [k: string]: unknown;
        };
    /**
     * new X() of an SSOT that has a factory. "off" disables it; an object sets its options.
     */
    'factory-bypass'?:
      | 'off'
      | {
          [k: string]: unknown;
        };
    /**
     * A catch that swallows the error: empty, or only logs or returns a constant. "off" disables it; an object sets its options.
     */
    'silent-failure'?:
      | 'off'
      | {
          [k: string]: unknown;
        };
    /**
     * One SSOT imported through more than one specifier across the workspace. "off" disables it; an object sets its options.
     */
    'multiple-import-paths'?:
      | 'off'
      | {
          [k: string]: unknown;
        };
    /**
     * A mix of catch styles in a project or the workspace where no style dominates. "off" disables it; an object sets its options.
     */
    'inconsistent-error-handling'?:
      | 'off'
      | {
          [k: string]: unknown;
        };
    /**
     * Usage through a legacy path. "off" disables it; an object sets its options.
     */
    'legacy-shim'?:
      | 'off'
      | {
          [k: string]: unknown;
        };
  };
}
/**
 * One SSOT: the canonical implementation of a concern, where it applies, and what counts as going around it. Exactly one of "source" (a workspace file) or "module" (a package).
 */
export interface RegistryEntry {
  /**
   * A note for humans; ignored.
   */
  $comment?: string;
  /**
   * Unique name of the SSOT, e.g. "UnifiedJSONHandler". Also the default export name.
   */
  name: string;
  /**
   * Workspace-relative path of the file that implements the SSOT, e.g. "libs/core/src/serialization/unified-json-handler.ts". Exclusive with "module".
   */
  source?: string;
  /**
   * Package specifier of an SSOT that lives in a package, e.g. "@nestjs/common". Only imports of exactly this specifier count. Exclusive with "source".
   */
  module?: string;
  /**
   * The exported name that is the SSOT (default: the entry's name), a non-empty list of names covered together, or "*" for every export of the module (default included).
   *
   * @minItems 1
   */
  export?: string | [string, ...string[]];
  /**
   * Where the entry applies (default: every file). Nx project names and globs ("*" also matches names with "/"), "!pattern" to leave out, "tag:x" for tags, "(none)" for files no project owns.
   *
   * @minItems 1
   */
  projects?: [string, ...string[]];
  /**
   * The sanctioned way to construct the SSOT (an exported function of the same source or module). new X() elsewhere is then a factory bypass.
   */
  factory?: string;
  /**
   * Deprecated paths through which the export or factory is still reachable (re-export shims): import specifiers, globs or workspace files. Usage through them counts with the pattern "legacy-shim".
   */
  legacyPaths?: string[];
  /**
   * What counts as going around the SSOT; each matcher is exactly one of "import", "global", "new" or "literal".
   */
  bypasses?: RegistryBypass[];
  /**
   * Name globs of rival implementations, e.g. "*JsonHandler" (the duplicate-implementation detector).
   */
  duplicates?: string[];
  /**
   * Why the SSOT matters, in a few words (shown in the report).
   */
  impact?: string;
  /**
   * Who owns the SSOT, e.g. "@platform".
   */
  owner?: string;
  /**
   * Ranks action items (priority x bypass count). Default "medium".
   */
  priority?: 'critical' | 'high' | 'medium' | 'low';
  /**
   * "error": ssot-check fails on bypasses not in the baseline; "warn" (default): prints them; "off": only counts.
   */
  enforce?: 'error' | 'warn' | 'off';
  /**
   * The report fails when the entry's coverage % is below this.
   */
  minCoverage?: number;
  /**
   * Dated coverage goals of this entry.
   */
  goals?: RegistryGoal[];
  /**
   * Files whose sites are counted apart (neither usage nor bypass) until the exemption expires.
   */
  exemptions?: RegistryExemption[];
  /**
   * A special role of the entry, e.g. "error-handling" marks the resilience SSOT that silent-failure findings suggest.
   */
  role?: string;
}
/**
 * Imports of a module specifier (exact, or a glob: "lodash" does not match "lodash/fp", "lodash/*" does) or of a workspace file (every import that resolves to it or whose re-export chain passes through it).
 */
export interface ImportBypass {
  /**
   * A note for humans; ignored.
   */
  $comment?: string;
  /**
   * Module specifier, glob, or workspace-relative file.
   */
  import: string;
  /**
   * Only these imported names count (a side-effect import then does not).
   *
   * @minItems 1
   */
  names?: [string, ...string[]];
}
/**
 * Every reference to an unbound global by dotted path, e.g. "JSON.parse", "console", "process.env", "import.meta.env".
 */
export interface GlobalBypass {
  /**
   * A note for humans; ignored.
   */
  $comment?: string;
  /**
   * The dotted path of the global.
   */
  global: string;
  /**
   * The SSOT expression that replaces calls of the global: Export, Export.member, Export().member or new Export().member, where Export is one of the entry's exports or its factory; the call's remaining members and arguments are kept (e.g. "UnifiedJSONHandler.parse", "getLogger().warn"). Used by the migrate generator.
   */
  replaceWith?: string;
}
/**
 * Every construction (new) of a class: a global class, or one imported from "from".
 */
export interface NewBypass {
  /**
   * A note for humans; ignored.
   */
  $comment?: string;
  /**
   * The class name, e.g. "Pool".
   */
  new: string;
  /**
   * The module specifier or workspace file the class is imported from; absent for a global class.
   */
  from?: string;
}
/**
 * Every string literal (or template without expressions) equal to this value: a magic string that a constant SSOT replaces.
 */
export interface LiteralBypass {
  /**
   * A note for humans; ignored.
   */
  $comment?: string;
  /**
   * The exact string value.
   */
  literal: string;
}
/**
 * A coverage to reach by a date.
 */
export interface RegistryGoal {
  /**
   * A note for humans; ignored.
   */
  $comment?: string;
  /**
   * The day the goal is due (UTC). A real calendar day, YYYY-MM-DD (2026-02-30 is not one).
   */
  by: string;
  /**
   * The coverage % to reach by then.
   */
  coverage: number;
}
/**
 * Files exempted from an entry, with the reason and an optional expiry.
 */
export interface RegistryExemption {
  /**
   * A note for humans; ignored.
   */
  $comment?: string;
  /**
   * A workspace-relative glob, or a non-empty list of them.
   *
   * @minItems 1
   */
  files: string | [string, ...string[]];
  /**
   * Why these files are exempt (shown in the report).
   */
  reason?: string;
  /**
   * Who answers for the exemption, e.g. "@team".
   */
  owner?: string;
  /**
   * The last day (UTC) the exemption applies; absent means it never expires. Once past, ssot-check fails. A real calendar day, YYYY-MM-DD (2026-02-30 is not one).
   */
  expires?: string;
}
/**
 * A named band of coverage.
 */
export interface RegistryTier {
  /**
   * A note for humans; ignored.
   */
  $comment?: string;
  /**
   * The tier's name, e.g. "Tier 1 Ultra-Critical"; keys of the top-level "goals".
   */
  name: string;
  /**
   * Inclusive lower bound of coverage %.
   */
  min: number;
  /**
   * Inclusive upper bound of coverage %.
   */
  max: number;
}
