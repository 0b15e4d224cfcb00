/**
 * Project patterns that match no project of the workspace. Not an error: a pattern may name a
 * project that is planned, or was removed while the registry keeps its rule, and Nx's graph differs
 * between workspaces that share a registry. But a misspelt name silently widens or narrows where an
 * entry applies, so each one is reported as a warning at its place in the registry.
 */
import { createProjectFilter } from '../workspace/project-patterns';
import { NO_PROJECT, type ProjectInfo } from '../workspace/workspace-projects';
import type { JsonProblem } from './json-document';
import { formatFound } from './json-path';
import { findClosestNames, formatDidYouMean } from '../hints/closest-name';

/** What the check needs of an entry: the raw registry's and the normalised one's both fit. */
interface PatternOwner {
  name: string;
  projects?: string[];
}

export interface UnmatchedPattern {
  entry: string;
  /** Indexes in `entries` and in the entry's `projects`. */
  entryIndex: number;
  patternIndex: number;
  pattern: string;
}

export function findUnmatchedProjectPatterns(entries: readonly PatternOwner[], projects: readonly ProjectInfo[]): UnmatchedPattern[] {
  const unmatched: UnmatchedPattern[] = [];
  entries.forEach((entry, entryIndex) => {
    entry.projects?.forEach((pattern, patternIndex) => {
      const positive = pattern.startsWith('!') ? pattern.slice(1) : pattern;
      // `(none)` stands for files no project owns: there is no project for it to match.
      if (positive === NO_PROJECT) return;
      const matches = createProjectFilter([positive]);
      if (!projects.some((project) => matches(project))) unmatched.push({ entry: entry.name, entryIndex, patternIndex, pattern });
    });
  });
  return unmatched;
}

export function checkProjectPatterns(registry: { entries: readonly PatternOwner[] }, projects: readonly ProjectInfo[]): JsonProblem[] {
  return findUnmatchedProjectPatterns(registry.entries, projects).map(({ entry, entryIndex, patternIndex, pattern }) => ({
    segments: ['entries', entryIndex, 'projects', patternIndex],
    expected: `a pattern that matches a project of the workspace (entry "${entry}"; a name or glob, "tag:<tag>", "!" to leave out, "(none)")`,
    found: `${formatFound(pattern)}, which matches none of the ${projects.length} projects${formatDidYouMean(findClosestPattern(pattern, projects) ?? [])}`,
  }));
}

/** A misspelt project name or tag (`!` kept); a glob that matches nothing has no single name to fix. */
export function findClosestPattern(pattern: string, projects: readonly ProjectInfo[]): string[] | undefined {
  const negated = pattern.startsWith('!');
  const positive = negated ? pattern.slice(1) : pattern;
  if (/[*?[\]{}]/.test(positive)) return undefined;
  const names = projects.flatMap((project) => [project.name, ...project.tags.map((tag) => `tag:${tag}`)]);
  return findClosestNames(positive, names)?.names.map((name) => (negated ? `!${name}` : name));
}
