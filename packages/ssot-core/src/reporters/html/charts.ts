/**
 * Two of the report's inline SVG charts: SSOT classes per tier, and each SSOT's coverage against its
 * next dated goal. Every data mark carries `data-*` attributes and a `<title>` (a tooltip, and what a
 * test or a screen reader reads), so a chart can be checked for its data without looking at pixels.
 */
import type { EntryReport, GoalReport, TierStatus, WorkspaceReport } from '../../report/report-model';
import { compareStrings } from '../../result/fingerprint';
import { formatBand, formatPercent, GOAL_STATE_LABEL, plural } from '../format';
import { html, type SafeHtml } from './escape';
import { n, statusFill, truncate } from './svg';

/** Wide enough for two charts side by side at about 1:1; the coverage chart spans the page and is wider. */
const WIDTH = 520;
const WIDE = 960;
const LABEL_WIDTH = 170;
const LABEL_CHARS = 26;

interface TierRow {
  name: string;
  detail: string;
  count: number;
  status: TierStatus | null;
}

/** Horizontal bars, one per tier (and one for SSOTs with no data yet): names can be long. */
export function tierChart(report: WorkspaceReport): SafeHtml {
  const rows: TierRow[] = report.tiers.map((tier) => ({
    name: tier.name,
    detail: `${formatBand(tier)}, average ${formatPercent(tier.averageCoverage)}`,
    count: tier.classCount,
    status: tier.status,
  }));
  const noData = report.entries.filter((entry) => entry.tier === null).length;
  if (noData > 0) rows.push({ name: 'No data yet', detail: 'no sites anywhere', count: noData, status: null });
  const rowHeight = 30;
  const barSpace = WIDTH - LABEL_WIDTH - 50;
  const max = Math.max(1, ...rows.map((row) => row.count));
  const height = rows.length * rowHeight + 12;
  const marks = rows.map((row, index) => {
    const y = 6 + index * rowHeight;
    const width = (row.count / max) * barSpace;
    return html`<g data-mark="tier" data-tier="${row.name}" data-count="${row.count}">
<title>${row.name} (${row.detail}): ${plural(row.count, 'SSOT')}</title>
<text x="${LABEL_WIDTH - 8}" y="${n(y + 15)}" text-anchor="end">${truncate(row.name, LABEL_CHARS)}</text>
<rect x="${LABEL_WIDTH}" y="${n(y + 4)}" width="${n(width)}" height="18" rx="3" fill="${statusFill(row.status)}"></rect>
<text x="${n(LABEL_WIDTH + width + 6)}" y="${n(y + 17)}">${row.count}</text>
</g>`;
  });
  return html`<svg data-chart="tiers" data-marks="${rows.length}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="chart-tiers-title">
<title id="chart-tiers-title">SSOT classes per tier</title>
${marks}
</svg>`;
}

/** The goal to show for an entry: the first one not yet due, else the last one (overdue). */
export function nextGoal(report: WorkspaceReport, entry: string): GoalReport | undefined {
  const goals = report.goals.filter((goal) => goal.kind === 'entry' && goal.subject === entry).sort((a, b) => compareStrings(a.by, b.by));
  return goals.find((goal) => goal.by >= report.today) ?? goals[goals.length - 1];
}

function statusOfEntry(report: WorkspaceReport, entry: EntryReport): TierStatus | null {
  return report.tiers.find((tier) => tier.name === entry.tier)?.status ?? null;
}

/** One row per SSOT: a bar for its coverage (0–100 %) and a tick at its next goal's target. */
export function coverageChart(report: WorkspaceReport): SafeHtml {
  const rowHeight = 24;
  const top = 22;
  const scale = WIDE - LABEL_WIDTH - 64;
  const x = (percent: number) => LABEL_WIDTH + (percent / 100) * scale;
  const height = top + report.entries.length * rowHeight + 8;
  const grid = [0, 25, 50, 75, 100].map(
    (tick) => html`<line class="axis" x1="${n(x(tick))}" y1="${top - 4}" x2="${n(x(tick))}" y2="${n(height - 6)}"></line>
<text class="axis-label" x="${n(x(tick))}" y="${top - 8}" text-anchor="middle">${tick}%</text>`,
  );
  const rows = report.entries.map((entry, index) => {
    const y = top + index * rowHeight;
    const goal = nextGoal(report, entry.name);
    const coverage = entry.coverage;
    const bar =
      coverage === null
        ? html`<text class="axis-label" x="${LABEL_WIDTH + 4}" y="${n(y + 15)}">no data</text>`
        : html`<rect x="${LABEL_WIDTH}" y="${n(y + 5)}" width="${n(x(coverage) - LABEL_WIDTH)}" height="14" rx="2" fill="${statusFill(statusOfEntry(report, entry))}"></rect>
<text x="${n(x(Math.max(coverage, goal?.target ?? 0)) + 6)}" y="${n(y + 16)}">${formatPercent(coverage)}</text>`;
    const marker = goal
      ? html`<g data-mark="goal" data-entry="${entry.name}" data-target="${n(goal.target)}" data-by="${goal.by}">
<title>${entry.name}: goal ${formatPercent(goal.target)} by ${goal.by} (${GOAL_STATE_LABEL[goal.state]})</title>
<line class="goal" x1="${n(x(goal.target))}" y1="${n(y + 1)}" x2="${n(x(goal.target))}" y2="${n(y + 23)}"></line>
</g>`
      : null;
    const title = `${entry.name}: ${formatPercent(coverage)} coverage (${entry.usage} usage, ${entry.bypass} bypass sites)`;
    return html`<g data-mark="coverage" data-entry="${entry.name}" data-coverage="${coverage === null ? 'no-data' : n(coverage)}">
<title>${title}</title>
<text x="${LABEL_WIDTH - 8}" y="${n(y + 16)}" text-anchor="end">${truncate(entry.name, LABEL_CHARS)}</text>
${bar}
</g>
${marker}`;
  });
  const goals = report.entries.filter((entry) => nextGoal(report, entry.name) !== undefined).length;
  return html`<svg data-chart="coverage" data-marks="${report.entries.length}" data-goals="${goals}" viewBox="0 0 ${WIDE} ${n(height)}" role="img" aria-labelledby="chart-coverage-title">
<title id="chart-coverage-title">Coverage per SSOT against its next goal</title>
${grid}
${rows}
</svg>`;
}
