/**
 * The facts cache never changes a result: the same tree analysed with no cache, with a cold cache
 * and with a warm one gives the same result, deeply (optional fields set to undefined included),
 * for the whole workspace (`analyze`) and per project (`checkProject`), also after an edit.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, checkProject, type AnalyzeOptions, type WorkspaceProject } from '../analyze';
import { loadRegistry } from '../registry/load-registry';
import { EXAMPLE_ROOT, readExampleProjects } from '../testing/example-platform';
import { scanFile } from '../scan/scan-file';
import { listKeyPaths } from '../testing/key-paths';
import { REPO_ROOT } from '../testing/ts-child-process';
import { createFactsCache, type FactsCache } from './facts-cache';

function expectSameData(actual: unknown, expected: unknown): void {
  expect(actual).toEqual(expected);
  expect(listKeyPaths(actual)).toEqual(listKeyPaths(expected));
}

/** The generated benchmark workspace's projects: one project.json each. */
function readGeneratedProjects(root: string, dir = ''): WorkspaceProject[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'src' ? [] : readGeneratedProjects(root, path);
    if (entry.name !== 'project.json') return [];
    const { name, root: projectRoot, tags } = JSON.parse(readFileSync(join(root, path), 'utf8')) as WorkspaceProject;
    return [{ name, root: projectRoot, tags }];
  });
}

describe.each([
  ['examples/platform', () => ({ root: EXAMPLE_ROOT, projects: readExampleProjects(), edited: undefined })],
  [
    'a generated workspace (tools/bench)',
    (sandbox: string) => {
      const root = join(sandbox, 'ws');
      const generator = join(REPO_ROOT, 'tools/bench/generate-workspace.mjs');
      execFileSync(process.execPath, [generator, '--out', root, '--files', '240', '--projects', '6', '--seed', '3'], { stdio: 'pipe' });
      return { root, projects: readGeneratedProjects(root), edited: 'libs' };
    },
  ],
])('the facts cache on %s', (_, setUp) => {
  let sandbox: string;
  let options: AnalyzeOptions;
  let edited: string | undefined;
  const withCache = (): FactsCache => createFactsCache({ directory: join(sandbox, 'cache') });
  beforeAll(() => {
    sandbox = mkdtempSync(join(tmpdir(), 'ssot-cached-analysis-'));
    const workspace = setUp(sandbox);
    options = { workspaceRoot: workspace.root, registry: loadRegistry(workspace.root, undefined, { projects: workspace.projects }), projects: workspace.projects, today: '2026-06-01' };
    edited = workspace.edited;
  });
  afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

  it('analyze(): no cache, cold cache and warm cache give the same result', () => {
    const uncached = analyze(options);
    const cold = withCache();
    const coldResult = analyze({ ...options, scan: cold.wrap(scanFile) });
    cold.flush();
    const warm = withCache();
    const warmResult = analyze({ ...options, scan: warm.wrap(scanFile) });
    expect(uncached.files.length).toBeGreaterThan(10);
    expectSameData(coldResult, uncached);
    expectSameData(warmResult, uncached);
    expect(cold.getStats()).toMatchObject({ hits: expect.any(Number), refused: 0 });
    expect(cold.getStats().misses).toBeGreaterThan(10);
    expect(warm.getStats()).toMatchObject({ misses: 0, refused: 0, hits: cold.getStats().hits + cold.getStats().misses });
  });

  it('checkProject(): each project gives the same result with a warm cache, also after a file changed', () => {
    analyze({ ...options, scan: withCache().wrap(scanFile) }); // fills the cache
    const compareEveryProject = () => {
      for (const { name } of options.projects) {
        expectSameData(checkProject({ ...options, project: name, scan: withCache().wrap(scanFile) }), checkProject({ ...options, project: name }));
      }
    };
    compareEveryProject();
    if (edited === undefined) return;
    // One edited file in a library: its entry is new, every other one is read back.
    const library = options.projects.find((project) => project.root.startsWith(`${edited}/`));
    const file = readdirSync(join(options.workspaceRoot, library?.root ?? '', 'src'), { recursive: true, encoding: 'utf8' }).find((name) => name.endsWith('.ts'));
    appendFileSync(join(options.workspaceRoot, library?.root ?? '', 'src', file ?? ''), '\nexport const edited = JSON.parse("1");\n');
    const afterEdit = withCache();
    expectSameData(analyze({ ...options, scan: afterEdit.wrap(scanFile) }), analyze(options));
    expect(afterEdit.getStats().misses).toBe(1);
    compareEveryProject();
  });
});
