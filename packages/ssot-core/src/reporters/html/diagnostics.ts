/** The page's diagnostics section: counts, the first workspace warnings, and per-file diagnostics by code with their first places. */
import type { WorkspaceReport } from '../../report/report-model';
import { countDiagnostics, firstPlaces, firstWarnings, STRICT_NOTE, warningPlace } from '../diagnostics';
import { html, type SafeHtml } from './escape';
import { placeCode } from './place';
import { keptList, notAnalysedTable, upgradeList } from './completeness';
import { dataTable } from './table';

export function diagnosticSection(report: WorkspaceReport): SafeHtml {
  const counts = countDiagnostics(report);
  if (counts === undefined) return html`<p>None: every project pattern, entry and matcher matched something, and every file was analysed.</p>`;
  const warnings = firstWarnings(report);
  const warningList =
    warnings.shown.length === 0
      ? ''
      : html`<h3>Workspace warnings</h3>
<p class="muted">Matched nothing anywhere in the workspace; ${STRICT_NOTE}.</p>
<ul>${warnings.shown.map((warning) => html`<li>${warning.message} ${placeCode(warning.file, warning.line, warningPlace(warning))}</li>`)}</ul>
${warnings.rest > 0 ? html`<p class="muted">…and ${warnings.rest} more in report.json.</p>` : ''}`;
  const fileTable =
    report.diagnostics.files.length === 0
      ? ''
      : html`<h3>File diagnostics</h3>
${dataTable(
  [
    { header: 'Code', cell: (group) => html`<code>${group.code}</code>` },
    { header: 'Count', cell: (group) => group.count, numeric: true },
    {
      header: 'First places',
      cell: (group) => {
        const { shown, places, rest } = firstPlaces(group);
        return html`${places.map((place, index) => html`${index > 0 ? ', ' : ''}${placeCode(place.file, place.line, shown[index])}`)}${rest > 0 ? ` …and ${rest} more` : ''}`;
      },
    },
  ],
  report.diagnostics.files,
)}`;
  return html`<p>${counts}.</p>
${warningList}
${fileTable}
${notAnalysedTable(report)}
${keptList(report)}
${upgradeList(report)}`;
}
