import type { Matrix, Rollup, TierStatus, WorkspaceReport } from '../../report/report-model';
import { formatCount, formatPercent } from '../format';
import { capMatrix, describeOwnersSource, tierStatusOf } from '../owners';
import { leftOut, table } from './blocks';
import { escapeMarkdown as md } from './escape';
import { MARKDOWN_LIMITS } from './limits';
import { formatBypassedEntries, topBypassedEntries } from '../most-bypassed';

/** Colour has no place in Markdown: each tier status gets a mark, the legend says which. */
const TIER_MARK: Record<TierStatus, string> = { excellent: '🟢', good: '🟡', 'needs-work': '🟠', poor: '🔴' };

export function ownerSection(report: WorkspaceReport): string[] {
  const { owners, tags } = report.ownership;
  const lines = [`${md(describeOwnersSource(report))} A site with several owners counts for each; code nobody owns is under "(no owner)". Most bypass sites first.`, ''];
  if (owners.length === 0) lines.push('_No site to attribute._');
  else lines.push(rollupTable(report, 'Owner', owners.slice(0, MARKDOWN_LIMITS.owners)), ...leftOut(owners.length, Math.min(owners.length, MARKDOWN_LIMITS.owners), 'owners'));
  if (tags.length > 0) {
    const shown = tags.slice(0, MARKDOWN_LIMITS.tags);
    lines.push('', 'Per Nx tag, by tag group (a project counts for each of its tags):', '', rollupTable(report, 'Tag', shown), ...leftOut(tags.length, shown.length, 'tags'));
  }
  return lines;
}

function rollupTable(report: WorkspaceReport, what: string, rollups: Rollup[]): string {
  const rows = rollups.map((rollup) => [
    md(rollup.name),
    `${mark(report, rollup.tier)}${formatPercent(rollup.coverage)}`,
    formatCount(rollup.usage),
    formatCount(rollup.bypass),
    formatBypassedEntries(topBypassedEntries(rollup), md),
    rollup.byDetector ? Object.entries(rollup.byDetector).map(([detector, count]) => `${md(detector)} ${formatCount(count)}`).join(', ') : '—',
  ]);
  return table([what, 'Coverage', 'Usage', 'Bypass', 'Most bypassed SSOTs', 'Findings'], rows, ['left', 'right', 'right', 'right', 'left', 'left']);
}

function mark(report: WorkspaceReport, tier: string | null): string {
  const status = tierStatusOf(report, tier);
  return status === null ? '' : `${TIER_MARK[status]} `;
}

/** Both matrices, each collapsed in `<details>` and capped, saying what it leaves out. */
export function matrixSection(report: WorkspaceReport): string[] {
  const legend = report.tiers.map((tier) => `${TIER_MARK[tier.status]} ${md(tier.name)}`).join(' · ');
  return [
    `Coverage of each SSOT per project and per owner; the mark is the tier (${legend}), "·" no site. At most ${MARKDOWN_LIMITS.matrixRows} rows × ${MARKDOWN_LIMITS.matrixColumns} SSOTs, most bypass sites first; report.html and report.json have them whole.`,
    '',
    ...matrixDetails(report, 'Project × SSOT', 'Project', report.matrices.projects),
    '',
    ...matrixDetails(report, 'Owner × SSOT', 'Owner', report.matrices.owners),
  ];
}

function matrixDetails(report: WorkspaceReport, title: string, corner: string, full: Matrix): string[] {
  if (full.rows.length === 0) return [`_${title}: no site._`];
  const { matrix, rowsLeft, columnsLeft } = capMatrix(full, MARKDOWN_LIMITS.matrixRows, MARKDOWN_LIMITS.matrixColumns);
  const rows = matrix.rows.map((row, index) => [md(row), ...matrix.cells[index].map((cell) => (cell ? `${mark(report, cell.tier)}${formatPercent(cell.coverage)}` : '·'))]);
  const cut = [rowsLeft > 0 ? `${rowsLeft} more rows` : '', columnsLeft > 0 ? `${columnsLeft} more SSOTs` : ''].filter(Boolean).join(' and ');
  return [
    '<details>',
    `<summary>${title} (${full.rows.length} × ${full.columns.length})</summary>`,
    '',
    table([corner, ...matrix.columns.map(md)], rows, ['left', ...matrix.columns.map((): 'right' => 'right')]),
    ...(cut ? ['', `_…and ${cut} not shown._`] : []),
    '',
    '</details>',
  ];
}
