/**
 * The anti-pattern rows the Markdown and HTML reports show. The model carries no detector findings
 * yet (SPEC §5), so the rows come from what the sites already say: `new X()` of an SSOT that has a
 * factory (bypass sites of kind `factory-bypass`) and usages through a legacy path or into another
 * library's internals (usage patterns). When findings join the model, they are grouped here.
 */
import type { WorkspaceReport } from '../report/report-model';

export type AntiPatternId = 'factory-bypass' | 'legacy-shim' | 'deep-import';

export interface AntiPatternRow {
  id: AntiPatternId;
  entry: string;
  sites: number;
  fix: string;
}

export const ANTI_PATTERN_LABEL: Record<AntiPatternId, string> = {
  'factory-bypass': 'factory bypass',
  'legacy-shim': 'legacy shim',
  'deep-import': 'deep import',
};

/** One row per (anti-pattern, entry) with at least one site, most sites first. */
export function collectAntiPatterns(report: WorkspaceReport): AntiPatternRow[] {
  const rows: AntiPatternRow[] = [];
  for (const entry of report.entries) {
    const factoryBypass = entry.bypassSites.filter((site) => site.kind === 'factory-bypass' && !site.exempt).length;
    if (factoryBypass > 0) rows.push({ id: 'factory-bypass', entry: entry.name, sites: factoryBypass, fix: `construct ${entry.name} through its factory instead of new` });
    const legacy = entry.byPattern['legacy-shim'] ?? 0;
    if (legacy > 0) rows.push({ id: 'legacy-shim', entry: entry.name, sites: legacy, fix: `import ${entry.name} from ${entry.location} instead of a legacy path` });
    const deep = entry.byPattern['deep-import'] ?? 0;
    if (deep > 0) rows.push({ id: 'deep-import', entry: entry.name, sites: deep, fix: `import ${entry.name} through its project's public entry` });
  }
  // Array sort is stable: equal counts keep the model's entry order.
  return rows.sort((a, b) => b.sites - a.sites);
}
