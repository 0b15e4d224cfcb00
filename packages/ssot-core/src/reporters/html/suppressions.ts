/** The page's suppressions: a short list of the suppressed sites with their comment and reason (report.json has them all). */
import type { WorkspaceReport } from '../../report/report-model';
import { countSuppressedBy, describeSuppression, listSuppressedSites, SUPPRESSION_MEANING, SUPPRESSION_PLACES } from '../suppressions';
import { html, type SafeHtml } from './escape';
import { placeCode } from './place';

export function suppressionList(report: WorkspaceReport): SafeHtml {
  const sites = listSuppressedSites(report);
  const shown = sites.slice(0, SUPPRESSION_PLACES.html);
  return html`<p>${SUPPRESSION_MEANING}</p>
<p>Per SSOT: ${countSuppressedBy(report, 'entries')} · per project: ${countSuppressedBy(report, 'projects')}</p>
<ul>${shown.map((site) => html`<li>${placeCode(site.file, site.line, `${site.file}:${site.line}:${site.column}`)} ${site.entry} <code>${site.text}</code> — ${describeSuppression(site)}</li>`)}</ul>
${sites.length > shown.length ? html`<p class="muted">…and ${sites.length - shown.length} more in report.json.</p>` : ''}`;
}
