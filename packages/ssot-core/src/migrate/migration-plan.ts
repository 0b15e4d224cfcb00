import type { AnalyzeOptions } from '../analyze';

/** The three mechanical fixes of SPEC §8. */
export type FixKind = 'legacy-path' | 'factory-call' | 'global-call';

/** What the planner decided for one site (or for one shadowed look-alike of a global site). */
export interface MigrationStep {
  entry: string;
  fix: FixKind;
  /** Workspace-relative, `/` separators. */
  file: string;
  /** 1-based, like the site's. */
  line: number;
  /** 1-based, UTF-16 code units, like the site's. */
  column: number;
  /** The site's text, e.g. `new ExecutionEngine`, `JSON.parse`, `this.sockets.emit`. */
  text: string;
  status: 'applied' | 'refused';
  /** Applied: the code that replaces the site (or the import that replaces the legacy one). */
  replacement?: string;
  /** Refused: why the edit cannot be proved safe, in words that name the fix. */
  reason?: string;
}

/** One file the plan rewrites, with its whole text before and after. */
export interface FileChange {
  file: string;
  before: string;
  after: string;
}

export interface MigrationPlan {
  /** Sorted by file, line, column, entry. */
  steps: MigrationStep[];
  /** Sorted by file; only files whose text changes. */
  changes: FileChange[];
  /** Bypass sites of the selected entries that no fix handles (imports, literals, globals without `replaceWith`…). */
  unfixable: number;
}

export interface MigrateOptions extends Omit<AnalyzeOptions, 'only'> {
  /** Limit to this registry entry. */
  entry?: string;
  /** Limit to the files this project owns. */
  project?: string;
}
