import { analyze, type AnalysisResult } from '../analyze';
import { parseRegistry } from '../registry/load-registry';
import type { NormalizedRegistry } from '../registry/normalized-registry';
import type { RegistryEntry } from '../registry/registry.generated';
import type { MeasureOptions } from './measure-candidates';
import type { DraftEntry } from './merge-facets';

/** What the check counts for a proposed entry, for its evidence. */
export interface CheckedEntry extends DraftEntry {
  usage: number;
  bypass: number;
  coverage: number | null;
}

/**
 * Runs the check on the proposal exactly as `ssot.json` would hold it (schema validation
 * included: `parseRegistry` throws on an invalid entry), then drops what matched nothing: a
 * matcher without sites, a legacy path nothing imports through, a factory nothing calls, and
 * an entry without any site. Dropping an entry, a matcher or a legacy path that matched nothing
 * changes no count, so the counts of this run stand; dropping a factory turns its `new X()`
 * bypasses into usages, so the check runs again (the pruned proposal is parsed again either way).
 */
export function validateProposal(drafts: DraftEntry[], options: MeasureOptions, workspace: Pick<NormalizedRegistry, 'include' | 'exclude'>): CheckedEntry[] {
  let current = drafts;
  for (;;) {
    const registry = parseRegistry(
      JSON.stringify({
        include: workspace.include,
        entries: current.map((draft) => draft.entry),
      }),
      'ssot.json (proposal)',
    );
    // The workspace's own exclude list (defaults already applied) replaces the one parsed here.
    const result = analyze({
      workspaceRoot: options.workspaceRoot,
      projects: options.projects,
      registry: { ...registry, exclude: workspace.exclude },
      ...(options.host && { host: options.host }),
      ...(options.today && { today: options.today }),
      ...(options.only && { only: options.only }),
    });
    const pruned = current.flatMap((draft) => prune(draft, result));
    const factoryDropped = pruned.some((draft) => draft.entry.factory === undefined && current.find((before) => before.entry.name === draft.entry.name)?.entry.factory !== undefined);
    if (!factoryDropped) {
      parseRegistry(JSON.stringify({ include: workspace.include, entries: pruned.map((draft) => draft.entry) }), 'ssot.json (proposal)');
      return pruned.map((draft) => {
        const totals = result.totals[draft.entry.name];
        return {
          ...draft,
          usage: totals.usage,
          bypass: totals.bypass,
          coverage: totals.coverage,
        };
      });
    }
    current = pruned;
  }
}

function prune(draft: DraftEntry, result: AnalysisResult): DraftEntry[] {
  const { name } = draft.entry;
  const totals = result.totals[name];
  if (!totals || totals.usage + totals.bypass + totals.exempt.usage + totals.exempt.bypass === 0) return [];
  const entry: RegistryEntry = { ...draft.entry };
  const matcherSites = result.matcherSites[name] ?? [];
  const bypasses = (entry.bypasses ?? []).filter((_, index) => (matcherSites[index] ?? 0) > 0);
  if (bypasses.length > 0) entry.bypasses = bypasses;
  else delete entry.bypasses;
  if (entry.legacyPaths && !totals.byPattern['legacy-shim']) delete entry.legacyPaths;
  if (entry.factory && !totals.byPattern.factory) delete entry.factory;
  return [{ ...draft, entry }];
}
