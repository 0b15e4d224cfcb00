/** The owner views of report.html: rollups per owner and per tag, and the two coverage matrices. */
import type { Matrix, Rollup, WorkspaceReport } from '../../report/report-model';
import { formatCount, formatPercent } from '../format';
import { describeOwnersSource, tierStatusOf } from '../owners';
import { html, type SafeHtml } from './escape';
import { dataTable } from './table';
import { formatBypassedEntries, topBypassedEntries } from '../most-bypassed';

export function ownerTables(report: WorkspaceReport): SafeHtml {
  const { owners, tags } = report.ownership;
  const intro = html`<p class="muted">${describeOwnersSource(report)} A site with several owners counts for each; code nobody owns is under “(no owner)”. Most bypass sites first.</p>`;
  const ownerView = owners.length === 0 ? html`<p>No site to attribute.</p>` : rollupTable(report, 'Owner', owners, 'owners-table');
  const tagView = tags.length === 0 ? '' : html`<h3>Per Nx tag</h3>
<p class="muted">By tag group, then most bypass sites first; a project counts for each of its tags.</p>
${rollupTable(report, 'Tag', tags, 'tags-table')}`;
  return html`${intro}
${ownerView}
${tagView}`;
}

function rollupTable(report: WorkspaceReport, what: string, rollups: readonly Rollup[], id: string): SafeHtml {
  return dataTable(
    [
      { header: what, cell: (r) => r.name },
      { header: 'Coverage', cell: (r) => html`<span class="status ${tierStatusOf(report, r.tier) ?? 'no-data'}">${formatPercent(r.coverage)}</span>`, numeric: true },
      { header: 'Usage', cell: (r) => formatCount(r.usage), numeric: true },
      { header: 'Bypass', cell: (r) => formatCount(r.bypass), numeric: true },
      { header: 'Most bypassed SSOTs', cell: (r) => formatBypassedEntries(topBypassedEntries(r)) },
      { header: 'Findings', cell: (r) => (r.byDetector ? Object.entries(r.byDetector).map(([detector, n]) => `${detector} ${n}`).join(', ') : '—') },
    ],
    rollups,
    { id },
  );
}

/**
 * Both matrices, whole (the Markdown report caps them). A cell holds its coverage and its tier's
 * colour, nothing else: its counts and its full name ("api × JsonCodec: 12 usage, 3 bypass, …") come
 * from the embedded data when it is hovered or focused (see `matrix-script.ts`), which keeps 10,000
 * cells small. One cell per matrix is in the tab order; the arrow keys move between cells.
 */
export function matrixViews(report: WorkspaceReport): SafeHtml {
  const legend = report.tiers.map((tier) => html`<span class="cell-key tier-${tier.status}">${tier.name}</span> `);
  return html`<p class="muted">Coverage of each SSOT per project and per owner, coloured by tier: ${legend}<span class="cell-key">· no site</span>. Rows and columns most bypass sites first. Hover a cell, or Tab into the matrix and move with the arrow keys, for its counts; click it or press Enter to explore its sites.</p>
<h3 id="project-matrix-title">Project × SSOT</h3>
${matrixTable(report, 'Project', report.matrices.projects, 'project-matrix')}
<h3 id="owner-matrix-title">Owner × SSOT</h3>
${matrixTable(report, 'Owner', report.matrices.owners, 'owner-matrix')}`;
}

function matrixTable(report: WorkspaceReport, corner: string, matrix: Matrix, id: string): SafeHtml {
  if (matrix.rows.length === 0) return html`<p>No site.</p>`;
  const head = matrix.columns.map((column) => html`<th scope="col">${column}</th>`);
  // `data-r`: the row's place in the embedded counts, which sorting the rows does not change.
  const rows = matrix.rows.map((row, index) => {
    const cells = matrix.cells[index].map((cell) =>
      cell === null ? html`<td class="none">·</td>` : html`<td class="tier-${tierStatusOf(report, cell.tier) ?? 'no-data'}">${formatPercent(cell.coverage)}</td>`,
    );
    return html`<tr data-r="${index}"><th scope="row">${row}</th>${cells}</tr>\n`;
  });
  return html`<div class="matrix-wrap"><table class="matrix" id="${id}" role="grid" aria-labelledby="${id}-title">
<thead><tr><th scope="col">${corner}</th>${head}</tr></thead>
<tbody>
${rows}</tbody>
</table></div>`;
}
