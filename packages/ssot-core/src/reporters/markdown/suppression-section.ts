/** The Markdown report's suppressions: counts per SSOT and project, then the first places with their comment and reason. */
import type { WorkspaceReport } from '../../report/report-model';
import { formatCount } from '../format';
import { countSuppressed, countSuppressedBy, describeSuppression, listSuppressedSites, SUPPRESSION_MEANING, SUPPRESSION_PLACES } from '../suppressions';
import { leftOut, table } from './blocks';
import { code, escapeMarkdown as md } from './escape';

export function suppressionSection(report: WorkspaceReport): string[] {
  const count = countSuppressed(report);
  if (count === undefined) return ['_No bypass site is suppressed by an inline comment._'];
  const sites = listSuppressedSites(report);
  const shown = sites.slice(0, SUPPRESSION_PLACES.markdown);
  const rows = shown.map((site) => [code(`${site.file}:${site.line}:${site.column}`), md(site.entry), code(site.text), md(site.project), md(describeSuppression(site))]);
  return [
    md(SUPPRESSION_MEANING),
    '',
    `${formatCount(report.totals.suppressed ?? 0)} in all · per SSOT: ${md(countSuppressedBy(report, 'entries'))} · per project: ${md(countSuppressedBy(report, 'projects'))}`,
    '',
    table(['Place', 'SSOT', 'Text', 'Project', 'Comment'], rows),
    ...leftOut(sites.length, shown.length, 'suppressed sites (all in report.json)'),
  ];
}
