import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegistry } from '../registry/load-registry';
import { checkProject } from '../analyze';
import { buildReport } from '../report/build-report';
import { EXAMPLE_ROOT, readExampleProjects } from '../testing/example-platform';
import { sampleReport } from './__fixtures__/sample-report';
import { compileReportSchema, compileSarifSchema } from './__fixtures__/schemas';
import { isReportFormat, REPORT_FILE_NAMES, REPORT_FORMATS, REPORTERS } from './index';

describe('the reporter map', () => {
  it('has one pure reporter per format and the file each writes', () => {
    expect(Object.keys(REPORTERS).sort()).toEqual([...REPORT_FORMATS].sort());
    expect(REPORT_FILE_NAMES).toEqual({ terminal: null, markdown: 'report.md', json: 'report.json', sarif: 'report.sarif', html: 'report.html' });
    for (const format of REPORT_FORMATS) {
      const before = structuredClone(sampleReport);
      const first = REPORTERS[format](sampleReport, {});
      expect(REPORTERS[format](sampleReport, {})).toBe(first);
      expect(sampleReport).toEqual(before); // renders without touching its input
    }
    expect(isReportFormat('sarif')).toBe(true);
    expect(isReportFormat('pdf')).toBe(false);
  });

  it('dates nothing but the report itself: no clock in any output', () => {
    for (const format of REPORT_FORMATS) {
      const dates = REPORTERS[format](sampleReport, {}).match(/\b20\d\d-\d\d-\d\d\b/g) ?? [];
      const known = new Set([sampleReport.today, ...sampleReport.trend.points.map((p) => p.date), ...sampleReport.goals.flatMap((g) => [g.by, ...(g.eta.date ? [g.eta.date] : [])])]);
      expect(dates.filter((date) => !known.has(date))).toEqual([]);
    }
  });

  it('imports nothing from Nx (ssot-core knows nothing of Nx)', () => {
    const files = readdirSync(__dirname, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    for (const file of files) expect(readFileSync(join(__dirname, file), 'utf8')).not.toMatch(/from '(nx|@nx\/[^']*)'|require\('(nx|@nx\/)/);
  });
});

describe('the sample fixture', () => {
  it('adds up the way buildReport does, so a wrong number in an output is a reporter bug', () => {
    const { entries, projects, totals, tiers } = sampleReport;
    for (const entry of entries) expect(entry.bypassSites).toHaveLength(entry.bypass);
    expect(entries.reduce((sum, e) => sum + e.usage, 0)).toBe(totals.usage);
    expect(projects.reduce((sum, p) => sum + p.usage, 0)).toBe(totals.usage);
    expect(projects.reduce((sum, p) => sum + p.bypass, 0)).toBe(totals.bypass);
    expect(Math.round((totals.usage / (totals.usage + totals.bypass)) * 1000) / 10).toBe(sampleReport.health);
    expect(tiers.reduce((sum, t) => sum + t.classCount, 0)).toBe(entries.filter((e) => e.tier !== null).length);
    const fresh = entries.flatMap((e) => e.bypassSites).filter((site) => site.known === false).length;
    expect(fresh).toBe(sampleReport.baseline?.new);
  });
});

describe('every reporter on the example platform workspace', () => {
  const registry = loadRegistry(EXAMPLE_ROOT);
  const projects = readExampleProjects();
  const today = '2026-06-01';
  const results = projects.map((p) => checkProject({ workspaceRoot: EXAMPLE_ROOT, registry, projects, project: p.name, today }));
  const report = buildReport({ registry, results, today, validateCommand: (project) => `nx run ${project}:ssot-check` });

  it('renders all formats from a real report: report.json matches its schema, report.sarif the official one', () => {
    for (const format of REPORT_FORMATS) expect(REPORTERS[format](report, {}).length).toBeGreaterThan(100);
    const validateReport = compileReportSchema();
    validateReport(JSON.parse(REPORTERS.json(report, {})));
    expect(validateReport.errors ?? []).toEqual([]);
    const validateSarif = compileSarifSchema();
    validateSarif(JSON.parse(REPORTERS.sarif(report, {})));
    expect(validateSarif.errors ?? []).toEqual([]);
  });

  it('lists every SSOT of the registry in the Markdown index', () => {
    const markdown = REPORTERS.markdown(report, {});
    for (const entry of registry.entries) expect(markdown).toContain(`**${entry.name.replace(/_/g, '\\_')}**`);
  });
});
