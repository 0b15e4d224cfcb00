import { formatDelta, formatPercent, plural } from '../reporters/format';
import type { CompareReport } from './compare-model.generated';

/** The few lines the executor prints: the verdict in one glance, the files say the rest. */
export function renderCompareSummary(report: CompareReport): string[] {
  const { health, bypasses, findings, projects } = report;
  return [
    `ssot-report: compared with ${report.base.ref} (merge base ${report.base.commit.slice(0, 12)}): health ${formatPercent(health.before)} → ${formatPercent(health.after)} (${formatDelta(health.change)})`,
    `ssot-report: ${plural(bypasses.new.length, 'new bypass', 'new bypasses')}, ${bypasses.fixed.length} fixed; ${plural(findings.new.length, 'new finding')}, ${findings.resolved.length} resolved`,
    `ssot-report: analysed on both sides: ${projects.analysed.length > 0 ? projects.analysed.join(', ') : 'no project'}; taken as equal: ${plural(projects.unchanged.length, 'project')}`,
  ];
}
