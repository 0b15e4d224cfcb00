import { formatDelta, formatPercent, plural } from '../reporters/format';
import { code, escapeMarkdown } from '../reporters/markdown/escape';
import { table } from '../reporters/markdown/blocks';
import { NO_OWNER } from '../owners/owner-index';
import type { BypassChange, Change, CompareReport, FindingChange } from './compare-model.generated';

/** Rows shown before the rest of a table is folded into a <details> block. */
export const SHOWN_ROWS = 20;

/**
 * compare.md: a pull-request comment. Short: the verdict and the health change first, then what
 * changed, biggest first; unchanged SSOTs are only counted; long tables fold beyond 20 rows.
 */
export function renderCompareMarkdown(report: CompareReport): string {
  const { bypasses, findings } = report;
  const failing = report.failures.length;
  const only = report.owner === undefined ? '' : ` (only ${escapeMarkdown(report.owner)}'s code, --owner)`;
  const lines = [
    `### SSOT: health ${formatChange(report.health)}${only}`,
    '',
    `Compared with ${code(report.base.ref)} at its merge base ${code(report.base.commit.slice(0, 12))}: ` +
      `${plural(bypasses.new.length, 'new bypass', 'new bypasses')}${failing > 0 ? ` (**${failing} failing**)` : ''}, ${bypasses.fixed.length} fixed, ` +
      `${plural(findings.new.length, 'new finding')}, ${findings.resolved.length} resolved.`,
    '',
  ];
  if (failing > 0) {
    lines.push(`:x: **${plural(failing, 'new bypass', 'new bypasses')} of \`error\` entries that the baseline does not know: the check fails.** Use the SSOT, or record them as known with the project's \`ssot-baseline\` target.`, '');
  }
  const changed = report.entries.filter((entry) => entry.status !== 'unchanged');
  if (changed.length > 0) {
    lines.push(
      ...capped(
        ['SSOT', 'Coverage', 'Change', 'Bypasses'],
        changed.map((entry) => [
          `${escapeMarkdown(entry.name)}${entry.status === 'added' ? ' _(added)_' : entry.status === 'removed' ? ' _(removed)_' : ''}`,
          `${formatPercent(entry.coverage.before)} → ${formatPercent(entry.coverage.after)}`,
          formatDelta(entry.coverage.change),
          `${entry.bypass.before} → ${entry.bypass.after}`,
        ]),
        'SSOTs',
      ),
    );
  }
  const unchanged = report.entries.length - changed.length;
  if (unchanged > 0) lines.push(`${plural(unchanged, 'SSOT')} unchanged.`, '');
  lines.push(...bypassSection(`New bypasses (${bypasses.new.length})`, bypasses.new, true));
  lines.push(...bypassSection(`Fixed bypasses (${bypasses.fixed.length})`, bypasses.fixed, false));
  lines.push(...findingSection(`New findings (${findings.new.length})`, findings.new));
  lines.push(...findingSection(`Resolved findings (${findings.resolved.length})`, findings.resolved));
  const { added, removed } = report.registry;
  if (added.length + removed.length > 0) {
    lines.push('#### Registry', '');
    if (added.length > 0) lines.push(`Added: ${added.map(escapeMarkdown).join(', ')}.`);
    if (removed.length > 0) lines.push(`Removed: ${removed.map(escapeMarkdown).join(', ')}.`);
    lines.push('');
  }
  if (report.notes.length > 0) lines.push(...report.notes.map((note) => `<sub>${escapeMarkdown(note)}</sub><br>`), '');
  return `${lines.join('\n').trimEnd()}\n`;
}

function formatChange(change: Change): string {
  return `${formatPercent(change.before)} → **${formatPercent(change.after)}** (${formatDelta(change.change)})`;
}

/** New bypasses with their fix, the failing ones marked; fixed ones (at the merge base's place) with the code that went. */
function bypassSection(title: string, sites: BypassChange[], isNew: boolean): string[] {
  if (sites.length === 0) return [];
  const mark = (site: BypassChange) => (!isNew ? '' : site.known === true ? ' _(in baseline)_' : site.enforce === 'error' ? ' :x:' : '');
  // Whom to ask, when anyone owns any of them: a column of "(no owner)" alone says nothing.
  const withOwners = sites.some((site) => site.owners?.some((owner) => owner !== NO_OWNER));
  const rows = sites.map((site) => [
    code(`${site.file}:${site.line}`),
    `${escapeMarkdown(site.entry)}${mark(site)}`,
    escapeMarkdown(site.project),
    ...(withOwners ? [escapeMarkdown((site.owners ?? [NO_OWNER]).join(', '))] : []),
    isNew ? `${code(site.text)}: ${escapeMarkdown(site.fix)}` : code(site.text),
  ]);
  return [`#### ${title}`, '', ...capped(['Place', 'SSOT', 'Project', ...(withOwners ? ['Owners'] : []), isNew ? 'Fix' : 'Code'], rows, 'bypasses')];
}

function findingSection(title: string, findings: FindingChange[]): string[] {
  if (findings.length === 0) return [];
  const rows = findings.map((finding) => [code(`${finding.file}:${finding.line}`), escapeMarkdown(finding.detector), escapeMarkdown(finding.project), escapeMarkdown(finding.message)]);
  return [`#### ${title}`, '', ...capped(['Place', 'Detector', 'Project', 'Finding'], rows, 'findings')];
}

/** The first rows as a table; the rest folded in a <details> block, so the comment stays short. */
function capped(header: string[], rows: string[][], what: string): string[] {
  const lines = [table(header, rows.slice(0, SHOWN_ROWS)), ''];
  const rest = rows.slice(SHOWN_ROWS);
  if (rest.length > 0) lines.push('<details>', `<summary>${rest.length} more ${what}</summary>`, '', table(header, rest), '', '</details>', '');
  return lines;
}
