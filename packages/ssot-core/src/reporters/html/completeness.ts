/**
 * The page's parts about what a run could not see: the "incomplete" badge beside a coverage that
 * may miss sites, and under Diagnostics the files not analysed, the kept baseline items and the
 * baselines still in format 1 with the command that upgrades each. Every model string is escaped.
 */
import type { WorkspaceReport } from '../../report/report-model';
import { baselineUpgrades, INCOMPLETE_NOTE, keptGroups, notAnalysedByProject } from '../completeness';
import { formatPercent, plural } from '../format';
import { html, type SafeHtml } from './escape';
import { placeCode } from './place';
import { dataTable } from './table';

/** A coverage figure, with the badge when files where it applies were not analysed ("no data" has none). */
export function coverageCell(value: number | null, incomplete: boolean | undefined): SafeHtml {
  return html`${formatPercent(value)}${incomplete && value !== null ? html` ${incompleteBadge()}` : ''}`;
}

export function incompleteBadge(): SafeHtml {
  return html`<span class="badge incomplete" title="${INCOMPLETE_NOTE}">incomplete</span>`;
}

/** Each reason items were kept for, with the check's words, and the first items. */
export function keptList(report: WorkspaceReport): SafeHtml {
  const groups = keptGroups(report);
  if (groups.length === 0) return html``;
  return html`<h3>Known bypasses kept</h3>
<ul>${groups.map(
    (group) => html`<li>${group.heading}<ul>${group.shown.map((item) => html`<li>${placeCode(item.file)} (${item.project}): ${item.entry} <code>${item.text}</code></li>`)}${
      group.rest > 0 ? html`<li class="muted">…and ${group.rest} more in report.json</li>` : ''
    }</ul></li>`,
  )}</ul>`;
}

/** Files not analysed per project with their reason, counted apart from the files analysed. */
export function notAnalysedTable(report: WorkspaceReport): SafeHtml {
  const { shown, rest, files } = notAnalysedByProject(report);
  if (shown.length === 0) return html``;
  return html`<h3>Files not analysed</h3>
<p class="muted">${plural(files, 'file')}, not counted in "files analysed"; their known bypasses are kept.</p>
${dataTable(
  [
    { header: 'Project', cell: (project) => project.project },
    { header: 'Files', cell: (project) => project.count, numeric: true },
    {
      header: 'First files (reason)',
      cell: (project) =>
        html`${project.shown.map((file, index) => html`${index > 0 ? ', ' : ''}${placeCode(file.file)} (${file.reason})`)}${project.rest > 0 ? ` …and ${project.rest} more` : ''}`,
    },
  ],
  shown,
)}
${rest > 0 ? html`<p class="muted">…and ${rest} more projects in report.json.</p>` : ''}`;
}

/** Baselines in format 1: the check's message and the command that upgrades each. */
export function upgradeList(report: WorkspaceReport): SafeHtml {
  const { shown, rest } = baselineUpgrades(report);
  if (shown.length === 0) return html``;
  return html`<h3>Baselines in format 1</h3>
<ul>${shown.map(({ place, command }) => html`<li>${placeCode(place.file, place.line, place.file)} (${place.project}): ${place.message}<pre><code>${command}</code></pre></li>`)}</ul>
${rest > 0 ? html`<p class="muted">…and ${rest} more in report.json.</p>` : ''}`;
}
