import type { NormalizedRegistry } from '../registry/normalized-registry';
import { computeCoverage } from '../result/compute-totals';
import type { ProjectResult } from '../result/project-result';
import { finalizeFindings } from '../detectors/finalize-findings';
import { collectWorkspaceFindings } from '../detectors/workspace-findings';
import { sumImportPaths } from '../detectors/import-paths';
import { mergeCatchStyleMixes } from '../detectors/catch-style-mix';
import type { DetectorId, Finding } from '../result/project-result.generated';
import { compareStrings } from '../result/fingerprint';
import type { ProjectInfo } from '../workspace/workspace-projects';
import { createOwnerIndex, narrowOwnerIndex, type OwnerIndex } from '../owners/owner-index';
import { filterResultsByOwner, ownsCodeIn } from '../owners/filter-by-owner';
import { rankActionItems } from './action-items';
import { buildMatrices } from './matrices';
import { buildOwnership } from './rollups';
import { evaluateGoal, type CoveragePoint } from './goals';
import { groupDiagnostics } from './group-diagnostics';
import { findSnapshotAtOrBefore } from './history';
import type { AntiPatternSummary, BaselineSummary, EntryReport, GoalReport, KeptItem, TierReport, TrendPoint, TrendReport, WorkspaceReport } from './report-model';
import { average, scoreEntries, scoreFactoryAdoption, scorePatterns, scoreProjects, scoreTiers } from './score';
import { byBypassThenName } from './table-order';
import { findWorkspaceWarnings, formatWarningPlace } from './workspace-warnings';

export interface BuildReportOptions {
  registry: NormalizedRegistry;
  /** Every project's `ssot-check` result. */
  results: ProjectResult[];
  /** YYYY-MM-DD (UTC). */
  today: string;
  commit?: string;
  /** Earlier snapshots (the history file), any order. */
  history?: TrendPoint[];
  /** Compare with the newest snapshot at or before this date instead of the previous one. */
  baselineDate?: string;
  /** The command that re-checks one project, quoted in action items. */
  validateCommand?: (project: string) => string;
  /** The workspace's projects: with them, project patterns that match none are workspace warnings. */
  projects?: readonly ProjectInfo[];
  /** The registry file, workspace-relative, named in workspace warnings. Default `ssot.json`. */
  registryFile?: string;
  /** The registry's text, to give each workspace warning its line and column. */
  registryText?: string;
  /** Fail on workspace warnings, as the registry's `strict` does (the report's --strict). */
  strict?: boolean;
  /** Only this code owner's code (`--owner`): sites and findings in the files it owns. */
  owner?: string;
  /** Whose files are whose; default: as the results record it. A comparison passes one map for both sides. */
  owners?: OwnerIndex;
}

/** Merge → score → goals → trend → failures (SPEC §7). Pure: reads nothing, writes nothing. */
export function buildReport(options: BuildReportOptions): WorkspaceReport {
  const { registry, today, owner } = options;
  const owners = options.owners ?? createOwnerIndex(options.results);
  const results = owner === undefined ? options.results : filterResultsByOwner(options.results, owner, owners);
  // Under --owner: the projects where it has code, and only it as an owner (its co-owners' figures would be partial).
  const listed = owner === undefined ? results : results.filter(ownsCodeIn);
  const counting = owner === undefined ? owners : narrowOwnerIndex(owners, owner);
  // The workspace-level findings too are the owner's only where they are placed in its files.
  const merged = mergeFindings(registry, results, owner === undefined ? () => true : (finding) => owners.ownersOf(finding.file).includes(owner));
  // The tables' order for the report; registry order for the history's keys (stable from run to run).
  const scored = scoreEntries(registry, results);
  const entries = [...scored].sort(byBypassThenName);
  const usage = entries.reduce((sum, e) => sum + e.usage, 0);
  const bypass = entries.reduce((sum, e) => sum + e.bypass, 0);
  const health = computeCoverage(usage, bypass);
  const tiers = scoreTiers(registry, entries);
  const current: TrendPoint = { date: today, ...(options.commit ? { commit: options.commit } : {}), health, coverage: Object.fromEntries(scored.map((e) => [e.name, e.coverage])) };
  // The history holds whole-workspace figures: one owner's code is not compared with them.
  const history = owner === undefined ? (options.history ?? []).filter((point) => point.date <= today) : [];
  const trend = buildTrend(history, current, options.baselineDate);
  const report: WorkspaceReport = {
    schemaVersion: 1,
    today,
    ...(options.commit ? { commit: options.commit } : {}),
    health,
    ...(registry.minHealth !== undefined ? { minHealth: registry.minHealth } : {}),
    platformAverage: average(entries.map((e) => e.coverage).filter((c): c is number => c !== null)),
    totals: { usage, bypass, exempt: entries.reduce((sum, e) => sum + e.exempt.usage + e.exempt.bypass, 0), ...countSuppressed(entries), entries: entries.length, projects: listed.length },
    tiers,
    entries,
    projects: scoreProjects(listed),
    ownership: buildOwnership(registry, listed, merged.findings, owners, options.projects, owner),
    matrices: buildMatrices(registry, listed, counting),
    patterns: scorePatterns(entries),
    factoryAdoption: scoreFactoryAdoption(registry, results),
    actionItems: rankActionItems(entries, registry.entries, options.validateCommand ?? ((project) => `ssot-check ${project}`), counting.ownersOf),
    ...merged,
    goals: buildGoals(registry, entries, tiers, [...history, current], today),
    trend,
    baseline: summarizeBaseline(results),
    diagnostics: {
      // About the registry against the whole workspace: a filtered report raises none the full one would not.
      workspace: findWorkspaceWarnings({ registry, results: options.results, projects: options.projects, registryFile: options.registryFile ?? 'ssot.json', registryText: options.registryText }),
      files: groupDiagnostics(results),
    },
    failures: [],
  };
  report.failures = findFailures(report, options.strict === true || registry.strict === true);
  return report;
}

/** Every project's findings plus the workspace-level ones (those `shown`), and a summary per detector (SPEC §5). */
function mergeFindings(registry: NormalizedRegistry, results: ProjectResult[], shown: (finding: Finding) => boolean): Pick<WorkspaceReport, 'findings' | 'antiPatterns' | 'importPaths' | 'catchStyles'> {
  const all = finalizeFindings([...results.flatMap((result) => result.findings), ...collectWorkspaceFindings(results, registry)]);
  const findings = all.filter((finding) => !finding.exempt && shown(finding));
  const byDetector = new Map<DetectorId, Finding[]>();
  for (const finding of findings) byDetector.set(finding.detector, [...(byDetector.get(finding.detector) ?? []), finding]);
  const antiPatterns: AntiPatternSummary[] = [...byDetector]
    .map(([detector, list]) => ({ detector, count: list.length, top: list.slice(0, 5) }))
    .sort((a, b) => b.count - a.count || compareStrings(a.detector, b.detector));
  const mixes = results.flatMap((result) => (result.catchStyles ? [result.catchStyles] : []));
  return { findings, antiPatterns, importPaths: sumImportPaths(results), ...(mixes.length > 0 ? { catchStyles: mergeCatchStyleMixes(mixes) } : {}) };
}

function buildTrend(history: TrendPoint[], current: TrendPoint, baselineDate: string | undefined): TrendReport {
  const earlier = history.filter((point) => !(point.date === current.date && point.commit === current.commit));
  const against = baselineDate !== undefined ? findSnapshotAtOrBefore(earlier, baselineDate) : earlier[earlier.length - 1];
  const delta: Record<string, number | null> = {};
  for (const [name, coverage] of Object.entries(current.coverage)) {
    const before = against?.coverage[name];
    delta[name] = coverage === null || before === undefined || before === null ? null : round(coverage - before);
  }
  const healthDelta = current.health === null || !against || against.health === null ? null : round(current.health - against.health);
  return { points: [...earlier, current], ...(against ? { against } : {}), delta, healthDelta };
}

function buildGoals(registry: NormalizedRegistry, entries: EntryReport[], tiers: TierReport[], points: TrendPoint[], today: string): GoalReport[] {
  const goals: GoalReport[] = [];
  for (const entry of registry.entries) {
    const report = entries.find((e) => e.name === entry.name);
    const series = points.flatMap((p): CoveragePoint[] => (typeof p.coverage[entry.name] === 'number' ? [{ date: p.date, coverage: p.coverage[entry.name] as number }] : []));
    for (const goal of entry.goals) goals.push(evaluateGoal(entry.name, 'entry', goal, report?.coverage ?? null, series, today));
  }
  for (const tier of tiers) {
    // A tier's history: the average, at each snapshot, of the entries that are in the tier now.
    const series = points.flatMap((p): CoveragePoint[] => {
      const value = average(tier.entries.map((name) => p.coverage[name]).filter((c): c is number => typeof c === 'number'));
      return value === null ? [] : [{ date: p.date, coverage: value }];
    });
    for (const goal of registry.tierGoals[tier.name] ?? []) goals.push(evaluateGoal(tier.name, 'tier', goal, tier.averageCoverage, series, today));
  }
  return goals;
}

/** The workspace's suppressed sites, when there are any (the field is absent otherwise). */
function countSuppressed(entries: EntryReport[]): { suppressed?: number } {
  const suppressed = entries.reduce((sum, e) => sum + (e.suppressed ?? 0), 0);
  return suppressed > 0 ? { suppressed } : {};
}

function summarizeBaseline(results: ProjectResult[]): BaselineSummary {
  const summary = { new: 0, same: 0, fixed: 0 };
  const keptItems: KeptItem[] = [];
  const anyBaseline = results.some((result) => result.baseline.exists);
  for (const result of results) {
    summary.new += result.baseline.new;
    summary.same += result.baseline.known;
    summary.fixed += result.baseline.fixed.length;
    for (const { entry, file, text, reason } of result.baseline.kept ?? []) keptItems.push({ project: result.project, entry, file, text, reason });
  }
  // Kept items (file not analysed) are neither fixed nor new: they leave the state alone.
  const state = !anyBaseline ? 'none' : summary.new > 0 ? 'worse' : summary.fixed > 0 ? 'better' : 'same';
  if (keptItems.length === 0) return { ...summary, state };
  keptItems.sort((a, b) => compareStrings(a.reason, b.reason) || compareStrings(a.project, b.project) || compareStrings(a.file, b.file) || compareStrings(a.entry, b.entry) || compareStrings(a.text, b.text));
  return { ...summary, kept: keptItems.length, state, keptItems };
}

const INCOMPLETE_FAILURE_NOTE = 'incomplete: files where it applies were not analysed, see the diagnostics';

/** The causes that make the report fail: minCoverage, minHealth, coverage that fell, and under `strict` each workspace warning. */
function findFailures(report: WorkspaceReport, strict: boolean): string[] {
  const failures: string[] = [];
  // A figure that misses files says so: fixing the file may be the whole fix.
  const note = (name: string) => (report.entries.find((e) => e.name === name)?.incomplete ? ` (${INCOMPLETE_FAILURE_NOTE})` : '');
  for (const entry of report.entries) {
    if (entry.minCoverage !== undefined && entry.coverage !== null && entry.coverage < entry.minCoverage) {
      failures.push(`${entry.name}: coverage ${entry.coverage}% is below its minCoverage ${entry.minCoverage}%${note(entry.name)}`);
    }
  }
  if (report.minHealth !== undefined && report.health !== null && report.health < report.minHealth) {
    failures.push(`health score ${report.health}% is below minHealth ${report.minHealth}%`);
  }
  const against = report.trend.against;
  if (against) {
    for (const [name, delta] of Object.entries(report.trend.delta)) {
      if (delta !== null && delta < 0) failures.push(`${name}: coverage fell from ${against.coverage[name]}% to ${report.entries.find((e) => e.name === name)?.coverage}% since ${against.date}${note(name)}`);
    }
  }
  if (strict) {
    // An unsure warning may be wrong (its matcher may match in a file not analysed): never a failure.
    for (const warning of report.diagnostics.workspace.filter((w) => w.unsure !== true)) failures.push(`workspace warning (strict): ${warning.message} (${formatWarningPlace(warning)})`);
  }
  return failures;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
