import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildPackages, E2eWorkspace, fail, REPO_ROOT, step } from './support/e2e-workspace';
import { dependentsOf, graphFile, readGraph, rootProjectOf, type GraphView } from './support/project-graph';
import { expectTasks } from './support/task-status';

/**
 * SPEC §6 "every file Nx sees is checked", end to end on a copy of examples/platform: the root
 * project (created by the plugin, named after the root package.json) checks the files no other
 * project owns (`tools/runs-per-day.ts`), and its inputs are those files and the projects they
 * import (`core`), not every file under the root.
 */
const EXAMPLE = join(REPO_ROOT, 'examples/platform');
const TARGET = 'ssot-check';
const ROOT_FILE = 'tools/runs-per-day.ts';
const HISTORY = 'ssot-history.jsonl';

interface AnswerKey {
  today: string;
  projects: Record<string, Record<string, { usage: number; bypass: number }>>;
}

interface ProjectResult {
  project: string;
  filesAnalysed: number;
  entries: Record<string, { usage: number; bypass: number }>;
  sites: { file: string }[];
}

let ws: E2eWorkspace;
let graph: GraphView;
let key: AnswerKey;
let root: string;
let todayArgs: string[];

beforeAll(async () => {
  await step('build the packages (node tools/build.mjs)', buildPackages);
  ws = await step('copy examples/platform, link node_modules, git commit', () => E2eWorkspace.fromFolder(EXAMPLE));
  key = JSON.parse(ws.read('answer-key.json'));
  todayArgs = [`--today=${key.today}`];
  graph = await step('read the project graph (nx graph --file)', () => readGraph(ws, graphFile(ws, 'root-graph.json'), TARGET));
  root = rootProjectOf(graph); // among the projects with the check: the root has it
});
afterAll(() => ws?.dispose());

const runCheck = () => ws.nx('run-many', '-t', TARGET, '--output-style=static', ...todayArgs);

/** Appends a declaration without sites: the file's hash changes, its counts do not. */
function touch(file: string, tag: string): void {
  ws.write(file, `${ws.read(file)}\nexport const e2eRootTouched${tag} = 1;\n`);
}

describe('the root project checks the files no other project owns (examples/platform)', () => {
  it('is the root package.json\'s project, with a cached ssot-check whose own files are the root\'s', async () => {
    expect(root).toBe(JSON.parse(ws.read('package.json')).name);
    const shown = ws.nx('show', 'project', root, '--json');
    if (shown.status !== 0) fail(`nx show project ${root} failed`, shown);
    const config = JSON.parse(shown.output.slice(shown.output.indexOf('{')));
    expect(config.implicitDependencies ?? []).toEqual([]);
    expect(config.targets[TARGET]).toMatchObject({ executor: 'ssot-plugin:check', cache: true, outputs: ['{options.outputFile}'] });
    expect(config.targets[TARGET].inputs).toEqual(expect.arrayContaining(['{projectRoot}/**/*', '^{projectRoot}/**/*', '!{projectRoot}/ssot-history.jsonl']));
    expect(config.targets['ssot-baseline']).toBeDefined();
    // Its dependencies are what its files import: tools/runs-per-day.ts imports @platform/core.
    expect([...(graph.dependenciesOf.get(root) ?? [])]).toEqual(['core']);
  });

  it('nx run <root>:ssot-check counts the root-owned file, then replays from the cache', async () => {
    await step(`nx run ${root}:${TARGET} (cold)`, () => expectTasks(ws.nx('run', `${root}:${TARGET}`, '--output-style=static', ...todayArgs), TARGET, { executed: [root] }));
    const result: ProjectResult = JSON.parse(ws.read(`dist/ssot/projects/${root}.json`));
    expect(result.project).toBe(root);
    expect(result.filesAnalysed).toBe(1);
    expect(new Set(result.sites.map((site) => site.file))).toEqual(new Set([ROOT_FILE]));
    for (const [entry, counts] of Object.entries(key.projects[root])) {
      expect({ entry, usage: result.entries[entry]?.usage, bypass: result.entries[entry]?.bypass }).toEqual({ entry, ...counts });
    }
    await step(`nx run ${root}:${TARGET} (warm: a cache hit)`, () => expectTasks(ws.nx('run', `${root}:${TARGET}`, '--output-style=static', ...todayArgs), TARGET, { cached: [root] }));
  });

  it('re-runs on its own files and on the projects it imports, and only then', async () => {
    await step('warm every check', () => runCheck());
    const unrelated = graph.projects.find((p) => p !== root && !graph.dependenciesOf.get(root)?.has(p) && graph.rootOf.get(p)?.startsWith('apps/')) ?? fail('no app the root project does not import');
    const unrelatedFile = findFileOf(unrelated);
    const coreBarrel = 'libs/core/src/index.ts'; // core's public entry; not an SSOT source, so only core's dependents re-run
    const cases: Array<{ name: string; change: () => void; executed: string[]; cached: string[] }> = [
      { name: `a root-owned file (${ROOT_FILE})`, change: () => touch(ROOT_FILE, 'Own'), executed: [root], cached: graph.projects.filter((p) => p !== root) },
      { name: `a file of ${unrelated}, which the root does not import (${unrelatedFile})`, change: () => touch(unrelatedFile, 'Other'), executed: [unrelated, ...dependentsOf(graph, unrelated)], cached: [root] },
      { name: `a file of core, which the root imports (${coreBarrel})`, change: () => touch(coreBarrel, 'Dep'), executed: ['core', ...dependentsOf(graph, 'core')], cached: [] },
      // The report appends to the history file; the check never reads it, so it is not an input.
      { name: 'the history file at the root', change: () => ws.write(HISTORY, `${JSON.stringify({ e2e: true })}\n`), executed: [], cached: graph.projects },
    ];
    expect(dependentsOf(graph, 'core')).toContain(root);
    for (const c of cases) {
      c.change();
      await step(`after changing ${c.name}: ${c.executed.join(', ') || 'nothing'} re-run`, () =>
        expectTasks(runCheck(), TARGET, { executed: c.executed, cached: c.cached, notExecuted: graph.projects.filter((p) => !c.executed.includes(p)) }),
      );
    }
    rmSync(join(ws.root, HISTORY)); // not a snapshot the report could read
  });

  it("the workspace report runs the root project's check and counts its sites", async () => {
    const run = await step(`nx run ${root}:ssot-report --format=json`, () => {
      const report = ws.nx('run', `${root}:ssot-report`, '--format=json', '--output-style=static', ...todayArgs);
      // Every project's check is a task of the report, the root's own included (Nx does not
      // forward --today to them, so they run with their own options: cached or not is no matter here).
      const checks = expectTasks(report, TARGET, {});
      if ([...checks.keys()].sort().join() !== graph.projects.join()) fail(`the report ran the checks of ${[...checks.keys()].join(', ')}`, report);
      expectTasks(report, 'ssot-report', { executed: [root] });
      return report;
    });
    const report: { projects: { name: string; entries: Record<string, { usage: number; bypass: number }> }[] } = JSON.parse(ws.read('dist/ssot/report.json'));
    const row = report.projects.find((project) => project.name === root) ?? fail(`report.json has no project ${root}`, run);
    expect(row.entries).toEqual(key.projects[root]);
  });

  it('migrate --project <root> knows the root project', async () => {
    const run = await step(`nx g ssot-plugin:migrate --project ${root} --dry-run`, () => ws.nx('g', 'ssot-plugin:migrate', '--project', root, '--dry-run', '--no-interactive'));
    if (run.status !== 0) fail('migrate failed', run);
    // tools/runs-per-day.ts: a console call and a written-out date format, neither with a mechanical fix.
    expect(run.output).toContain('2 other bypass sites have no mechanical fix');
  });
});

/** The first TypeScript source of a project (not a spec, not a declaration file), from git's list. */
function findFileOf(project: string): string {
  const dir = graph.rootOf.get(project) ?? fail(`no root for ${project}`);
  const files = ws.git('ls-files', dir).output.split('\n').filter((file) => /(?<!\.d|\.spec)\.ts$/.test(file)).sort();
  return files[0] ?? fail(`no TypeScript source in ${project}`);
}
