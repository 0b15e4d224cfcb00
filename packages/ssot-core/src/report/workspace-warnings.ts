/**
 * Workspace warnings (SPEC §6): parts of the registry that matched nothing anywhere. They depend on
 * every project, so no project's cached result can hold them; the report judges them over the
 * merged results: a pattern against the workspace's projects, an entry against every project's
 * sites (exempt ones included), a matcher against every project's `matcherSites`.
 */
import { findUnmatchedProjectPatterns } from '../registry/check-project-patterns';
import { parseJsonDocument } from '../registry/json-document';
import { formatJsonPath } from '../registry/json-path';
import type { BypassMatcher, NormalizedRegistry } from '../registry/normalized-registry';
import type { ProjectResult } from '../result/project-result';
import type { ProjectInfo } from '../workspace/workspace-projects';
import type { WorkspaceWarning } from './report-model';

export interface WorkspaceWarningInput {
  registry: NormalizedRegistry;
  results: readonly ProjectResult[];
  /** The workspace's projects; without them, patterns are not judged. */
  projects?: readonly ProjectInfo[];
  /** The registry file, workspace-relative, named in each warning. */
  registryFile: string;
  /** Its text: with it, each warning also gets its line and column in the file. */
  registryText?: string;
}

export function findWorkspaceWarnings({ registry, results, projects, registryFile, registryText }: WorkspaceWarningInput): WorkspaceWarning[] {
  const warnings: WorkspaceWarning[] = [];
  const document = registryText === undefined ? undefined : parseJsonDocument(registryText, registryFile);
  const place = (entry: string, ...segments: Array<string | number>) => ({
    entry,
    file: registryFile,
    path: formatJsonPath(['entries', ...segments]),
    ...document?.locate(['entries', ...segments]),
  });
  const unmatched = projects === undefined ? [] : findUnmatchedProjectPatterns(registry.entries, projects);
  registry.entries.forEach((entry, index) => {
    for (const { patternIndex, pattern } of unmatched.filter((u) => u.entryIndex === index)) {
      warnings.push({
        code: 'pattern-matches-no-project',
        ...place(entry.name, index, 'projects', patternIndex),
        message: `project pattern ${JSON.stringify(pattern)} of ${entry.name} matches none of the ${projects?.length ?? 0} projects`,
      });
    }
    const applying = results.filter((result) => result.entries[entry.name] !== undefined);
    const sites = applying.reduce((sum, result) => sum + siteCount(result.entries[entry.name]), 0);
    if (sites === 0) {
      const where = applying.length === 0 ? 'it applies to no project' : `none in the ${applying.length} project${applying.length === 1 ? '' : 's'} it applies to`;
      warnings.push({ code: 'entry-matches-no-site', ...place(entry.name, index), message: `${entry.name} matched no site, usage or bypass, in the workspace (${where})` });
      return; // its matchers matched nothing either: the entry's warning says it once
    }
    entry.bypasses.forEach((matcher, m) => {
      if (applying.some((result) => (result.matcherSites[entry.name]?.[m] ?? 0) > 0)) return;
      warnings.push({
        code: 'matcher-matches-no-site',
        ...place(entry.name, index, 'bypasses', m),
        message: `bypass matcher ${describeMatcher(matcher)} of ${entry.name} matched no site in the workspace`,
      });
    });
  });
  return warnings;
}

/** Where a warning sits in the registry, as editors link it: `ssot.json:12:9 $.entries[2].bypasses[1]`. */
export function formatWarningPlace(warning: WorkspaceWarning): string {
  const at = warning.line !== undefined ? `${warning.file}:${warning.line}:${warning.column ?? 1}` : warning.file;
  return `${at} ${warning.path}`;
}

/** The matcher as the registry spells it, e.g. `{ "new": "Pool", "from": "pg" }`. */
export function describeMatcher(matcher: BypassMatcher): string {
  const fields: Array<[string, unknown]> =
    matcher.kind === 'import'
      ? [['import', matcher.pattern], ['names', matcher.names]]
      : matcher.kind === 'global'
        ? [['global', matcher.path]]
        : matcher.kind === 'new'
          ? [['new', matcher.className], ['from', matcher.from]]
          : [['literal', matcher.value]];
  return `{ ${fields.filter(([, value]) => value !== undefined).map(([key, value]) => `"${key}": ${JSON.stringify(value)}`).join(', ')} }`;
}

function siteCount(totals: ProjectResult['entries'][string]): number {
  return totals.usage + totals.bypass + totals.exempt.usage + totals.exempt.bypass;
}

