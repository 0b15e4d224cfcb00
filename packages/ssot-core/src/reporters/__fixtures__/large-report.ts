/**
 * Large reports. `makeLargeReport`: the sample report grown past every cap of the Markdown and terminal reports (projects, action
 * items, trend snapshots), to test that long lists are cut and say how many were left out.
 */
import { parseRegistry } from '../../registry/load-registry';
import { buildReport } from '../../report/build-report';
import type { WorkspaceReport } from '../../report/report-model';
import { collectSiteDetails, type SiteDetails } from '../../report/site-details';
import { computeTotals } from '../../result/compute-totals';
import type { ProjectResult } from '../../result/project-result';
import type { Site } from '../../result/site';
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

export interface ScaleCounts {
  entries: number;
  projects: number;
  sites: number;
  owners: number;
  /** Files per project; the project's sites are spread over them. */
  filesPerProject: number;
}

/**
 * A workspace at the scale report.html must stay usable at (issue 17: 50 SSOTs × 200 projects ×
 * 50,000 sites): project results made up site by site, merged by the real `buildReport`, and the
 * details the report executor would pass. A quarter of the sites are bypasses; every file has one
 * code owner.
 */
export function makeScaleWorkspace(counts: ScaleCounts): { report: WorkspaceReport; details: SiteDetails } {
  const entries = Array.from({ length: counts.entries }, (_, index) => `Entry${String(index).padStart(2, '0')}`);
  const registry = parseRegistry(
    JSON.stringify({ entries: entries.map((name) => ({ name, module: `@acme/${name.toLowerCase()}`, export: name, bypasses: [{ global: 'console' }] })) }),
  );
  const perProject = Math.ceil(counts.sites / counts.projects);
  const results: ProjectResult[] = Array.from({ length: counts.projects }, (_, p) => {
    const project = `lib-${String(p).padStart(3, '0')}`;
    const owner = `@acme/team-${p % counts.owners}`;
    const files: Record<string, string[]> = {};
    const sites: Site[] = [];
    for (let s = 0; s < perProject && p * perProject + s < counts.sites; s += 1) {
      const bypass = s % 4 === 0;
      const file = `libs/${project}/src/feature-${s % counts.filesPerProject}/part-${s % counts.filesPerProject}.ts`;
      files[file] = [owner];
      const entry = entries[(p + s) % entries.length];
      sites.push({
        entry,
        side: bypass ? 'bypass' : 'usage',
        kind: bypass ? 'global' : 'ref',
        ...(bypass ? { known: s % 8 === 0 } : { pattern: 'direct' as const }),
        file,
        line: 10 + s,
        column: 5,
        text: bypass ? 'console.log' : `${entry}.get`,
        project,
        fingerprint: `${p}-${s}`,
      });
    }
    return {
      schemaVersion: 1,
      project,
      filesAnalysed: counts.filesPerProject,
      entries: computeTotals(sites, entries),
      sites,
      diagnostics: [],
      matcherSites: Object.fromEntries(entries.map((name) => [name, [1]])),
      findings: [],
      importPaths: [],
      sources: [],
      baseline: { file: `libs/${project}/ssot-baseline.txt`, exists: false, known: 0, new: 0, fixed: [] },
      owners: { from: 'codeowners', file: '.github/CODEOWNERS', files },
    };
  });
  const report = buildReport({ registry, results, today: '2026-12-01', commit: 'abc1234' });
  return { report, details: collectSiteDetails({ registry, results }) };
}
