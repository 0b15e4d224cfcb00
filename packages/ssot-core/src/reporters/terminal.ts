/**
 * The terminal summary: health and verdict, the tier table, the top action items with the command
 * that validates each, and the failures. Colours only when the caller asks (it knows the TTY).
 */
import { NO_OWNER } from '../owners/owner-index';
import pc from 'picocolors';
import type { TierStatus, WorkspaceReport } from '../report/report-model';
import {
  entriesWithoutData,
  formatBand,
  formatCount,
  formatPercent,
  formatSince,
  formatVerdict,
  plural,
  statusOf,
  statusOfTier,
  TIER_STATUS_LABEL,
} from './format';
import { countDiagnostics, firstPlaces, firstWarnings, STRICT_NOTE, warningPlace } from './diagnostics';
import {
  baselineUpgrades,
  describeKeptItem,
  describeNotAnalysed,
  formatBaselineCounts,
  formatCoverage,
  formatTrendDelta,
  hasIncomplete,
  INCOMPLETE_MARK,
  INCOMPLETE_NOTE,
  isTierIncomplete,
  keptGroups,
  notAnalysedByProject,
} from './completeness';
import { describeOwnerFilter, describeOwnersSource } from './owners';
import { formatEta, rankGoals, TODAYS_REGISTRY_MARK, usedTodaysRegistry } from './goal-eta-wording';
import { describeSuppression, listSuppressedSites, SUPPRESSION_PLACES } from './suppressions';
import type { Reporter } from './reporter';

export const TERMINAL_ACTION_ITEMS = 5;

type Colors = ReturnType<typeof pc.createColors>;

/**
 * Names and paths come from the workspace: a control character in one (an ANSI escape in a file
 * name) must not restyle or rewrite the user's terminal, so each shows as `?`.
 */
export function sanitizeForTerminal(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

function statusColor(c: Colors, status: TierStatus | null): (text: string) => string {
  if (status === 'excellent' || status === 'good') return c.green;
  if (status === 'needs-work') return c.yellow;
  return status === 'poor' ? c.red : c.dim;
}

/** Pads plain text first and colours it after, so escape codes never count as width. */
function cell(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  return align === 'right' ? text.padStart(width) : text.padEnd(width);
}

function tierTable(report: WorkspaceReport, c: Colors): string[] {
  const rows: { name: string; band: string; count: string; average: string; status: TierStatus | null }[] = report.tiers.map((tier) => ({
    name: sanitizeForTerminal(tier.name),
    band: formatBand(tier),
    count: formatCount(tier.classCount),
    average: formatCoverage(tier.averageCoverage, isTierIncomplete(report, tier)),
    status: statusOfTier(tier),
  }));
  rows.push({ name: 'Platform average', band: '', count: formatCount(report.totals.entries), average: formatCoverage(report.platformAverage, hasIncomplete(report)), status: null });
  const nameWidth = Math.max(4, ...rows.map((row) => row.name.length));
  const header = `  ${cell('Tier', nameWidth)}  ${cell('Band', 8)}  ${cell('SSOTs', 5, 'right')}  ${cell('Average', 8, 'right')}  Status`;
  return [
    c.bold(header),
    ...rows.map((row) => {
      const status = row.status ? statusColor(c, row.status)(TIER_STATUS_LABEL[row.status]) : '';
      return `  ${cell(row.name, nameWidth)}  ${cell(row.band, 8)}  ${cell(row.count, 5, 'right')}  ${cell(row.average, 8, 'right')}  ${status}`.trimEnd();
    }),
  ];
}

function actionItems(report: WorkspaceReport, c: Colors): string[] {
  const shown = report.actionItems.slice(0, TERMINAL_ACTION_ITEMS);
  if (shown.length === 0) return [c.green('No action items: no enforced SSOT has bypass sites.')];
  const lines = [c.bold(`Top ${shown.length} action item${shown.length === 1 ? '' : 's'}`)];
  for (const item of shown) {
    const where = item.projects.map((p) => `${sanitizeForTerminal(p.project)} ${p.bypass}`).join(', ');
    lines.push(`  ${String(item.rank).padStart(2)}. ${c.bold(sanitizeForTerminal(item.entry))}  ${item.priority}, ${plural(item.bypass, 'bypass site')}${where ? ` (${where})` : ''}`);
    lines.push(`      ${c.dim('fix:')} ${sanitizeForTerminal(item.fix)}`);
    if (hasOwners(report)) lines.push(`      ${c.dim('ask:')} ${item.owners.map((o) => `${sanitizeForTerminal(o.owner)} (${o.bypass})`).join(', ')}`);
    for (const command of item.validate) lines.push(`      ${c.dim('validate:')} ${c.cyan(sanitizeForTerminal(command))}`);
  }
  const rest = report.actionItems.length - shown.length;
  if (rest > 0) lines.push(c.dim(`  …and ${rest} more in the full report`));
  return lines;
}

export const TERMINAL_GOALS = 5;

/** Each goal with its ETA, those that need attention first. */
function goalLines(report: WorkspaceReport, c: Colors): string[] {
  if (report.goals.length === 0) return [];
  const ranked = rankGoals(report.goals);
  const lines = ['', c.bold('Goals (ETA at the rate of the last 8 snapshots)')];
  for (const goal of ranked.slice(0, TERMINAL_GOALS)) {
    const subject = `${sanitizeForTerminal(goal.subject)}${goal.kind === 'tier' ? ' (tier)' : ''}`;
    const eta = formatEta(goal.eta);
    const colored = goal.state === 'behind' ? c.red(eta) : goal.state === 'no-data' ? c.dim(eta) : c.green(eta);
    lines.push(`  ${subject} ${formatPercent(goal.target)} by ${goal.by}: now ${formatPercent(goal.current)}, ETA ${colored}`);
  }
  if (ranked.length > TERMINAL_GOALS) lines.push(c.dim(`  …and ${plural(ranked.length - TERMINAL_GOALS, 'more goal')} in the full report`));
  const todays = report.trend.points.filter(usedTodaysRegistry).length;
  if (todays > 0) lines.push(c.dim(`  ${TODAYS_REGISTRY_MARK} ${plural(todays, 'history point')} computed with today's registry: from commits with no registry, or one this version cannot read`));
  return lines;
}

const TERMINAL_OWNERS = 5;

const NO_OWNERS_HINT = 'Add a CODEOWNERS file (.github/, the root or docs/), or team:<name> tags to the projects, to see whom to ask for each bypass.';

/**
 * Some code has an owner: otherwise every "ask" would only say "(no owner)". Under `--owner` the
 * report is one owner's, `(no owner)` included, whatever the others own.
 */
function hasOwners(report: WorkspaceReport): boolean {
  return report.ownership.filter !== undefined || report.ownership.owners.some((owner) => owner.name !== NO_OWNER);
}

/**
 * Nobody owns a site. With a CODEOWNERS file that names none of their files (TanStack/router's
 * names `.github/`, `scripts/`…), "add a CODEOWNERS file" would be wrong: say which file it read.
 */
function noOwnersLine(report: WorkspaceReport): string {
  const { from, file } = report.ownership;
  if (from !== 'codeowners') return `Owners: none found. ${NO_OWNERS_HINT}`;
  return `Owners: ${sanitizeForTerminal(file ?? 'CODEOWNERS')} owns none of the files with sites. Add rules for the projects' folders there, or team:<name> tags to the projects, to see whom to ask for each bypass.`;
}

/** The owners with the most bypass sites: whom to ask first. */
function ownerLines(report: WorkspaceReport, c: Colors): string[] {
  const shown = report.ownership.owners.filter((owner) => owner.bypass > 0).slice(0, TERMINAL_OWNERS);
  if (shown.length === 0) return [];
  // Nobody owns anything (no CODEOWNERS, no team tags): say how to get owners instead of one "(no owner)" row.
  if (!hasOwners(report)) return ['', c.dim(noOwnersLine(report))];
  const lines = ['', c.bold('Owners with the most bypass sites'), c.dim(`  ${sanitizeForTerminal(describeOwnersSource(report))}`)];
  for (const owner of shown) {
    const top = owner.topEntries.slice(0, 3).map((e) => `${sanitizeForTerminal(e.entry)} ${e.bypass}`).join(', ');
    lines.push(`  ${sanitizeForTerminal(owner.name)}: ${plural(owner.bypass, 'bypass site')}, coverage ${formatPercent(owner.coverage)}${owner.findings > 0 ? `, ${plural(owner.findings, 'finding')}` : ''}${top ? ` ${c.dim(`(most bypassed: ${top})`)}` : ''}`);
  }
  const rest = report.ownership.owners.filter((owner) => owner.bypass > 0).length - shown.length;
  if (rest > 0) lines.push(c.dim(`  …and ${rest} more owners in the full report`));
  return lines;
}

/** Counts, then the first workspace warnings and the first places of each file diagnostic; nothing when there are none. */
function diagnosticLines(report: WorkspaceReport, c: Colors): string[] {
  const counts = countDiagnostics(report);
  if (counts === undefined) return [];
  const lines = ['', c.bold(`Diagnostics: ${counts}`)];
  const warnings = firstWarnings(report);
  for (const warning of warnings.shown) lines.push(`  ${c.yellow('⚠')} ${sanitizeForTerminal(warning.message)} ${c.dim(`(${sanitizeForTerminal(warningPlace(warning))})`)}`);
  if (warnings.rest > 0) lines.push(c.dim(`  …and ${warnings.rest} more workspace warnings in report.json`));
  if (report.diagnostics.workspace.length > 0) lines.push(c.dim(`  (workspace warnings: ${STRICT_NOTE})`));
  for (const group of report.diagnostics.files) {
    const { shown, rest } = firstPlaces(group);
    lines.push(`  ${sanitizeForTerminal(group.code)} (${group.count}): ${shown.map(sanitizeForTerminal).join(', ')}${rest > 0 ? c.dim(` …and ${rest} more`) : ''}`);
  }
  return [...lines, ...notAnalysedLines(report, c), ...upgradeLines(report, c)];
}

/** Files not analysed, per project, counted apart from the files analysed. */
function notAnalysedLines(report: WorkspaceReport, c: Colors): string[] {
  const { shown, rest, files } = notAnalysedByProject(report);
  if (shown.length === 0) return [];
  const lines = [`  ${c.yellow('Files not analysed')} (${plural(files, 'file')}; not counted in "files analysed", their known bypasses kept):`];
  for (const project of shown) {
    const more = project.rest > 0 ? c.dim(` …and ${project.rest} more`) : '';
    lines.push(`    ${sanitizeForTerminal(project.project)} (${project.count}): ${project.shown.map((file) => sanitizeForTerminal(describeNotAnalysed(file))).join(', ')}${more}`);
  }
  if (rest > 0) lines.push(c.dim(`    …and ${rest} more projects in report.json`));
  return lines;
}

/** Baselines still in format 1, each with the one command that upgrades it. */
function upgradeLines(report: WorkspaceReport, c: Colors): string[] {
  const { shown, rest } = baselineUpgrades(report);
  const lines = shown.map(({ place, command }) => `  ${c.yellow('baseline format 1')}: ${sanitizeForTerminal(place.file)}, upgrade with ${c.cyan(sanitizeForTerminal(command))}`);
  return rest > 0 ? [...lines, c.dim(`  …and ${rest} more baselines in format 1 in report.json`)] : lines;
}

/** The baseline's figures, then each reason items were kept for with the check's words and the first items. */
/** The first suppressed sites with their comment, when there are any (counted apart, not in coverage). */
function suppressionLines(report: WorkspaceReport, c: Colors): string[] {
  const sites = listSuppressedSites(report);
  if (sites.length === 0) return [];
  const lines = ['', c.bold(`Suppressed by inline comments (${formatCount(sites.length)}, not in coverage)`)];
  for (const site of sites.slice(0, SUPPRESSION_PLACES.terminal)) lines.push(`  ${sanitizeForTerminal(`${site.file}:${site.line}:${site.column}  ${site.entry}  ${site.text}  — ${describeSuppression(site)}`)}`);
  if (sites.length > SUPPRESSION_PLACES.terminal) lines.push(c.dim(`  …and ${sites.length - SUPPRESSION_PLACES.terminal} more in report.json`));
  return lines;
}

function baselineLines(report: WorkspaceReport, c: Colors): string[] {
  const lines: string[] = [];
  for (const group of keptGroups(report)) {
    lines.push(`  ${c.yellow(sanitizeForTerminal(group.heading))}`);
    for (const item of group.shown) lines.push(`    ${sanitizeForTerminal(describeKeptItem(item))}`);
    if (group.rest > 0) lines.push(c.dim(`    …and ${group.rest} more in report.json`));
  }
  return lines;
}

export const renderTerminal: Reporter = (report, options = {}) => {
  const c = pc.createColors(options.color === true);
  const status = statusOf(report.tiers, report.health);
  const passing = report.failures.length === 0;
  const title = ['SSOT report', report.today, report.commit, describeOwnerFilter(report)].filter((part) => part !== undefined).map((part) => sanitizeForTerminal(part)).join(' · ');
  const incomplete = hasIncomplete(report);
  const health = statusColor(c, status)(`${formatCoverage(report.health, incomplete)}${status ? ` (${TIER_STATUS_LABEL[status]})` : ''}`);
  const minimum = report.minHealth !== undefined ? `, minimum ${formatPercent(report.minHealth)}` : '';
  const lines = [
    c.bold(title),
    `Health ${health}${minimum} · ${passing ? c.green(formatVerdict(report)) : c.red(c.bold(formatVerdict(report)))}`,
    `${formatCount(report.totals.usage)} usage · ${formatCount(report.totals.bypass)} bypass · ${formatCount(report.totals.exempt)} exempt${report.totals.suppressed ? ` · ${formatCount(report.totals.suppressed)} suppressed` : ''} sites in ${plural(report.totals.entries, 'SSOT')}, ${plural(report.totals.projects, 'project')}`,
  ];
  const facts: string[] = [];
  if (report.baseline) {
    const { state } = report.baseline;
    facts.push(state === 'none' ? `no baseline yet (record one per project with nx run <project>:ssot-baseline)` : `baseline ${state === 'worse' ? c.red(state) : state} (${formatBaselineCounts(report.baseline)})`);
  }
  const since = formatSince(report);
  if (since) facts.push(`health ${formatTrendDelta(report.trend.healthDelta, incomplete)} ${sanitizeForTerminal(since)}`);
  if (facts.length > 0) lines.push(facts.join(' · '));
  lines.push(...baselineLines(report, c));
  lines.push('', ...tierTable(report, c));
  if (incomplete) lines.push(c.dim(`  ${INCOMPLETE_MARK} ${INCOMPLETE_NOTE}`));
  const noData = entriesWithoutData(report);
  if (noData.length > 0) lines.push(c.dim(`  No data yet: ${noData.map(sanitizeForTerminal).join(', ')}`));
  lines.push('', ...actionItems(report, c));
  lines.push(...goalLines(report, c));
  lines.push(...ownerLines(report, c));
  lines.push(...suppressionLines(report, c));
  lines.push(...diagnosticLines(report, c));
  if (!passing) {
    lines.push('', c.red(c.bold(`Failures (${report.failures.length})`)));
    for (const failure of report.failures) lines.push(`  ${c.red('✖')} ${sanitizeForTerminal(failure)}`);
  }
  return `${lines.join('\n')}\n`;
};
