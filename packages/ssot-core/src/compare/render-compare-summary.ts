import { formatDelta, formatPercent, plural } from '../reporters/format';
import type { CompareReport } from './compare-model.generated';

/** The few lines the executor prints: the verdict in one glance, the files say the rest. */
export function renderCompareSummary(report: CompareReport): string[] {
  const { health, bypasses, findings, projects } = report;
  return [
    `ssot-report: compared with ${report.base.ref} (merge base ${report.base.commit.slice(0, 12)})${report.owner === undefined ? '' : `, only ${report.owner}'s code (--owner)`}: health ${formatPercent(health.before)} → ${formatPercent(health.after)} (${formatDelta(health.change)})`,
    `ssot-report: ${plural(bypasses.new.length, 'new bypass', 'new bypasses')}, ${bypasses.fixed.length} fixed; ${plural(findings.new.length, 'new finding')}, ${findings.resolved.length} resolved`,
    `ssot-report: analysed on both sides: ${listNames(projects.analysed)}; taken as equal: ${plural(projects.unchanged.length, 'project')}`,
  ];
}

/** Up to 10 names, then how many more: a large workspace's list belongs in compare.json. */
function listNames(names: string[]): string {
  if (names.length === 0) return 'no project';
  const shown = names.slice(0, 10).join(', ');
  return names.length > 10 ? `${shown} and ${names.length - 10} more (see compare.json)` : shown;
}
