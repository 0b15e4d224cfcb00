import type { NormalizedRegistry, Tier } from '../registry/normalized-registry';
import { computeCoverage, isCountedBypass } from '../result/compute-totals';
import { compareSites, compareStrings } from '../result/fingerprint';
import type { ProjectResult } from '../result/project-result';
import type { UsagePattern } from '../result/site';
import type { EntryReport, PatternReport, ProjectReport, TierReport, TierStatus } from './report-model';
import { byBypassThenName } from './table-order';

const PATTERNS: UsagePattern[] = ['factory', 'direct', 'legacy-shim', 'deep-import'];

/** Per SSOT: the sum of every project's totals, its tier, and who bypasses it most. */
export function scoreEntries(registry: NormalizedRegistry, results: ProjectResult[]): EntryReport[] {
  const tiers = sortTiers(registry.tiers);
  return registry.entries.map((entry) => {
    const report: EntryReport = {
      name: entry.name,
      location: entry.source ?? entry.module ?? '',
      owner: entry.owner,
      impact: entry.impact,
      priority: entry.priority,
      enforce: entry.enforce,
      usage: 0,
      bypass: 0,
      exempt: { usage: 0, bypass: 0 },
      coverage: null,
      tier: null,
      byPattern: {},
      topBypassing: [],
      minCoverage: entry.minCoverage,
      bypassSites: [],
    };
    const byProject: { project: string; bypass: number }[] = [];
    for (const result of results) {
      const totals = result.entries[entry.name];
      const source = result.sources.find((s) => s.entry === entry.name);
      if (source) {
        report.ownerProject = result.project;
        report.lines = source.lines;
      }
      if (!totals) continue;
      report.usage += totals.usage;
      report.bypass += totals.bypass;
      report.exempt.usage += totals.exempt.usage;
      report.exempt.bypass += totals.exempt.bypass;
      if (totals.suppressed) report.suppressed = (report.suppressed ?? 0) + totals.suppressed;
      // A project's file that was not analysed makes the SSOT's figures incomplete (SPEC §7).
      if (totals.kept) report.kept = (report.kept ?? 0) + totals.kept;
      if (totals.incomplete) report.incomplete = true;
      for (const pattern of PATTERNS) {
        const count = totals.byPattern[pattern];
        if (count) report.byPattern[pattern] = (report.byPattern[pattern] ?? 0) + count;
      }
      if (totals.bypass > 0) byProject.push({ project: result.project, bypass: totals.bypass });
      report.bypassSites.push(...result.sites.filter((site) => site.entry === entry.name && isCountedBypass(site)));
      const suppressed = result.sites.filter((site) => site.entry === entry.name && site.suppressed);
      if (suppressed.length > 0) report.suppressedSites = [...(report.suppressedSites ?? []), ...suppressed];
    }
    report.suppressedSites?.sort(compareSites);
    report.coverage = computeCoverage(report.usage, report.bypass);
    report.tier = report.coverage === null ? null : tierOf(report.coverage, tiers).name;
    report.topBypassing = byProject.sort((a, b) => b.bypass - a.bypass || compareStrings(a.project, b.project)).slice(0, 5);
    return stripUndefined(report);
  });
}

export function scoreProjects(results: ProjectResult[]): ProjectReport[] {
  return results
    .map((result) => {
      const report: ProjectReport = { name: result.project, usage: 0, bypass: 0, coverage: null, filesAnalysed: result.filesAnalysed, entries: {} };
      if (result.notAnalysed?.length) {
        report.filesNotAnalysed = result.notAnalysed.length;
        report.notAnalysed = result.notAnalysed;
      }
      for (const [name, totals] of Object.entries(result.entries)) {
        report.usage += totals.usage;
        report.bypass += totals.bypass;
        if (totals.suppressed) report.suppressed = (report.suppressed ?? 0) + totals.suppressed;
        if (totals.usage + totals.bypass > 0) report.entries[name] = { usage: totals.usage, bypass: totals.bypass };
      }
      report.coverage = computeCoverage(report.usage, report.bypass);
      return report;
    })
    .sort(byBypassThenName);
}

/** Highest band first; an entry belongs to the first band whose lower bound it reaches. */
export function sortTiers(tiers: Tier[]): Tier[] {
  return [...tiers].sort((a, b) => b.min - a.min);
}

export function tierOf(coverage: number, sortedTiers: Tier[]): Tier {
  return sortedTiers.find((tier) => coverage >= tier.min) ?? sortedTiers[sortedTiers.length - 1];
}

/** Status by rank: the top band is excellent, the bottom one poor, the second good, others need work. */
export function scoreTiers(registry: NormalizedRegistry, entries: EntryReport[]): TierReport[] {
  const tiers = sortTiers(registry.tiers);
  return tiers.map((tier, index) => {
    const members = entries.filter((entry) => entry.tier === tier.name);
    const coverages = members.map((entry) => entry.coverage).filter((c): c is number => c !== null);
    const status: TierStatus = index === 0 ? 'excellent' : index === tiers.length - 1 ? 'poor' : index === 1 ? 'good' : 'needs-work';
    return { name: tier.name, min: tier.min, max: tier.max, classCount: members.length, averageCoverage: average(coverages), status, entries: members.map((entry) => entry.name) };
  });
}

export function scorePatterns(entries: EntryReport[]): PatternReport[] {
  const total = entries.reduce((sum, entry) => sum + entry.usage, 0);
  return PATTERNS.map((pattern) => {
    const usage = entries.reduce((sum, entry) => sum + (entry.byPattern[pattern] ?? 0), 0);
    return { pattern, usage, share: total === 0 ? null : Math.round((usage / total) * 1000) / 10 };
  });
}

/** Of the entries with a factory: factory usages / (factory usages + `new X()` bypasses). */
export function scoreFactoryAdoption(registry: NormalizedRegistry, results: ProjectResult[]): number | null {
  const withFactory = new Set(registry.entries.filter((entry) => entry.factory !== undefined).map((entry) => entry.name));
  let factory = 0;
  let bypass = 0;
  for (const result of results) {
    for (const [name, totals] of Object.entries(result.entries)) {
      if (!withFactory.has(name)) continue;
      factory += totals.byPattern.factory ?? 0;
      bypass += totals.byKind['bypass:factory-bypass'] ?? 0;
    }
  }
  return computeCoverage(factory, bypass);
}

export function average(values: number[]): number | null {
  return values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}

function stripUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}
