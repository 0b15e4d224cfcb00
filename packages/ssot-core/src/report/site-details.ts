/**
 * What report.html drills down to: every site of the reported code (usage, bypass, exempt and
 * suppressed alike), each bypass with its fix, and the owners of each file. report.json keeps only
 * the bypass sites (per SSOT): the page gets the rest from the projects' results, which the report
 * executor has read anyway, so the model stays the size it was.
 */
import type { NormalizedRegistry } from '../registry/normalized-registry';
import { filterResultsByOwner } from '../owners/filter-by-owner';
import { createOwnerIndex } from '../owners/owner-index';
import { describeFix } from '../result/evaluate-enforcement';
import { compareStrings } from '../result/fingerprint';
import type { ProjectResult } from '../result/project-result';
import type { Site } from '../result/site';

/** A site as the drill-down shows it: bypass sites carry the fix in words. */
export type DetailedSite = Site & { fix?: string };

export interface SiteDetails {
  /** Sorted by file, line, column, entry. */
  sites: DetailedSite[];
  /** The owners of each file with a site; the file's own entry is `["(no owner)"]` when nobody owns it. */
  owners: Record<string, string[]>;
}

export interface SiteDetailsOptions {
  registry: NormalizedRegistry;
  results: readonly ProjectResult[];
  /** `--owner`: only the sites in the files this owner owns, as the report counts them. */
  owner?: string;
}

export function collectSiteDetails({ registry, results, owner }: SiteDetailsOptions): SiteDetails {
  const index = createOwnerIndex(results);
  const kept = owner === undefined ? results : filterResultsByOwner(results, owner, index);
  const entries = new Map(registry.entries.map((entry) => [entry.name, entry]));
  const fixes = new Map<string, string>();
  const fixOf = (site: Site): string => {
    const key = `${site.entry}\0${site.kind}`;
    let fix = fixes.get(key);
    if (fix === undefined) {
      const entry = entries.get(site.entry);
      fix = describeFix(site.entry, entry?.factory, site.kind, entry ? (entry.source ?? entry.module) : undefined);
      fixes.set(key, fix);
    }
    return fix;
  };
  const sites: DetailedSite[] = kept.flatMap((result) => result.sites.map((site) => (site.side === 'bypass' ? { ...site, fix: fixOf(site) } : site)));
  sites.sort((a, b) => compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.entry, b.entry));
  const owners: Record<string, string[]> = {};
  for (const site of sites) owners[site.file] ??= index.ownersOf(site.file);
  return { sites, owners };
}
