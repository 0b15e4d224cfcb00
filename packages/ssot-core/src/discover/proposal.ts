import type { BypassMatcher } from '../registry/normalized-registry';

/** A candidate must be used from this many files before it is proposed as an SSOT. */
export const MIN_CANDIDATE_FILES = 2;

/** An exported class or function that could be an SSOT: where it lives and who owns it. */
export interface Candidate {
  /** Stable id within one run: `file#name`. */
  id: string;
  name: string;
  kind: 'class' | 'function' | 'constant';
  file: string;
  project: string;
  /** Classes: public member names. */
  members: string[];
  /** Constants: the string value. */
  value?: string;
}

/** What the probe analysis measured of one candidate, its own source file left out (SPEC §4). */
export interface CandidateUse {
  /** Usage sites (exempt ones left out). */
  sites: number;
  /** Files with a usage site, sorted. */
  files: string[];
  /** Files that reach it through a handle (constructor injection, `inject()`, a typed parameter). */
  handleFiles: string[];
  /** Of those, files that hold it in a class property or constructor parameter (`this.x.member`): injected. */
  injectedFiles: string[];
  /** Constants: literals equal to the value outside its source (magic strings), and their files. */
  literalSites: number;
  literalFiles: string[];
  literalPerFile: Record<string, number>;
  /** `new C(…)` sites outside its source. */
  constructions: number;
  projects: string[];
}

/** The sites one bypass matcher matched across the workspace. */
export interface MatcherUse {
  matcher: BypassMatcher;
  sites: number;
  /** Files with a site, most sites first. */
  files: string[];
  /** Sites per file. */
  perFile: Record<string, number>;
  projects: string[];
}

/**
 * One family's contribution to the entry of one candidate; facets of the same candidate are merged
 * into one registry entry (the JSON handler is both paired with `JSON.parse` and the winner of its rivals).
 */
export interface ProposalFacet {
  candidate: Candidate;
  /** The proposal family that found it, e.g. `bypass-family:json`, `rival-implementations`. */
  family: string;
  bypasses?: BypassMatcher[];
  duplicates?: string[];
  factory?: string;
  legacyPaths?: string[];
  /** More than the candidate's own name: every class of a copied shared file (`export` as a list). */
  exports?: string[];
  /** Found as the original of a shared folder's copies (copied-folders.ts): its file's classes are combined. */
  copiedFile?: boolean;
  /** Projects the evidence lies in (the entry is scoped to their union). */
  projects: string[];
  /** One sentence of evidence, with counts and top files. */
  evidence: string;
}

/** Top files of a list, for evidence: the first three, and how many more. */
export function describeFiles(files: string[]): string {
  const shown = files.slice(0, 3).join(', ');
  return files.length > 3 ? `${shown} and ${files.length - 3} more` : shown;
}

/** The part of a matcher's sites outside one file (the candidate's own source, where the check counts none). */
export function outside(use: MatcherUse, file: string): MatcherUse {
  const { [file]: inside = 0, ...perFile } = use.perFile;
  return {
    ...use,
    sites: use.sites - inside,
    files: use.files.filter((f) => f !== file),
    perFile,
  };
}

/** `1 file`, `3 files`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
