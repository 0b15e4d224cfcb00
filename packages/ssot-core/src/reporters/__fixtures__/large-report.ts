/**
 * The sample report grown past every cap of the Markdown and terminal reports (projects, action
 * items, trend snapshots), to test that long lists are cut and say how many were left out.
 */
import type { WorkspaceReport } from '../../report/report-model';
import { sampleReport } from './sample-report';

export function makeLargeReport(counts: { projects: number; actionItems: number; points: number }): WorkspaceReport {
  const report: WorkspaceReport = structuredClone(sampleReport);
  const [template] = report.projects;
  report.projects = Array.from({ length: counts.projects }, (_, index) => ({ ...template, name: `lib-${String(index).padStart(2, '0')}`, bypass: index }));
  const [item] = report.actionItems;
  report.actionItems = Array.from({ length: counts.actionItems }, (_, index) => ({ ...item, rank: index + 1, entry: `Entry${index + 1}`, score: 1000 - index }));
  const [point] = report.trend.points;
  report.trend.points = Array.from({ length: counts.points }, (_, index) => ({
    ...point,
    date: `2026-${String(1 + Math.floor(index / 28)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`,
    health: 70 + index / 2,
  }));
  return report;
}
