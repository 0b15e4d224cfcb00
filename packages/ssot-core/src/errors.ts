/**
 * Failures of the user's input (registry, options, files) are typed errors whose message names the
 * place and the fix. Callers print `message` without a stack trace and exit with `exitCode`.
 * Findings (bypasses, anti-patterns) are data, never errors.
 */
export class SsotError extends Error {
  readonly exitCode: number = 2;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** One problem at one place in a configuration file. */
export interface ConfigProblem {
  /** The file, workspace-relative (e.g. `ssot.json`). */
  file: string;
  /** JSONPath-style location, e.g. `$.entries[0].enforce`; `$` for the whole document. */
  path: string;
  /** What was expected there, in words. */
  expected: string;
  /** What was found there (a short JSON rendering, or `nothing`). */
  found: string;
  /** 1-based line and column in the file, when known. */
  line?: number;
  column?: number;
}

/** The registry or another configuration file is malformed; nothing was analysed. */
export class SsotConfigError extends SsotError {
  constructor(
    readonly problems: ConfigProblem[],
    summary?: string,
  ) {
    super(summary ?? formatProblems(problems));
  }
}

export function formatProblems(problems: ConfigProblem[]): string {
  const head = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const lines = problems.map((p) => {
    const at = p.line !== undefined ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
    return `  ${at} ${p.path}: expected ${p.expected}, found ${p.found}`;
  });
  return `Invalid configuration (${head}); nothing was analysed:\n${lines.join('\n')}`;
}

/** A user-supplied option is wrong (unknown project, bad date, path outside the workspace...). */
export class SsotUsageError extends SsotError {}
