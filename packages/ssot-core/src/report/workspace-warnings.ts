/**
 * Workspace warnings (SPEC §6): parts of the registry that matched nothing anywhere. They depend on
 * every project, so no project's cached result can hold them; the report judges them over the
 * merged results: a pattern against the workspace's projects, an entry against every project's
 * sites (exempt ones included), a matcher against every project's `matcherSites` (unsure, and no
 * strict failure, when a project where the entry applies has files not analysed). Each warning
 * says "did you mean …?" when a name close enough to be a slip exists: for a pattern, among the
 * projects' names and tags; for a matcher or a `module`, among the names the code uses, which each
 * project's result lists as `closestNames` (only the report sees every project).
 */
import { findClosestPattern, findUnmatchedProjectPatterns } from '../registry/check-project-patterns';
import { parseJsonDocument } from '../registry/json-document';
import { formatJsonPath } from '../registry/json-path';
import type { BypassMatcher, NormalizedRegistry } from '../registry/normalized-registry';
import type { ProjectResult } from '../result/project-result';
import type { ProjectInfo } from '../workspace/workspace-projects';
import type { WorkspaceWarning } from './report-model';
import { closestGlobalRoot } from '../hints/near-names';
import { formatDidYouMean, mergeClosestNames, type ClosestNames } from '../hints/closest-name';

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
      const hint = findClosestPattern(pattern, projects ?? []);
      warnings.push({
        code: 'pattern-matches-no-project',
        ...place(entry.name, index, 'projects', patternIndex),
        message: `project pattern ${JSON.stringify(pattern)} of ${entry.name} matches none of the ${projects?.length ?? 0} projects${formatDidYouMean(hint ?? [])}`,
        ...(hint && { didYouMean: hint }),
      });
    }
    const near = collectNearNames(results, entry.name);
    entry.bypasses.forEach((matcher, m) => {
      const root = matcher.kind === 'global' && !near.has(`bypasses[${m}].global`) ? closestGlobalRoot(matcher.path) : undefined;
      if (root) near.set(`bypasses[${m}].global`, root);
    });
    const applying = results.filter((result) => result.entries[entry.name] !== undefined);
    const sites = applying.reduce((sum, result) => sum + siteCount(result.entries[entry.name]), 0);
    if (sites === 0) {
      const where = applying.length === 0 ? 'it applies to no project' : `none in the ${applying.length} project${applying.length === 1 ? '' : 's'} it applies to`;
      const hint = describeHints(near, '');
      warnings.push({ code: 'entry-matches-no-site', ...place(entry.name, index), message: `${entry.name} matched no site, usage or bypass, in the workspace (${where})${hint.text}`, ...hint.field });
      return; // its matchers matched nothing either: the entry's warning says it once
    }
    // A file not analysed may hold a matcher's only sites: it is named, but not judged dead.
    const incomplete = applying.filter((result) => result.entries[entry.name]?.incomplete === true).length;
    entry.bypasses.forEach((matcher, m) => {
      if (applying.some((result) => (result.matcherSites[entry.name]?.[m] ?? 0) > 0)) return;
      const hint = describeHints(near, `bypasses[${m}].`);
      warnings.push({
        code: 'matcher-matches-no-site',
        ...place(entry.name, index, 'bypasses', m),
        message: `bypass matcher ${describeMatcher(matcher)} of ${entry.name} matched no site in the workspace${incomplete > 0 ? ` (in the files analysed; ${incomplete} project${incomplete === 1 ? ' has' : 's have'} files not analysed, where it may match)` : ''}${hint.text}`,
        ...(incomplete > 0 && { unsure: true }),
        ...hint.field,
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

/** Per part of the entry (`bypasses[1].import`, `module`), the closest names over every project. */
function collectNearNames(results: readonly ProjectResult[], entry: string): Map<string, ClosestNames> {
  const byPart = new Map<string, ClosestNames[]>();
  for (const near of results.flatMap((result) => result.closestNames ?? []).filter((n) => n.entry === entry)) {
    byPart.set(near.at, [...(byPart.get(near.at) ?? []), near]);
  }
  const merged = new Map<string, ClosestNames>();
  for (const [at, all] of [...byPart].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const best = mergeClosestNames(all);
    if (best) merged.set(at, best);
  }
  return merged;
}

/**
 * The hints of the parts under `prefix`: ` — did you mean `x`?` for one part, each part named when
 * several have one (`JSON.parse` for bypasses[0].global, `axios` for bypasses[1].import).
 */
function describeHints(near: ReadonlyMap<string, ClosestNames>, prefix: string): { text: string; field: { didYouMean?: string[] } } {
  const parts = [...near].filter(([at]) => at.startsWith(prefix));
  if (parts.length === 0) return { text: '', field: {} };
  const names = [...new Set(parts.flatMap(([, closest]) => closest.names))];
  if (parts.length === 1) return { text: formatDidYouMean(parts[0][1].names), field: { didYouMean: names } };
  const each = parts.map(([at, closest]) => `\`${closest.names[0]}\` for ${at.slice(prefix.length)}`);
  return { text: ` — did you mean ${each.join(', ')}?`, field: { didYouMean: names } };
}

function siteCount(totals: ProjectResult['entries'][string]): number {
  return totals.usage + totals.bypass + totals.exempt.usage + totals.exempt.bypass + (totals.suppressed ?? 0);
}

