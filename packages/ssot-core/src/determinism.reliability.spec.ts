/**
 * SPEC §6: the output is deterministic and relocatable. The example workspace checked out twice —
 * at two different absolute paths, its files created in opposite orders with different times, its
 * projects listed in opposite orders — yields byte-identical per-project results, baselines and
 * reports in every format.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { analyze, checkProject, renderBaseline, type WorkspaceProject } from './analyze';
import { loadRegistry } from './registry/load-registry';
import { buildReport } from './report/build-report';
import { REPORT_FORMATS, REPORTERS } from './reporters';
import { serializeProjectResult } from './result/write-result';
import { EXAMPLE_ROOT, readExampleProjects } from './testing/example-platform';
import { createFileSystemHost } from './workspace/fs-host';

const { today } = JSON.parse(readFileSync(join(EXAMPLE_ROOT, 'answer-key.json'), 'utf8')) as { today: string };
const FILES = createFileSystemHost(EXAMPLE_ROOT).listFiles();

interface Outputs {
  results: Record<string, string>;
  baselines: Record<string, string>;
  reports: Record<string, string>;
  analysis: string;
}

/** Copies the example's files in the given order, each with its own modification time. */
function checkout(root: string, order: string[], mtimeOf: (index: number) => Date): void {
  order.forEach((file, index) => {
    const target = join(root, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, readFileSync(join(EXAMPLE_ROOT, file)));
    utimesSync(target, mtimeOf(index), mtimeOf(index));
  });
}

function runEverything(root: string, projects: WorkspaceProject[]): Outputs {
  const registry = loadRegistry(root);
  const update = (project: string) => `nx run ${project}:ssot-check --update-baseline`;
  const checked = projects.map((project) => checkProject({ workspaceRoot: root, registry, projects, project: project.name, today, updateCommand: update(project.name) }));
  // The report executor reads results in project-name order, whatever the graph's order.
  const results = [...checked].sort((a, b) => (a.project < b.project ? -1 : 1));
  const report = buildReport({ registry, results, today, commit: 'abc1234', history: [], validateCommand: (project) => `nx run ${project}:ssot-check` });
  return {
    results: Object.fromEntries(results.map((result) => [result.project, serializeProjectResult(result)])),
    baselines: Object.fromEntries(results.map((result) => [result.project, renderBaseline(result, update(result.project))])),
    reports: Object.fromEntries(REPORT_FORMATS.map((format) => [format, REPORTERS[format](report)])),
    analysis: JSON.stringify(analyze({ workspaceRoot: root, registry, projects, today })),
  };
}

describe('determinism: two checkouts of examples/platform', () => {
  let first: string;
  let second: string;
  let a: Outputs;
  let b: Outputs;

  beforeAll(() => {
    first = mkdtempSync(join(tmpdir(), 'ssot-det-'));
    second = join(mkdtempSync(join(tmpdir(), 'ssot-det-other-')), 'a much longer path', 'with spaces and ünïcödé', 'platform');
    checkout(first, FILES, (index) => new Date(Date.UTC(2020, 0, 1, 0, 0, index)));
    checkout(second, [...FILES].reverse(), (index) => new Date(Date.UTC(2031, 5, 15, 12, 0, 0) - index * 3_600_000));
    const projects = readExampleProjects();
    a = runEverything(first, projects);
    b = runEverything(second, [...projects].reverse());
  });
  afterAll(() => {
    rmSync(first, { recursive: true, force: true });
    rmSync(dirname(dirname(dirname(second))), { recursive: true, force: true });
  });

  it('copies every file the analysis sees', () => {
    expect(createFileSystemHost(first).listFiles()).toEqual(FILES);
    expect(createFileSystemHost(second).listFiles()).toEqual(FILES);
    expect(Object.keys(a.results)).toHaveLength(readExampleProjects().length);
  });

  it('per-project results are byte-identical (serializeProjectResult)', () => {
    expect(b.results).toEqual(a.results);
  });

  it('baselines are byte-identical (renderBaseline)', () => {
    expect(b.baselines).toEqual(a.baselines);
  });

  it.each(REPORT_FORMATS)('the %s report is byte-identical', (format) => {
    expect(b.reports[format]).toBe(a.reports[format]);
  });

  it('the whole analysis is identical', () => {
    expect(b.analysis).toBe(a.analysis);
  });

  it('no output holds an absolute path of either checkout', () => {
    const everything = [...Object.values(a.results), ...Object.values(a.baselines), ...Object.values(a.reports), a.analysis].join('\n');
    expect(everything).not.toContain(first);
    expect(everything).not.toContain(tmpdir());
  });
});
