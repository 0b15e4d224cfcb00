/**
 * The second half of the Markdown report: projects, action items, goals, trend, diagnostics, failures and the
 * validation commands. Long lists are capped (see `MARKDOWN_LIMITS`) and say how many were left out.
 */
import type { GoalReport, GoalState, TrendPoint, WorkspaceReport } from '../../report/report-model';
import { byBypassThenName } from '../../report/table-order';
import { formatCount, formatDelta, formatPercent, formatSince, GOAL_STATE_LABEL, plural, validationCommands } from '../format';
import { countDiagnostics, firstPlaces, firstWarnings, STRICT_NOTE, warningPlace } from '../diagnostics';
import { formatCoverage, formatTrendDelta, hasIncomplete, isEntryIncomplete } from '../completeness';
import { formatEta, rankGoals, TODAYS_REGISTRY_MARK, todaysRegistryFootnote, usedTodaysRegistry } from '../goal-eta-wording';
import { leftOut, table, trimBlank } from './blocks';
import { notAnalysedLines, upgradeLines } from './completeness-sections';
import { code, codeBlock, escapeMarkdown as md } from './escape';
import { MARKDOWN_LIMITS } from './limits';
import { formatMostBypassed } from '../most-bypassed';

export function projectSection(report: WorkspaceReport): string[] {
  if (report.projects.length === 0) return ['_No project was analysed._'];
  // Most bypass sites first, then by name, as the model and every format order them.
  const ranked = [...report.projects].sort(byBypassThenName);
  const shown = ranked.slice(0, MARKDOWN_LIMITS.projects);
  const rows = shown.map((p) => [
    md(p.name),
    formatCount(p.filesAnalysed),
    p.filesNotAnalysed ? `[${formatCount(p.filesNotAnalysed)}](#diagnostics)` : '—',
    md(formatCoverage(p.coverage, (p.filesNotAnalysed ?? 0) > 0)),
    formatCount(p.usage),
    formatCount(p.bypass),
    formatMostBypassed(p, md),
  ]);
  return [
    'Most bypass sites first. Files not analysed are counted apart (see [Diagnostics](#diagnostics)).',
    '',
    table(['Project', 'Files analysed', 'Not analysed', 'Coverage', 'Usage', 'Bypass', 'Most bypassed SSOT'], rows, ['left', 'right', 'right', 'right', 'right', 'right', 'left']),
    ...leftOut(ranked.length, shown.length, 'projects'),
  ];
}

export function actionSection(report: WorkspaceReport): string[] {
  if (report.actionItems.length === 0) return ['_Nothing to do: no enforced SSOT has bypass sites._'];
  const shown = report.actionItems.slice(0, MARKDOWN_LIMITS.actionItems);
  const lines: string[] = ['Ranked by priority weight × bypass sites.', ''];
  for (const item of shown) {
    const where = item.projects.map((p) => `${md(p.project)} (${formatCount(p.bypass)})`).join(', ');
    lines.push(`### ${item.rank}. ${md(item.entry)}`, '');
    lines.push(`**${item.priority}** priority · ${plural(item.bypass, 'bypass site')} · score ${formatCount(item.score)}${where ? ` · in ${where}` : ''}`, '');
    lines.push(`Fix: ${md(item.fix)}`, '');
    if (item.owners.length > 0) lines.push(`Ask: ${item.owners.map((o) => `${md(o.owner)} (${formatCount(o.bypass)})`).join(', ')}`, '');
    if (item.files.length > 0) lines.push(`Files: ${item.files.map((f) => `${code(f.file)} (${formatCount(f.bypass)})`).join(', ')}`, '');
    if (item.validate.length > 0) lines.push('Validate:', '', codeBlock(item.validate), '');
  }
  lines.push(...leftOut(report.actionItems.length, shown.length, 'action items'));
  return trimBlank(lines);
}

const GOAL_MARK: Record<GoalState, string> = { behind: '❌', 'no-data': '❔', 'on-track': '⏳', met: '✅' };

export function goalSection(report: WorkspaceReport): string[] {
  if (report.goals.length === 0) return ['_No dated goals in the registry._'];
  const ranked = rankGoals(report.goals);
  const shown = ranked.slice(0, MARKDOWN_LIMITS.goals);
  const rows = shown.map((goal) => [
    goalSubject(goal),
    md(goal.by),
    formatPercent(goal.current),
    formatPercent(goal.target),
    goal.projected === null ? '—' : formatPercent(goal.projected),
    md(formatEta(goal.eta)),
    `${GOAL_MARK[goal.state]} ${goal.state === 'behind' ? `**${GOAL_STATE_LABEL.behind}**` : GOAL_STATE_LABEL[goal.state]}`,
  ]);
  return [
    table(['Goal', 'By', 'Current', 'Target', 'Projected', 'ETA', 'State'], rows, ['left', 'left', 'right', 'right', 'right', 'left', 'left']),
    ...leftOut(ranked.length, shown.length, 'goals'),
  ];
}

function goalSubject(goal: GoalReport): string {
  return goal.kind === 'tier' ? `${md(goal.subject)} (tier)` : md(goal.subject);
}

export function trendSection(report: WorkspaceReport): string[] {
  const { points, healthDelta } = report.trend;
  const since = formatSince(report);
  const lines: string[] = [];
  const incomplete = hasIncomplete(report);
  if (since) lines.push(`Health ${md(formatCoverage(report.health, incomplete))}, ${formatTrendDelta(healthDelta, incomplete)} ${md(since)}.`, '');
  if (points.length <= 1) lines.push('_Only one snapshot so far: the trend starts with the next recorded run._', '');
  const shown = points.slice(-MARKDOWN_LIMITS.trendPoints);
  if (points.length > shown.length) lines.push(`_The ${shown.length} most recent of ${points.length} snapshots._`, '');
  const date = (p: TrendPoint) => `${md(p.date)}${usedTodaysRegistry(p) ? TODAYS_REGISTRY_MARK : ''}`;
  lines.push(table(['Date', 'Commit', 'Health'], shown.map((p) => [date(p), p.commit ? code(p.commit) : '—', formatPercent(p.health)]), ['left', 'left', 'right']));
  const footnote = todaysRegistryFootnote(shown);
  if (footnote) lines.push('', `_${md(footnote)}_`);
  const against = report.trend.against;
  const changes = Object.entries(report.trend.delta).flatMap(([name, delta]) => (delta === null ? [] : [{ name, delta }]));
  if (against && changes.length > 0) {
    // Falls first: they fail the report.
    const ranked = changes.sort((a, b) => a.delta - b.delta);
    const shownChanges = ranked.slice(0, MARKDOWN_LIMITS.deltas);
    const now = new Map(report.entries.map((entry) => [entry.name, entry.coverage]));
    const rows = shownChanges.map(({ name, delta }) => {
      const partial = isEntryIncomplete(report, name);
      return [md(name), formatPercent(against.coverage[name] ?? null), md(formatCoverage(now.get(name) ?? null, partial)), delta < 0 ? `**${formatDelta(delta)}**` : formatTrendDelta(delta, partial)];
    });
    lines.push('', `Coverage change per SSOT ${md(since ?? '')}:`, '');
    lines.push(table(['SSOT', 'Then', 'Now', 'Change'], rows, ['left', 'right', 'right', 'right']), ...leftOut(ranked.length, shownChanges.length, 'SSOTs'));
  }
  return trimBlank(lines);
}

export function diagnosticSection(report: WorkspaceReport): string[] {
  const counts = countDiagnostics(report);
  if (counts === undefined) return ['None: every project pattern, entry and matcher matched something, and every file was analysed.'];
  const lines = [`${counts}.`];
  const warnings = firstWarnings(report);
  if (warnings.shown.length > 0) {
    lines.push('', `**Workspace warnings**: matched nothing anywhere in the workspace; ${STRICT_NOTE}.`, '');
    for (const warning of warnings.shown) lines.push(`- ${md(warning.message)} (${code(warningPlace(warning))})`);
    lines.push(...leftOut(report.diagnostics.workspace.length, warnings.shown.length, 'workspace warnings'));
  }
  if (report.diagnostics.files.length > 0) {
    const rows = report.diagnostics.files.map((group) => {
      const { shown, rest } = firstPlaces(group);
      return [code(group.code), formatCount(group.count), `${shown.map(code).join(', ')}${rest > 0 ? ` …and ${formatCount(rest)} more` : ''}`];
    });
    lines.push('', '**File diagnostics**: files or places the checks could not analyse as asked (all in report.json).', '', table(['Code', 'Count', 'First places'], rows, ['left', 'right', 'left']));
  }
  return [...lines, ...notAnalysedLines(report), ...upgradeLines(report)];
}

export function failureSection(report: WorkspaceReport): string[] {
  if (report.failures.length === 0) return ['None: the report passes.'];
  return report.failures.map((failure) => `- ${md(failure)}`);
}

export function validationSection(report: WorkspaceReport): string[] {
  const commands = validationCommands(report);
  if (commands.length === 0) return ['_No action items, so nothing to validate._'];
  return ['Re-check every project that an action item names:', '', codeBlock(commands)];
}
