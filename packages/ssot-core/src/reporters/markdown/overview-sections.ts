/**
 * The first half of the Markdown report: summary, coverage by tier, SSOT index per tier, usage
 * patterns and anti-patterns. Each function returns the section's lines; every string from the
 * model goes through `escapeMarkdown` or `code`.
 */
import type { EntryReport, TierReport, TierStatus, WorkspaceReport } from '../../report/report-model';
import { ANTI_PATTERN_LABEL, collectAntiPatterns } from '../anti-patterns';
import {
  FACTORY_ADOPTION_MEANING,
  FACTORY_ADOPTION_NO_DATA,
  entriesWithoutData,
  formatBand,
  formatCount,
  formatPercent,
  formatSince,
  formatVerdict,
  PATTERN_LABEL,
  plural,
  statusOf,
  statusOfTier,
  TIER_STATUS_LABEL,
} from '../format';
import { countDiagnostics } from '../diagnostics';
import { formatBaselineCounts, formatCoverage, formatTrendDelta, hasIncomplete, isTierIncomplete } from '../completeness';
import { incompleteNote, keptLines } from './completeness-sections';
import { leftOut, table, trimBlank } from './blocks';
import { code, escapeMarkdown as md } from './escape';
import { MARKDOWN_LIMITS } from './limits';

/** A glance at a table cell is enough to spot the bands that need work. */
const STATUS_MARK: Record<TierStatus, string> = { excellent: '✅', good: '✅', 'needs-work': '⚠️', poor: '❌' };

export function summarySection(report: WorkspaceReport): string[] {
  const status = statusOf(report.tiers, report.health);
  const incomplete = hasIncomplete(report);
  const health = `**Health score ${md(formatCoverage(report.health, incomplete))}${status ? ` (${TIER_STATUS_LABEL[status]})` : ''}**`;
  const minimum = report.minHealth !== undefined ? `, minimum ${formatPercent(report.minHealth)}` : '';
  const verdict = report.failures.length > 0 ? `**${formatVerdict(report)}**, see [Failures](#failures)` : formatVerdict(report);
  const lines = [`${health}${minimum} · platform average ${md(formatCoverage(report.platformAverage, incomplete))} · report ${verdict}`, ''];
  for (const tier of report.tiers) {
    lines.push(`- ${md(tier.name)} (${formatBand(tier)}): ${plural(tier.classCount, 'SSOT')}, average ${md(formatCoverage(tier.averageCoverage, isTierIncomplete(report, tier)))}`);
  }
  const noData = entriesWithoutData(report);
  if (noData.length > 0) lines.push(`- No data: ${plural(noData.length, 'SSOT')} (${noData.map(md).join(', ')})`);
  const { usage, bypass, exempt } = report.totals;
  lines.push(`- Sites: ${formatCount(usage)} usage, ${formatCount(bypass)} bypass, ${formatCount(exempt)} exempt`);
  if (report.baseline) {
    const { state } = report.baseline;
    lines.push(state === 'none' ? '- Baseline: none yet (record one per project with `nx run <project>:ssot-baseline`)' : `- Baseline: ${state === 'worse' ? '**worse**' : state}: ${formatBaselineCounts(report.baseline)}`);
    lines.push(...keptLines(report));
  }
  const since = formatSince(report);
  if (since) lines.push(`- Trend: health ${formatTrendDelta(report.trend.healthDelta, incomplete)} ${md(since)}`);
  const diagnostics = countDiagnostics(report);
  if (diagnostics) lines.push(`- Diagnostics: ${diagnostics}, see [Diagnostics](#diagnostics)`);
  const urgent = report.actionItems.slice(0, MARKDOWN_LIMITS.urgent);
  if (urgent.length > 0) {
    lines.push('', '**Most urgent**', '');
    for (const item of urgent) {
      const where = item.projects.map((p) => `${md(p.project)} (${formatCount(p.bypass)})`).join(', ');
      lines.push(`${item.rank}. **${md(item.entry)}** (${item.priority}): ${plural(item.bypass, 'bypass site')}${where ? `, most in ${where}` : ''}`);
    }
  }
  if (incomplete) lines.push('', incompleteNote());
  return lines;
}

export function tierSection(report: WorkspaceReport): string[] {
  const rows = report.tiers.map((tier) => [
    `**${md(tier.name)}**`,
    formatBand(tier),
    formatCount(tier.classCount),
    md(formatCoverage(tier.averageCoverage, isTierIncomplete(report, tier))),
    tierStatusCell(tier),
  ]);
  rows.push(['**Platform average**', '', formatCount(report.totals.entries), md(formatCoverage(report.platformAverage, hasIncomplete(report))), '']);
  // The summary just above carries the footnote for the marks.
  return [table(['Tier', 'Band', 'SSOTs', 'Average coverage', 'Status'], rows, ['left', 'right', 'right', 'right', 'left'])];
}

function tierStatusCell(tier: TierReport): string {
  const status = statusOfTier(tier);
  return status ? `${STATUS_MARK[status]} ${TIER_STATUS_LABEL[status]}` : '—';
}

const byBypass = (a: EntryReport, b: EntryReport) => b.bypass - a.bypass;

export function indexSection(report: WorkspaceReport): string[] {
  const byName = new Map(report.entries.map((entry) => [entry.name, entry]));
  const groups = report.tiers.map((tier) => ({
    title: `${md(tier.name)} · ${formatBand(tier)}`,
    // Most bypass sites first, as every table of every format.
    entries: tier.entries.flatMap((name) => byName.get(name) ?? []).sort(byBypass),
  }));
  const noData = report.entries.filter((entry) => entry.tier === null).sort(byBypass);
  if (noData.length > 0) groups.push({ title: 'No data yet', entries: noData });
  const lines: string[] = [];
  for (const group of groups) {
    lines.push(`### ${group.title}`, '');
    if (group.entries.length === 0) {
      lines.push('_No SSOT in this tier._', '');
      continue;
    }
    const shown = group.entries.slice(0, MARKDOWN_LIMITS.entriesPerTier);
    lines.push(table(['SSOT', 'Location', 'Size', 'Coverage', 'Usage / bypass', 'Impact'], shown.map(indexRow), ['left', 'left', 'right', 'right', 'right', 'left']));
    lines.push(...leftOut(group.entries.length, shown.length, 'SSOTs in this tier'), '');
  }
  if (hasIncomplete(report)) lines.push(incompleteNote());
  return trimBlank(lines);
}

function indexRow(entry: EntryReport): string[] {
  const owner = entry.ownerProject ? ` (${md(entry.ownerProject)})` : '';
  const minimum = entry.minCoverage !== undefined ? ` · min ${formatPercent(entry.minCoverage)}` : '';
  const off = entry.enforce === 'off' ? ' · not enforced' : '';
  return [
    `**${md(entry.name)}**`,
    `${code(entry.location)}${owner}`,
    entry.lines !== undefined ? plural(entry.lines, 'line') : '—',
    `${md(formatCoverage(entry.coverage, entry.incomplete))}${minimum}${off}`,
    `${formatCount(entry.usage)} / ${formatCount(entry.bypass)}`,
    entry.impact ? md(entry.impact) : '—',
  ];
}

export function patternSection(report: WorkspaceReport): string[] {
  const rows = report.patterns.map((p) => [PATTERN_LABEL[p.pattern], formatCount(p.usage), formatPercent(p.share)]);
  return [
    table(['Pattern', 'Usage sites', 'Share'], rows, ['left', 'right', 'right']),
    '',
    report.factoryAdoption === null ? FACTORY_ADOPTION_NO_DATA : `Factory adoption: **${formatPercent(report.factoryAdoption)}** ${FACTORY_ADOPTION_MEANING}`,
  ];
}

export function antiPatternSection(report: WorkspaceReport): string[] {
  const rows = collectAntiPatterns(report);
  if (rows.length === 0) return ["_None found: no detector reported a finding, and no usage reaches into another library's internals._"];
  const shown = rows.slice(0, MARKDOWN_LIMITS.antiPatterns);
  return [
    table(['Anti-pattern', 'SSOT', 'Count', 'First place', 'Fix'], shown.map((row) => [ANTI_PATTERN_LABEL[row.id], md(row.entry), formatCount(row.sites), code(row.where), md(row.fix)]), ['left', 'left', 'right', 'left', 'left']),
    ...leftOut(rows.length, shown.length, 'anti-pattern rows'),
  ];
}
