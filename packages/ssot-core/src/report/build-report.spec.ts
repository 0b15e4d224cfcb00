import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkProject } from '../analyze';
import { loadRegistry } from '../registry/load-registry';
import type { ProjectResult } from '../result/project-result';
import { entry, registry } from '../testing/memory-workspace';
import { EXAMPLE_ROOT, readExampleProjects } from '../testing/example-platform';
import { buildReport } from './build-report';
import { project } from './goals';

interface AnswerKey {
  today: string;
  entries: Record<string, { usage: number; bypass: number; suppressed?: number }>;
  suppressed: { entry: string; file: string; line: number; column: number; by: string; commentLine: number; reason: string }[];
}

const key: AnswerKey = JSON.parse(readFileSync(join(EXAMPLE_ROOT, 'answer-key.json'), 'utf8'));
const exampleRegistry = loadRegistry(EXAMPLE_ROOT);
const projects = readExampleProjects();
const results: ProjectResult[] = projects.map((p) => checkProject({ workspaceRoot: EXAMPLE_ROOT, registry: exampleRegistry, projects, project: p.name, today: key.today }));

describe('buildReport on examples/platform', () => {
  const report = buildReport({ registry: exampleRegistry, results, today: key.today, validateCommand: (p) => `nx run ${p}:ssot-check` });

  it('merges every project into the answer key totals', () => {
    const totals = Object.fromEntries(report.entries.map((e) => [e.name, { usage: e.usage, bypass: e.bypass }]));
    expect(totals).toEqual(Object.fromEntries(Object.entries(key.entries).map(([name, e]) => [name, { usage: e.usage, bypass: e.bypass }])));
  });

  it('counts the suppressed sites apart, per entry, with their comments', () => {
    const counts = Object.fromEntries(report.entries.map((e) => [e.name, e.suppressed]));
    expect(counts).toEqual(Object.fromEntries(Object.entries(key.entries).map(([name, e]) => [name, e.suppressed])));
    const listed = report.entries
      .flatMap((e) => (e.suppressedSites ?? []).map(({ entry, file, line, column, suppressed }) => ({ entry, file, line, column, by: suppressed?.by, commentLine: suppressed?.line, reason: suppressed?.reason })))
      .sort((a, b) => a.file.localeCompare(b.file)); // the key lists them by file
    expect(listed).toEqual(key.suppressed.map(({ entry, file, line, column, by, commentLine, reason }) => ({ entry, file, line, column, by, commentLine, reason })));
  });

  it('scores health as usage-weighted coverage and the platform average as the mean', () => {
    const usage = Object.values(key.entries).reduce((s, e) => s + e.usage, 0);
    const bypass = Object.values(key.entries).reduce((s, e) => s + e.bypass, 0);
    expect(report.health).toBe(Math.round((usage / (usage + bypass)) * 1000) / 10);
    const coverages = report.entries.map((e) => e.coverage as number);
    expect(report.platformAverage).toBe(Math.round((coverages.reduce((a, b) => a + b, 0) / coverages.length) * 10) / 10);
  });

  it('attributes each SSOT to the project owning its source, with its size', () => {
    const json = report.entries.find((e) => e.name === 'UnifiedJSONHandler');
    expect(json).toMatchObject({ ownerProject: 'core', location: 'libs/core/src/serialization/unified-json-handler.ts' });
    expect(json?.lines).toBe(readFileSync(join(EXAMPLE_ROOT, 'libs/core/src/serialization/unified-json-handler.ts'), 'utf8').trimEnd().split('\n').length);
  });

  it('puts every entry in its tier band and counts classes per tier', () => {
    for (const e of report.entries) {
      const tier = report.tiers.find((t) => t.name === e.tier);
      expect(tier && e.coverage !== null && e.coverage >= tier.min).toBe(true);
    }
    expect(report.tiers.reduce((s, t) => s + t.classCount, 0)).toBe(report.entries.length);
  });

  it('ranks action items by priority weight × bypass sites, each with validate commands', () => {
    const scores = report.actionItems.map((item) => item.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(report.actionItems.every((item) => item.validate.every((command) => /^nx run \S+:ssot-check$/.test(command)))).toBe(true);
    expect(report.actionItems.find((item) => item.entry === 'DATE_FORMAT')).toBeUndefined(); // enforce: off
  });

  it('passes: every entry is above its minCoverage and the health above minHealth', () => {
    expect(report.failures).toEqual([]);
  });

  it('lists the anti-patterns: every project finding plus the workspace-level ones, exempt ones left out', () => {
    expect(report.antiPatterns.map(({ detector, count }) => [detector, count])).toEqual([
      ['factory-bypass', 3],
      ['silent-failure', 3],
      ['inconsistent-error-handling', 2],
      ['multiple-import-paths', 2],
      ['legacy-shim', 1],
    ]);
    expect(report.findings.some((finding) => finding.exempt)).toBe(false);
    expect(report.importPaths.find((paths) => paths.entry === 'UnifiedWebSocketManager')).toMatchObject({ canonical: '@platform/realtime' });
  });

  it('has no workspace warning and no file diagnostic: every entry and matcher of the example matches a site', () => {
    expect(buildReport({ registry: exampleRegistry, results, today: key.today, projects }).diagnostics).toEqual({ workspace: [], files: [] });
  });

  it('compares with the committed baselines of the projects: every bypass known, none new', () => {
    // The suppressed sites are no baseline items (their lines were dropped from apps/api and apps/web).
    const bypass = Object.values(key.entries).reduce((s, e) => s + e.bypass, 0);
    expect(report.baseline).toEqual({ new: 0, same: bypass, fixed: 0, state: 'same' });
  });
});

describe('buildReport: goals, trend, failures', () => {
  const reg = registry([entry({ name: 'A', source: 'a.ts', minCoverage: 60, goals: [{ by: '2026-12-31', coverage: 80 }, { by: '2026-01-01', coverage: 90 }] })], { minHealth: 70 });
  const result = (usage: number, bypass: number): ProjectResult => ({
    schemaVersion: 1,
    project: 'p',
    filesAnalysed: 1,
    entries: { A: { usage, bypass, coverage: null, exempt: { usage: 0, bypass: 0 }, byPattern: { direct: usage }, byKind: {} } },
    sources: [],
    baseline: { file: 'p/ssot-baseline.txt', exists: true, known: bypass, new: 0, fixed: [] },
    sites: [],
    diagnostics: [],
    matcherSites: { A: [] },
    findings: [],
    importPaths: [],
  });

  it('carries files not analysed and kept baseline items: coverage not improved, marked incomplete, state same', () => {
    const kept = { fingerprint: '0123456789abcdef', entry: 'A', file: 'p/src/big.ts', text: 'x', reason: 'file-too-large' };
    const skipped: ProjectResult = { ...result(2, 2), filesAnalysed: 3, notAnalysed: [{ file: 'p/src/big.ts', reason: 'file-too-large' }] };
    skipped.entries.A = { ...skipped.entries.A, kept: 1, incomplete: true };
    skipped.baseline = { ...skipped.baseline, known: 1, kept: [kept] };
    const report = buildReport({ registry: reg, results: [skipped], today: '2026-06-01', history: [] });
    expect(report.entries[0]).toMatchObject({ usage: 2, bypass: 2, coverage: 50, kept: 1, incomplete: true });
    expect(report.projects[0]).toMatchObject({ filesAnalysed: 3, filesNotAnalysed: 1, notAnalysed: [{ file: 'p/src/big.ts', reason: 'file-too-large' }] });
    expect(report.baseline).toEqual({
      new: 0,
      same: 1,
      fixed: 0,
      kept: 1,
      state: 'same',
      keptItems: [{ project: 'p', entry: 'A', file: 'p/src/big.ts', text: 'x', reason: 'file-too-large' }],
    });
    expect(report.failures).toContain('A: coverage 50% is below its minCoverage 60% (incomplete: files where it applies were not analysed, see the diagnostics)');
  });

  it('projects goals from the history and fails on minCoverage, minHealth and a fall', () => {
    const report = buildReport({
      registry: reg,
      results: [result(50, 50)],
      today: '2026-06-01',
      history: [
        { date: '2026-04-01', health: 40, coverage: { A: 40 } },
        { date: '2026-05-01', health: 60, coverage: { A: 60 } },
      ],
    });
    expect(report.goals).toEqual([
      { subject: 'A', kind: 'entry', by: '2026-12-31', target: 80, current: 50, projected: expect.any(Number), state: 'on-track', eta: { status: 'on-track', date: '2026-11-04', points: 3, ratePerMonth: 4.8 } },
      // Past its date unmet: behind, and the same line says when it would be met.
      { subject: 'A', kind: 'entry', by: '2026-01-01', target: 90, current: 50, projected: null, state: 'behind', eta: { status: 'late', date: '2027-01-05', lateByDays: 369, points: 3, ratePerMonth: 4.8 } },
    ]);
    expect(report.trend.against?.date).toBe('2026-05-01');
    expect(report.trend.delta).toEqual({ A: -10 });
    expect(report.failures).toEqual([
      'A: coverage 50% is below its minCoverage 60%',
      'health score 50% is below minHealth 70%',
      'A: coverage fell from 60% to 50% since 2026-05-01',
    ]);
  });

  it('--baseline-date compares with the newest snapshot at or before that date', () => {
    const report = buildReport({ registry: reg, results: [result(70, 30)], today: '2026-06-01', baselineDate: '2026-04-15', history: [{ date: '2026-04-01', health: 40, coverage: { A: 40 } }, { date: '2026-05-01', health: 75, coverage: { A: 75 } }] });
    expect(report.trend.against?.date).toBe('2026-04-01');
    expect(report.trend.delta).toEqual({ A: 30 });
    expect(report.failures).toEqual([]);
  });

  it('says there is no baseline yet when no project has one; worse with new bypasses; better with fixed ones', () => {
    const without = { ...result(50, 50), baseline: { file: 'p/ssot-baseline.txt', exists: false, known: 0, new: 50, fixed: [] } };
    expect(buildReport({ registry: reg, results: [without], today: '2026-06-01' }).baseline).toEqual({ new: 50, same: 0, fixed: 0, state: 'none' });
    const worse = { ...result(50, 50), baseline: { file: 'p/ssot-baseline.txt', exists: true, known: 49, new: 1, fixed: [] } };
    expect(buildReport({ registry: reg, results: [worse], today: '2026-06-01' }).baseline?.state).toBe('worse');
    const fixed = [{ fingerprint: '0123456789abcdef', entry: 'A', file: 'a.ts', text: 'x' }];
    const better = { ...result(50, 49), baseline: { file: 'p/ssot-baseline.txt', exists: true, known: 49, new: 0, fixed } };
    expect(buildReport({ registry: reg, results: [better], today: '2026-06-01' }).baseline).toEqual({ new: 0, same: 49, fixed: 1, state: 'better' });
  });

  it('with no sites coverage is no data, never 100 %, and nothing fails', () => {
    const report = buildReport({ registry: reg, results: [result(0, 0)], today: '2026-06-01' });
    expect(report.entries[0]).toMatchObject({ coverage: null, tier: null });
    expect(report.health).toBeNull();
    expect(report.goals.map((g) => g.state)).toEqual(['no-data', 'no-data']);
    expect(report.failures).toEqual([]);
  });

  it.each([
    ['two points rising', [['2026-01-01', 10], ['2026-01-11', 20]], '2026-01-21', 30],
    ['clamped at 100', [['2026-01-01', 90], ['2026-01-02', 99]], '2026-02-01', 100],
    ['one point cannot project', [['2026-01-01', 10]], '2026-02-01', null],
  ] as const)('project(): %s', (_label, points, date, expected) => {
    expect(project(points.map(([d, c]) => ({ date: d, coverage: c })), date)).toBe(expected);
  });
});
