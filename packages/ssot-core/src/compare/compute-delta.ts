import type { NormalizedRegistry } from '../registry/normalized-registry';
import type { WorkspaceReport } from '../report/report-model';
import { describeFix } from '../result/evaluate-enforcement';
import { isCountedBypass } from '../result/compute-totals';
import { compareSites, compareStrings } from '../result/fingerprint';
import type { ProjectResult } from '../result/project-result';
import type { Finding, Site } from '../result/project-result.generated';
import type { BypassChange, Change, CompareReport, FindingChange } from './compare-model.generated';

/** One side of a comparison, as far as the delta reads it. */
export interface CompareSide {
  health: number | null;
  /** Per entry of that side's registry: coverage and bypass count. */
  entries: { name: string; coverage: number | null; bypass: number }[];
  registry: Pick<NormalizedRegistry, 'entries'>;
  /** Every site of that side (bypasses are picked out here). */
  sites: Site[];
  findings: Finding[];
}

export interface DeltaInput {
  today: string;
  base: CompareReport['base'];
  before: CompareSide;
  after: CompareSide;
  projects: CompareReport['projects'];
  notes?: string[];
  /** False when the merge base had no usable registry: no entry is called added or removed. */
  compareRegistries?: boolean;
  /** The command that records a project's current bypasses as known. */
  baselineCommand?: (project: string) => string;
  /** A file's code owners: with it, each bypass change names them. */
  ownersOf?: (file: string) => string[];
  /** The owner both sides are limited to (--owner), named in the comparison. */
  owner?: string;
}

/** The side's view of a workspace report and its project results. */
export function toCompareSide(registry: NormalizedRegistry, report: WorkspaceReport, results: ProjectResult[]): CompareSide {
  return {
    health: report.health,
    entries: report.entries.map((entry) => ({ name: entry.name, coverage: entry.coverage, bypass: entry.bypass })),
    registry,
    sites: results.flatMap((result) => result.sites),
    findings: report.findings,
  };
}

/**
 * The PR delta (SPEC §7 Time): new and fixed are judged by fingerprint against the merge base, per
 * project (a fingerprint is relative to its project's root, so a moved project keeps its sites).
 * Fails on a new bypass of an `error` entry that the baseline does not know, as `ssot-check` would.
 */
export function computeDelta(input: DeltaInput): CompareReport {
  const { before, after } = input;
  const compareRegistries = input.compareRegistries ?? true;
  const baselineCommand = input.baselineCommand ?? ((project: string) => `nx run ${project}:ssot-baseline`);
  const newBypasses = difference(bypassesOf(after.sites), bypassesOf(before.sites)).map((site) => toBypassChange(site, after.registry, input.ownersOf));
  const fixed = difference(bypassesOf(before.sites), bypassesOf(after.sites)).map((site) => toBypassChange(site, before.registry, input.ownersOf));
  const failures = newBypasses
    .filter((site) => site.enforce === 'error' && site.known !== true)
    .map((site) => `new bypass of ${site.entry} (enforce: error) at ${site.file}:${site.line}: \`${site.text}\`; ${site.fix}, or record it as known with ${baselineCommand(site.project)}`);
  const beforeNames = new Set(before.registry.entries.map((entry) => entry.name));
  const afterNames = new Set(after.registry.entries.map((entry) => entry.name));
  return {
    schemaVersion: 1,
    today: input.today,
    ...(input.owner !== undefined && { owner: input.owner }),
    base: input.base,
    health: change(before.health, after.health),
    entries: compareEntries(before, after, compareRegistries),
    registry: {
      added: compareRegistries ? [...afterNames].filter((name) => !beforeNames.has(name)).sort(compareStrings) : [],
      removed: compareRegistries ? [...beforeNames].filter((name) => !afterNames.has(name)).sort(compareStrings) : [],
    },
    bypasses: { new: sortBypasses(newBypasses), fixed: sortBypasses(fixed) },
    findings: {
      new: difference(activeFindings(after.findings), activeFindings(before.findings)).map(toFindingChange),
      resolved: difference(activeFindings(before.findings), activeFindings(after.findings)).map(toFindingChange),
    },
    projects: { analysed: [...input.projects.analysed].sort(compareStrings), unchanged: [...input.projects.unchanged].sort(compareStrings) },
    notes: input.notes ?? [],
    failures,
  };
}

/** after − before in points, to 0.1; null when either side has no data. */
export function change(before: number | null, after: number | null): Change {
  return { before, after, change: before === null || after === null ? null : Math.round((after - before) * 10) / 10 };
}

function compareEntries(before: CompareSide, after: CompareSide, compareRegistries: boolean): CompareReport['entries'] {
  const beforeByName = new Map(before.entries.map((entry) => [entry.name, entry]));
  const afterByName = new Map(after.entries.map((entry) => [entry.name, entry]));
  const names = [...new Set([...beforeByName.keys(), ...afterByName.keys()])];
  const rows = names.map((name) => {
    const was = beforeByName.get(name);
    const is = afterByName.get(name);
    const coverage = change(was?.coverage ?? null, is?.coverage ?? null);
    const bypass = { before: was?.bypass ?? 0, after: is?.bypass ?? 0 };
    const status: CompareReport['entries'][number]['status'] =
      compareRegistries && !was ? 'added' : compareRegistries && !is ? 'removed' : coverage.before !== coverage.after || bypass.before !== bypass.after ? 'changed' : 'unchanged';
    return { name, status, coverage, bypass };
  });
  const rank = { changed: 0, added: 1, removed: 2, unchanged: 3 } as const;
  return rows.sort(
    (a, b) => rank[a.status] - rank[b.status] || Math.abs(b.coverage.change ?? 0) - Math.abs(a.coverage.change ?? 0) || Math.abs(b.bypass.after - b.bypass.before) - Math.abs(a.bypass.after - a.bypass.before) || compareStrings(a.name, b.name),
  );
}

const bypassesOf = (sites: Site[]) => sites.filter(isCountedBypass);
const activeFindings = (findings: Finding[]) => findings.filter((finding) => finding.exempt !== true);

/** The items of `from` whose project and fingerprint `other` does not have. */
function difference<T extends { project: string; fingerprint: string }>(from: T[], other: T[]): T[] {
  const keys = new Set(other.map((item) => `${item.project}\0${item.fingerprint}`));
  return from.filter((item) => !keys.has(`${item.project}\0${item.fingerprint}`));
}

function toBypassChange(site: Site, registry: CompareSide['registry'], ownersOf: DeltaInput['ownersOf']): BypassChange {
  const entry = registry.entries.find((candidate) => candidate.name === site.entry);
  return {
    entry: site.entry,
    enforce: entry?.enforce ?? 'off',
    file: site.file,
    line: site.line,
    column: site.column,
    text: site.text,
    project: site.project,
    ...(ownersOf && { owners: ownersOf(site.file) }),
    fix: describeFix(site.entry, entry?.factory, site.kind, entry?.source ?? entry?.module),
    fingerprint: site.fingerprint,
    ...(site.known === true ? { known: true } : {}),
  };
}

function toFindingChange(finding: Finding): FindingChange {
  const { detector, message, file, line, column, project, fix, fingerprint } = finding;
  return { detector, message, file, line, column, project, fix, fingerprint };
}

const ENFORCE_RANK = { error: 0, warn: 1, off: 2 } as const;

/** Errors first, then warnings, then by place: what blocks the PR reads first. */
function sortBypasses(sites: BypassChange[]): BypassChange[] {
  return sites.sort((a, b) => ENFORCE_RANK[a.enforce] - ENFORCE_RANK[b.enforce] || compareSites({ ...a, side: 'bypass' }, { ...b, side: 'bypass' }));
}
