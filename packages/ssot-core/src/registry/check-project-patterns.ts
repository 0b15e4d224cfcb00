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
import type { RegistryFile } from './registry.generated';

export function checkProjectPatterns(registry: RegistryFile, projects: readonly ProjectInfo[]): JsonProblem[] {
  const problems: JsonProblem[] = [];
  registry.entries.forEach((entry, e) => {
    entry.projects?.forEach((pattern, p) => {
      const positive = pattern.startsWith('!') ? pattern.slice(1) : pattern;
      // `(none)` stands for files no project owns: there is no project for it to match.
      if (positive === NO_PROJECT) return;
      const matches = createProjectFilter([positive]);
      if (projects.some((project) => matches(project))) return;
      problems.push({
        segments: ['entries', e, 'projects', p],
        expected: `a pattern that matches a project of the workspace (entry "${entry.name}"; a name or glob, "tag:<tag>", "!" to leave out, "(none)")`,
        found: `${formatFound(pattern)}, which matches none of the ${projects.length} projects`,
      });
    });
  });
  return problems;
}
