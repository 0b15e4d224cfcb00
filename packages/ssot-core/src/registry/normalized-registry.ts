/**
 * The registry after validation and defaults: what the engine consumes. The raw, user-facing shape
 * is generated from `schema/registry.schema.json` (see `registry.generated.ts`).
 */
export type Priority = 'critical' | 'high' | 'medium' | 'low';
export type Enforce = 'error' | 'warn' | 'off';

export type BypassMatcher =
  /** A module specifier (exact or glob) or a workspace file (path or glob); `names` restricts to those imported names. */
  | { kind: 'import'; pattern: string; names?: string[] }
  /** An unbound global reference by dotted path, e.g. `JSON.parse`, `process.env`, `import.meta.env`. */
  | { kind: 'global'; path: string; replaceWith?: string }
  /** Construction of a class: global when `from` is absent, else imported from that module or workspace file. */
  | { kind: 'new'; className: string; from?: string }
  /** A magic string that a constant SSOT replaces. */
  | { kind: 'literal'; value: string };

export interface Exemption {
  /** Globs of workspace-relative files. */
  files: string[];
  reason: string;
  owner?: string;
  /** YYYY-MM-DD, inclusive; absent means never expires. */
  expires?: string;
}

export interface Goal {
  /** YYYY-MM-DD */
  by: string;
  coverage: number;
}

export interface NormalizedEntry {
  name: string;
  /** Workspace-relative path of the canonical implementation (exclusive with `module`). */
  source?: string;
  /** Package specifier of the canonical implementation (exclusive with `source`). */
  module?: string;
  /** The exported names that make up the SSOT, or `*` for every export of the module. */
  exports: string[] | '*';
  factory?: string;
  legacyPaths: string[];
  /** Nx project patterns; undefined means every file (owned by a project or not). */
  projects?: string[];
  bypasses: BypassMatcher[];
  duplicates: string[];
  impact?: string;
  owner?: string;
  priority: Priority;
  enforce: Enforce;
  minCoverage?: number;
  goals: Goal[];
  exemptions: Exemption[];
  /** Marks an entry with a special role, e.g. the resilience SSOT suggested for silent failures. */
  role?: string;
}

export interface Tier {
  name: string;
  /** Inclusive lower bound of coverage %, 0..100. */
  min: number;
  /** Inclusive upper bound of coverage %, 0..100. */
  max: number;
}

/** A detector's setting in `ssot.json`: `"off"`, or its options (checked against the detector's `meta.schema`). */
export type DetectorSetting = 'off' | Record<string, unknown>;

export interface NormalizedRegistry {
  entries: NormalizedEntry[];
  /** Globs of files to analyse (workspace-relative). */
  include: string[];
  /** Globs of files to leave out: the registry's `exclude` after the default unless `excludeDefaults` is false. */
  exclude: string[];
  tiers: Tier[];
  minHealth?: number;
  /** The report fails on workspace warnings (absent: it lists them and passes). */
  strict?: boolean;
  /** Goals per tier name. */
  tierGoals: Record<string, Goal[]>;
  /** Where code owners come from (SPEC §3); the loader always sets it, registries built in code may leave it out (DEFAULT_OWNERS). */
  owners?: OwnersSetting;
  /** Detector settings by id (`$comment` dropped); absent or missing ids run with their default options. */
  detectors?: Record<string, DetectorSetting>;
}

export interface OwnersSetting {
  /** `auto`: CODEOWNERS when a file is present, else tags (the registry leaves `from` out). */
  from: 'auto' | 'codeowners' | 'tags';
  /** The tags that name an owner, when owners come from tags. */
  tagPrefix: string;
}

export const DEFAULT_OWNERS: OwnersSetting = { from: 'auto', tagPrefix: 'team:' };

export const DEFAULT_INCLUDE = ['**/*.{ts,tsx,mts,cts}'];
/**
 * What `exclude` adds to unless `excludeDefaults` is false. No build folders: build output is what
 * the ignore files leave out, so a source folder named `build` is source (SPEC §3).
 */
export const DEFAULT_EXCLUDE = ['**/*.spec.*', '**/*.test.*', '**/node_modules/**'];
export const DEFAULT_TIERS: Tier[] = [
  { name: 'Tier 1 Ultra-Critical', min: 90, max: 100 },
  { name: 'Tier 2 Critical', min: 60, max: 89 },
  { name: 'Tier 3 Important', min: 40, max: 59 },
  { name: 'Tier 4 Underutilized', min: 0, max: 39 },
];
