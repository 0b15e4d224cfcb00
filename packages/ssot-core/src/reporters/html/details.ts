/** The rest of the HTML page: projects, action items, goals and trend snapshots. */
import type { WorkspaceReport } from '../../report/report-model';
import { formatCount, formatDelta, formatPercent, GOAL_STATE_LABEL } from '../format';
import { html, type SafeHtml } from './escape';
import { formatTrendDelta, isEntryIncomplete } from '../completeness';
import { coverageCell } from './completeness';
import { dataTable } from './table';
import { formatMostBypassed } from '../most-bypassed';
import { byBypassThenName } from '../../report/table-order';
import { placeCode } from './place';
import { describeTodaysRegistry, formatEta, TODAYS_REGISTRY_MARK, todaysRegistryFootnote, usedTodaysRegistry } from '../goal-eta-wording';

export function projectTable(report: WorkspaceReport): SafeHtml {
  if (report.projects.length === 0) return html`<p>No project was analysed.</p>`;
  return dataTable(
    [
      { header: 'Project', cell: (p) => p.name },
      { header: 'Files analysed', cell: (p) => formatCount(p.filesAnalysed), numeric: true },
      { header: 'Not analysed', cell: (p) => (p.filesNotAnalysed ? html`<a href="#diagnostics">${formatCount(p.filesNotAnalysed)}</a>` : '—'), numeric: true },
      { header: 'Coverage', cell: (p) => coverageCell(p.coverage, (p.filesNotAnalysed ?? 0) > 0), numeric: true },
      { header: 'Usage', cell: (p) => formatCount(p.usage), numeric: true },
      { header: 'Bypass', cell: (p) => formatCount(p.bypass), numeric: true },
      // The same words as report.md: the one SSOT the project bypasses most (the explorer lists them all).
      { header: 'Most bypassed SSOT', cell: (p) => formatMostBypassed(p) },
    ],
    // Most bypass sites first, then by name, as in every format.
    [...report.projects].sort(byBypassThenName),
    { id: 'projects-table' },
  );
}

export function actionTable(report: WorkspaceReport): SafeHtml {
  if (report.actionItems.length === 0) return html`<p>Nothing to do: no enforced SSOT has bypass sites.</p>`;
  return dataTable(
    [
      { header: '#', cell: (item) => item.rank, numeric: true },
      { header: 'SSOT', cell: (item) => html`<strong>${item.entry}</strong><br><span class="muted">${item.priority}, score ${formatCount(item.score)}</span>` },
      { header: 'Bypass', cell: (item) => formatCount(item.bypass), numeric: true },
      { header: 'Where', cell: (item) => html`${item.projects.map((p) => html`${p.project} (${p.bypass})<br>`)}` },
      { header: 'Ask', cell: (item) => html`${item.owners.map((o) => html`${o.owner} (${o.bypass})<br>`)}` },
      {
        header: 'Fix',
        cell: (item) => html`${item.fix}<br>${item.files.map((f) => html`${placeCode(f.file)} <span class="muted">(${f.bypass})</span><br>`)}`,
      },
      { header: 'Validate', cell: (item) => html`<pre><code>${item.validate.join('\n')}</code></pre>` },
    ],
    report.actionItems,
    { id: 'action-items-table' },
  );
}

export function goalTable(report: WorkspaceReport): SafeHtml {
  if (report.goals.length === 0) return html`<p>No dated goals in the registry.</p>`;
  return dataTable(
    [
      { header: 'Goal', cell: (g) => (g.kind === 'tier' ? html`${g.subject} <span class="muted">(tier)</span>` : g.subject) },
      { header: 'By', cell: (g) => g.by },
      { header: 'Current', cell: (g) => formatPercent(g.current), numeric: true },
      { header: 'Target', cell: (g) => formatPercent(g.target), numeric: true },
      { header: 'Projected', cell: (g) => (g.projected === null ? '—' : formatPercent(g.projected)), numeric: true },
      { header: 'ETA', cell: (g) => html`<span data-eta="${g.eta.status}">${formatEta(g.eta)}</span>` },
      { header: 'State', cell: (g) => html`<span class="status ${g.state}">${GOAL_STATE_LABEL[g.state]}</span>` },
    ],
    report.goals,
  );
}

export function trendTable(report: WorkspaceReport): SafeHtml {
  const footnote = todaysRegistryFootnote(report.trend.points);
  const against = report.trend.against;
  const deltas = Object.entries(report.trend.delta);
  const changes =
    against && deltas.length > 0
      ? html`<h3>Change per SSOT since ${against.date}</h3>
${dataTable(
  [
    { header: 'SSOT', cell: ([name]) => name },
    { header: 'Then', cell: ([name]) => formatPercent(against.coverage[name] ?? null), numeric: true },
    {
      header: 'Change',
      cell: ([name, delta]) => (delta !== null && delta < 0 ? html`<span class="status poor">${formatDelta(delta)}</span>` : formatTrendDelta(delta, isEntryIncomplete(report, name))),
      numeric: true,
    },
  ],
  deltas,
)}`
      : '';
  return html`${dataTable(
    [
      { header: 'Date', cell: (p) => (usedTodaysRegistry(p) ? html`${p.date}<sup title="${describeTodaysRegistry(p)}">${TODAYS_REGISTRY_MARK}</sup>` : p.date) },
      { header: 'Commit', cell: (p) => (p.commit ? html`<code>${p.commit}</code>` : '—') },
      { header: 'Health', cell: (p) => formatPercent(p.health), numeric: true },
    ],
    report.trend.points,
  )}
${footnote ? html`<p class="muted">${footnote}</p>` : ''}
${changes}`;
}
