/** The top of the HTML page: key figures, failures, and the tier, SSOT, pattern and anti-pattern tables. */
import type { EntryReport, WorkspaceReport } from '../../report/report-model';
import { ANTI_PATTERN_LABEL, collectAntiPatterns } from '../anti-patterns';
import { FACTORY_ADOPTION_MEANING, FACTORY_ADOPTION_NO_DATA, formatBand, formatCount, formatPercent, formatSince, PATTERN_LABEL, plural, statusOf, statusOfTier, TIER_STATUS_LABEL } from '../format';
import { countDiagnostics } from '../diagnostics';
import { formatBaselineCounts, formatTrendDelta, hasIncomplete, isTierIncomplete, keptGroups } from '../completeness';
import { coverageCell, incompleteBadge } from './completeness';
import { html, type SafeHtml } from './escape';
import { placeCode } from './place';
import { dataTable } from './table';

function card(label: string, value: string, note: string | SafeHtml | null, className = ''): SafeHtml {
  return html`<div class="card"><div class="label">${label}</div><div class="value${className ? ` ${className}` : ''}">${value}</div>${note ? html`<div class="note">${note}</div>` : ''}</div>`;
}

export function summaryCards(report: WorkspaceReport): SafeHtml {
  const status = statusOf(report.tiers, report.health);
  const { usage, bypass, exempt } = report.totals;
  const baseline = report.baseline;
  const since = formatSince(report);
  const diagnostics = countDiagnostics(report);
  const warnings = report.diagnostics.workspace.length;
  const files = report.diagnostics.files.reduce((sum, group) => sum + group.count, 0);
  const incomplete = hasIncomplete(report);
  const healthNote = `${status ? TIER_STATUS_LABEL[status] : 'no data'}${report.minHealth !== undefined ? `, minimum ${formatPercent(report.minHealth)}` : ''}`;
  // Kept items are named on the card with the check's words; the items are under Diagnostics.
  const baselineNote = (summary: NonNullable<typeof baseline>) => html`${formatBaselineCounts(summary)}${keptGroups(report).map((group) => html`<br>${group.heading}`)}`;
  return html`<div class="cards">
${card('Health score', formatPercent(report.health), incomplete ? html`${healthNote} ${incompleteBadge()}` : healthNote, status ? `status ${status}` : '')}
${card('Platform average', formatPercent(report.platformAverage), `mean of ${plural(report.entries.filter((e) => e.coverage !== null).length, 'SSOT')} with data`)}
${card('Factory adoption', formatPercent(report.factoryAdoption), 'constructions through the factory')}
${card('Sites', `${formatCount(usage)} / ${formatCount(bypass)}`, `usage / bypass, ${formatCount(exempt)} exempt`)}
${baseline ? card('Baseline', baseline.state === 'none' ? 'none yet' : baseline.state, baseline.state === 'none' ? 'record one per project with nx run <project>:ssot-baseline' : baselineNote(baseline), baseline.state === 'worse' ? 'status poor' : '') : ''}
${since ? card('Trend', formatTrendDelta(report.trend.healthDelta, incomplete), `health ${since}`) : ''}
${diagnostics ? card('Diagnostics', `${warnings} / ${formatCount(files)}`, 'workspace warnings / file diagnostics, see below', warnings > 0 ? 'status needs-work' : '') : ''}
</div>`;
}

export function failureList(report: WorkspaceReport): SafeHtml {
  if (report.failures.length === 0) return html`<p>None: the report passes.</p>`;
  return html`<div class="failures"><ul>${report.failures.map((failure) => html`<li>${failure}</li>`)}</ul></div>`;
}

export function tierTable(report: WorkspaceReport): SafeHtml {
  return dataTable(
    [
      { header: 'Tier', cell: (tier) => html`<strong>${tier.name}</strong>` },
      { header: 'Band', cell: (tier) => formatBand(tier), numeric: true },
      { header: 'SSOTs', cell: (tier) => tier.classCount, numeric: true },
      { header: 'Average coverage', cell: (tier) => coverageCell(tier.averageCoverage, isTierIncomplete(report, tier)), numeric: true },
      {
        header: 'Status',
        cell: (tier) => {
          const status = statusOfTier(tier);
          return status ? html`<span class="status ${status}">${TIER_STATUS_LABEL[status]}</span>` : '—';
        },
      },
    ],
    report.tiers,
  );
}

export function entryTable(report: WorkspaceReport): SafeHtml {
  return dataTable<EntryReport>(
    [
      { header: 'SSOT', cell: (e) => html`<strong>${e.name}</strong>` },
      // Sorted by the tier's rank (no data last), it lists the SSOTs as report.md's index groups them; the menu shows one tier.
      { header: 'Tier', cell: (e) => e.tier ?? 'no data', sortKey: (e) => tierRank(report, e.tier), choices: true },
      // A project owns the location only when it is a source file (not a module specifier): then it is a place to link.
      { header: 'Location', cell: (e) => (e.ownerProject ? html`${placeCode(e.location)} <span class="muted">(${e.ownerProject})</span>` : html`<code>${e.location}</code>`) },
      { header: 'Size', cell: (e) => (e.lines !== undefined ? plural(e.lines, 'line') : '—'), numeric: true },
      { header: 'Coverage', cell: (e) => coverageCell(e.coverage, e.incomplete), numeric: true },
      { header: 'Min', cell: (e) => (e.minCoverage !== undefined ? formatPercent(e.minCoverage) : '—'), numeric: true },
      { header: 'Usage', cell: (e) => formatCount(e.usage), numeric: true },
      { header: 'Bypass', cell: (e) => formatCount(e.bypass), numeric: true },
      { header: 'Exempt', cell: (e) => formatCount(e.exempt.usage + e.exempt.bypass), numeric: true },
      // Only when something is suppressed, as the Suppressions section: twelve columns would not fit the page.
      ...(report.totals.suppressed ? [{ header: 'Suppressed', cell: (e: EntryReport) => formatCount(e.suppressed ?? 0), numeric: true }] : []),
      { header: 'Priority', cell: (e) => `${e.priority}${e.enforce === 'off' ? ' (not enforced)' : `, ${e.enforce}`}` },
      { header: 'Impact', cell: (e) => e.impact ?? '—' },
    ],
    // Most bypass sites first, as in every format (the model keeps the registry's order).
    [...report.entries].sort((a, b) => b.bypass - a.bypass),
    { id: 'ssot-index' },
  );
}

/** `001`: the tier's place in the registry's order, padded so that text order is rank order; no data sorts last. */
function tierRank(report: WorkspaceReport, tier: string | null): string {
  const index = report.tiers.findIndex((candidate) => candidate.name === tier);
  return String(index < 0 ? 999 : index).padStart(3, '0');
}

export function patternTable(report: WorkspaceReport): SafeHtml {
  return html`${dataTable(
    [
      { header: 'Pattern', cell: (p) => PATTERN_LABEL[p.pattern] },
      { header: 'Usage sites', cell: (p) => formatCount(p.usage), numeric: true },
      { header: 'Share', cell: (p) => formatPercent(p.share), numeric: true },
    ],
    report.patterns,
  )}
${report.factoryAdoption === null ? html`<p>${FACTORY_ADOPTION_NO_DATA}</p>` : html`<p>Factory adoption: <strong>${formatPercent(report.factoryAdoption)}</strong> ${FACTORY_ADOPTION_MEANING}</p>`}`;
}

export function antiPatternTable(report: WorkspaceReport): SafeHtml {
  const rows = collectAntiPatterns(report);
  if (rows.length === 0) return html`<p>None found: no detector reported a finding, and no usage reaches into another library's internals.</p>`;
  return dataTable(
    [
      { header: 'Anti-pattern', cell: (row) => ANTI_PATTERN_LABEL[row.id] },
      { header: 'SSOT', cell: (row) => row.entry },
      { header: 'Count', cell: (row) => formatCount(row.sites), numeric: true },
      { header: 'First place', cell: (row) => (row.place ? placeCode(row.place.file, row.place.line, row.where) : row.where) },
      { header: 'Fix', cell: (row) => row.fix },
    ],
    rows,
  );
}
