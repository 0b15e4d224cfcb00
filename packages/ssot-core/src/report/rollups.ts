import type { NormalizedRegistry } from '../registry/normalized-registry';
import { narrowOwnerIndex, NO_OWNER, type OwnerIndex } from '../owners/owner-index';
import { computeCoverage, isCountedBypass } from '../result/compute-totals';
import { compareStrings } from '../result/fingerprint';
import type { Finding } from '../result/project-result.generated';
import type { ProjectResult } from '../result/project-result';
import type { ProjectInfo } from '../workspace/workspace-projects';
import type { Ownership, Rollup } from './report-model';
import { sortTiers, tierOf } from './score';
import { byBypassThenName } from './table-order';

/** usage and bypass per SSOT, for one rollup or one matrix row. */
export type CountsByEntry = Map<string, { usage: number; bypass: number }>;

export function addCounts(counts: CountsByEntry, entry: string, usage: number, bypass: number): void {
  const row = counts.get(entry) ?? { usage: 0, bypass: 0 };
  row.usage += usage;
  row.bypass += bypass;
  counts.set(entry, row);
}

/**
 * Per code owner, from the sites (not exempt) of its files: a site with several owners counts once
 * for each (under `filter`, only that owner has a row). Per Nx tag, from the totals of the projects that carry it. Each with its coverage,
 * tier, the SSOTs it bypasses most and its findings.
 */
export function buildOwnership(registry: NormalizedRegistry, results: readonly ProjectResult[], findings: readonly Finding[], index: OwnerIndex, projects: readonly ProjectInfo[] | undefined, filter: string | undefined): Ownership {
  const tierName = tierNamer(registry);
  const counting = filter === undefined ? index : narrowOwnerIndex(index, filter);
  const ownerCounts = countByOwner(results, counting);
  const ownerFindings = new Map<string, Finding[]>();
  for (const finding of findings) for (const owner of counting.ownersOf(finding.file)) ownerFindings.set(owner, [...(ownerFindings.get(owner) ?? []), finding]);
  const owners = [...new Set([...ownerCounts.keys(), ...ownerFindings.keys()])].map((name) => toRollup(name, ownerCounts.get(name) ?? new Map(), ownerFindings.get(name) ?? [], tierName));
  const tagsOf = new Map((projects ?? []).map((project) => [project.name, project.tags]));
  const tagCounts = new Map<string, CountsByEntry>();
  for (const result of results) {
    for (const tag of tagsOf.get(result.project) ?? []) {
      const counts = tagCounts.get(tag) ?? new Map();
      for (const [entry, totals] of Object.entries(result.entries)) addCounts(counts, entry, totals.usage, totals.bypass);
      tagCounts.set(tag, counts);
    }
  }
  const tags = [...tagCounts].map(([tag, counts]) => {
    const tagged = findings.filter((finding) => tagsOf.get(finding.project)?.includes(tag));
    return { ...toRollup(tag, counts, tagged, tierName), group: tag.includes(':') ? tag.slice(0, tag.indexOf(':')) : tag };
  });
  const placed = [...results.flatMap((result) => result.sites.filter(isCountedBypass)), ...findings].map((place) => place.file);
  const files: Record<string, string[]> = {};
  for (const file of [...new Set(placed)].sort(compareStrings)) {
    const fileOwners = index.ownersOf(file);
    if (!fileOwners.includes(NO_OWNER)) files[file] = fileOwners;
  }
  return {
    from: index.from,
    ...(index.file !== undefined && { file: index.file }),
    ...(filter !== undefined && { filter }),
    files,
    owners: owners.sort(byBypassThenName),
    tags: tags.sort((a, b) => compareStrings(a.group, b.group) || byBypassThenName(a, b)),
  };
}

/** Per owner, per SSOT: usage and bypass sites (exempt and suppressed ones are counted apart in the report, not here). */
export function countByOwner(results: readonly ProjectResult[], index: OwnerIndex): Map<string, CountsByEntry> {
  const byOwner = new Map<string, CountsByEntry>();
  for (const result of results) {
    for (const site of result.sites) {
      if (site.exempt || site.suppressed) continue;
      for (const owner of index.ownersOf(site.file)) {
        const counts = byOwner.get(owner) ?? new Map();
        addCounts(counts, site.entry, site.side === 'usage' ? 1 : 0, site.side === 'bypass' ? 1 : 0);
        byOwner.set(owner, counts);
      }
    }
  }
  return byOwner;
}

export function tierNamer(registry: NormalizedRegistry): (coverage: number | null) => string | null {
  const tiers = sortTiers(registry.tiers);
  return (coverage) => (coverage === null ? null : tierOf(coverage, tiers).name);
}

function toRollup(name: string, counts: CountsByEntry, findings: readonly Finding[], tierName: (coverage: number | null) => string | null): Rollup {
  let usage = 0;
  let bypass = 0;
  for (const row of counts.values()) {
    usage += row.usage;
    bypass += row.bypass;
  }
  const coverage = computeCoverage(usage, bypass);
  const topEntries = [...counts]
    .filter(([, row]) => row.bypass > 0)
    .map(([entry, row]) => ({ entry, usage: row.usage, bypass: row.bypass, coverage: computeCoverage(row.usage, row.bypass) }))
    .sort((a, b) => b.bypass - a.bypass || compareStrings(a.entry, b.entry))
    .slice(0, 5);
  const byDetector: Record<string, number> = {};
  for (const finding of [...findings].sort((a, b) => compareStrings(a.detector, b.detector))) byDetector[finding.detector] = (byDetector[finding.detector] ?? 0) + 1;
  return { name, usage, bypass, coverage, tier: tierName(coverage), topEntries, findings: findings.length, ...(findings.length > 0 && { byDetector }) };
}
