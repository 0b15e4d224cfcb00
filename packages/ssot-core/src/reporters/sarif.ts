/**
 * `report.sarif`: SARIF 2.1.0 for code-scanning UIs. One rule per SSOT that has bypass sites; one
 * result per bypass site of a `warn` or `error` entry (`off` only counts, exempt sites are allowed).
 * Locations are relative to `%SRCROOT%` (the workspace root) so the file is the same on any machine.
 * The report's diagnostics are the invocation's `toolExecutionNotifications`.
 */
import { describeOwnerFilter, getFileOwners } from './owners';
import type * as Sarif from 'sarif';
import type { EntryReport, Rollup, WorkspaceReport } from '../report/report-model';
import type { Site } from '../result/site';
import { SSOT_CORE_VERSION } from '../version';
import { groupKeptItems } from '../result/compare-baseline';
import { formatCoverage, INCOMPLETE_NOTE } from './completeness';
import { sentence } from './format';
import type { Reporter } from './reporter';

/** The OASIS standard's own schema address (SARIF 2.1.0 with errata 01). */
export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** The key of our fingerprint in `partialFingerprints`; versioned as SARIF suggests, in case it changes. */
export const FINGERPRINT_KEY = 'ssotSiteFingerprint/v1';
const SRCROOT = '%SRCROOT%';

export function ruleIdOf(entry: string): string {
  return `ssot/${entry}`;
}

/** Workspace paths are `/`-separated; each segment is percent-encoded so `#`, `%` or a space stay part of the path. */
export function toRelativeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function levelOf(entry: EntryReport): Sarif.ReportingConfiguration.level {
  return entry.enforce === 'error' ? 'error' : entry.enforce === 'warn' ? 'warning' : 'none';
}

function fixOf(report: WorkspaceReport, entry: EntryReport): string {
  // The action item's fix says what the sites really are; `off` entries have none.
  const item = report.actionItems.find((candidate) => candidate.entry === entry.name);
  return item?.fix ?? `use ${entry.name} from ${entry.location}`;
}

function ruleOf(report: WorkspaceReport, entry: EntryReport): Sarif.ReportingDescriptor {
  const fix = fixOf(report, entry);
  const impact = entry.impact ? ` ${entry.impact}.` : '';
  return {
    id: ruleIdOf(entry.name),
    name: `BypassOf${entry.name}`,
    shortDescription: { text: `Code goes around the single source of truth ${entry.name}.` },
    fullDescription: { text: `${entry.name} (${entry.location}) is the single source of truth for this concern; coverage ${formatCoverage(entry.coverage, entry.incomplete)}${entry.incomplete ? ` (${INCOMPLETE_NOTE})` : ''}.${impact}` },
    help: { text: `Fix: ${sentence(fix)}` },
    defaultConfiguration: { level: levelOf(entry) },
    properties: { priority: entry.priority, enforce: entry.enforce, tags: ['ssot', entry.priority], ...(entry.incomplete ? { incomplete: true } : {}) },
  };
}

function resultOf(report: WorkspaceReport, entry: EntryReport, ruleIndex: number, site: Site): Sarif.Result {
  const result: Sarif.Result = {
    ruleId: ruleIdOf(entry.name),
    ruleIndex,
    level: entry.enforce === 'error' ? 'error' : 'warning',
    message: { text: `${site.text} bypasses ${entry.name}: ${sentence(fixOf(report, entry))}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toRelativeUri(site.file), uriBaseId: SRCROOT },
          region: { startLine: site.line, startColumn: site.column },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: site.fingerprint },
    properties: { project: site.project, kind: site.kind, owners: getFileOwners(report, site.file) },
  };
  // Sites the project's baseline knows are "unchanged"; the others are new since the baseline.
  if (site.known !== undefined) result.baselineState = site.known ? 'unchanged' : 'new';
  // A suppressed site is a result that SARIF viewers show as suppressed in source, with its reason.
  if (site.suppressed) result.suppressions = [{ kind: 'inSource', ...(site.suppressed.reason !== undefined && { justification: site.suppressed.reason }), properties: { by: site.suppressed.by, line: site.suppressed.line } }];
  return result;
}

/** Workspace warnings (placed in the registry) and per-file diagnostics, each with its code as the descriptor. */
function notificationsOf(report: WorkspaceReport): Sarif.Notification[] {
  const at = (file: string, region?: Sarif.Region): Sarif.Location[] => [
    { physicalLocation: { artifactLocation: { uri: toRelativeUri(file), uriBaseId: SRCROOT }, ...(region ? { region } : {}) } },
  ];
  const warnings = report.diagnostics.workspace.map(
    (warning): Sarif.Notification => ({
      level: 'warning',
      message: { text: `${warning.message} (${warning.path})` },
      descriptor: { id: warning.code },
      locations: at(warning.file, warning.line !== undefined ? { startLine: warning.line, startColumn: warning.column ?? 1 } : undefined),
      properties: { entry: warning.entry, path: warning.path },
    }),
  );
  const files = report.diagnostics.files.flatMap((group) =>
    group.places.map(
      (place): Sarif.Notification => ({
        level: 'warning',
        message: { text: place.message },
        descriptor: { id: group.code },
        // SARIF regions are 1-based: a diagnostic about the whole file (line 0) has none.
        locations: at(place.file, place.line >= 1 ? { startLine: place.line, startColumn: Math.max(1, place.column) } : undefined),
        properties: { project: place.project, ...(place.entry !== undefined ? { entry: place.entry } : {}) },
      }),
    ),
  );
  // Known bypasses kept because their file was not analysed: one notice per reason, placed at each file.
  const kept = groupKeptItems(report.baseline?.keptItems).map(
    ({ reason, heading, items }): Sarif.Notification => ({
      level: 'warning',
      message: { text: heading },
      descriptor: { id: 'baseline-items-kept' },
      locations: [...new Set(items.map((item) => item.file))].flatMap((file) => at(file)),
      properties: { reason, count: items.length, projects: [...new Set(items.map((item) => item.project))] },
    }),
  );
  return [...warnings, ...files, ...kept];
}

/** The owner and tag rollups, their figures without the per-SSOT detail (report.json has it). */
function summarizeOwnership(report: WorkspaceReport): Record<string, unknown> {
  const brief = (rollup: Rollup) => ({ name: rollup.name, usage: rollup.usage, bypass: rollup.bypass, coverage: rollup.coverage, findings: rollup.findings, mostBypassed: rollup.topEntries.map((e) => e.entry) });
  const { from, file, filter, owners, tags } = report.ownership;
  return { from, ...(file !== undefined && { file }), ...(filter !== undefined && { filter }), owners: owners.map(brief), tags: tags.map(brief) };
}

function buildSarifLog(report: WorkspaceReport): Sarif.Log {
  const entries = report.entries.filter((entry) => entry.bypass > 0 || entry.bypassSites.length > 0 || (entry.suppressedSites ?? []).length > 0);
  const rules = entries.map((entry) => ruleOf(report, entry));
  const results = entries.flatMap((entry, ruleIndex) =>
    entry.enforce === 'off' ? [] : [...entry.bypassSites, ...(entry.suppressedSites ?? [])].filter((site) => !site.exempt).map((site) => resultOf(report, entry, ruleIndex, site)),
  );
  const only = describeOwnerFilter(report);
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'ssot', semanticVersion: SSOT_CORE_VERSION, version: SSOT_CORE_VERSION, rules } },
        // A run of one owner's code is its own category: uploaded beside the full run, it must not close the others' alerts.
        ...(only !== undefined && { automationDetails: { id: `ssot/owner:${report.ownership.filter}/`, description: { text: only } } }),
        originalUriBaseIds: { [SRCROOT]: { description: { text: 'The workspace root.' } } },
        columnKind: 'utf16CodeUnits',
        // The run itself succeeded (failures are results); diagnostics are the tool's own notices.
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notificationsOf(report) }],
        results,
        properties: { today: report.today, ...(report.commit ? { commit: report.commit } : {}), health: report.health, ownership: summarizeOwnership(report) },
      },
    ],
  };
}

export const renderSarif: Reporter = (report) => `${JSON.stringify(buildSarifLog(report), null, 2)}\n`;
