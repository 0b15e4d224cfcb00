import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPackages, E2eWorkspace, fail, REPO_ROOT, step } from './support/e2e-workspace';
import { createExecutorProcessProbe } from './support/executor-process-probe';
import { dependentsOf, graphFile, readGraph, rootProjectOf, type GraphView } from './support/project-graph';
import { expectTasks } from './support/task-status';

/**
 * SPEC §6 end to end: the bundled example workspace, the real Nx CLI, a private Nx cache. Each
 * `it` leaves the cache warm for the next; every step prints its duration and, when it fails,
 * names itself and shows what Nx printed.
 */
const EXAMPLE = join(REPO_ROOT, 'examples/platform');
const TARGET = 'ssot-check';

interface AnswerKey {
  today?: string;
  projects?: Record<string, Record<string, Record<string, unknown>>>;
}

let ws: E2eWorkspace;
let graph: GraphView;
let answerKey: AnswerKey;
/** The answer key's day, so the exemptions it assumes hold on any calendar day. */
let todayArgs: string[];

beforeAll(async () => {
  await step('build the packages (node tools/build.mjs)', buildPackages);
  ws = await step('copy examples/platform, link node_modules, git commit', () => E2eWorkspace.fromFolder(EXAMPLE));
  answerKey = JSON.parse(ws.read('answer-key.json'));
  todayArgs = answerKey.today ? [`--today=${answerKey.today}`] : [];
  graph = await step('read the project graph (nx graph --file)', () => readGraph(ws, graphFile(ws, 'graph.json'), TARGET));
});
afterAll(() => ws?.dispose());

const runMany = () => ws.nx('run-many', '-t', TARGET, '--output-style=static', ...todayArgs);

/** A project nothing depends on (not the root, whose folder holds every other), and one of its TypeScript files. */
function leafProject(): { project: string; file: string } {
  for (const project of graph.projects.filter((p) => p !== rootProjectOf(graph) && dependentsOf(graph, p).length === 0)) {
    const file = findTsFile(graph.rootOf.get(project) ?? '');
    if (file) return { project, file };
  }
  return fail(`no leaf project with a .ts file among ${graph.projects.join(', ')}`);
}

function findTsFile(dir: string, skip: ReadonlySet<string> = new Set()): string | undefined {
  const entries = readdirSync(join(ws.root, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = dir === '.' ? entry.name : `${dir}/${entry.name}`;
    if (entry.isFile() && /(?<!\.d|\.spec)\.ts$/.test(entry.name) && !skip.has(path)) return path;
    if (entry.isDirectory() && entry.name !== 'node_modules') {
      const found = findTsFile(path, skip);
      if (found) return found;
    }
  }
  return undefined;
}

/** What `--output-style=static` printed under each `> nx run <project>:ssot-check` header, trimmed. */
function taskOutputs(output: string, projects: string[]): Record<string, string> {
  const blocks: Record<string, string> = {};
  const parts = output.split(/^> nx run /m);
  for (const project of projects) {
    const part = parts.find((text) => text.startsWith(`${project}:${TARGET}`));
    blocks[project] = part === undefined ? '(no output)' : part.slice(part.indexOf('\n') + 1).split(/^\s*NX\s{2,}/m)[0].trim();
  }
  return blocks;
}

/** Appends a declaration without sites: the file's hash changes, its counts do not. */
function touch(file: string, tag: string): void {
  ws.write(file, `${ws.read(file)}\nexport const e2eTouched${tag} = 1;\n`);
}

describe('ssot-check in a real Nx workspace (examples/platform)', () => {
  it('infers a cached ssot-check target on every project', async () => {
    const { project } = leafProject();
    const shown = await step(`nx show project ${project} --json`, () => {
      const run = ws.nx('show', 'project', project, '--json');
      if (run.status !== 0) fail('nx show project failed', run);
      return { run, config: JSON.parse(run.output.slice(run.output.indexOf('{'))) };
    });
    const target = shown.config.targets?.[TARGET];
    if (!target) fail(`no ${TARGET} target on ${project}`, shown.run);
    expect(target).toMatchObject({
      executor: 'ssot-plugin:check',
      cache: true,
      outputs: ['{options.outputFile}'],
      metadata: { description: expect.any(String), technologies: ['typescript'] },
    });
    expect(target.options.outputFile).toBe(`dist/ssot/projects/${project}.json`);
    expect(target.inputs).toEqual(
      expect.arrayContaining([
        '{projectRoot}/**/*',
        '^{projectRoot}/**/*',
        '{workspaceRoot}/ssot.json',
        '{workspaceRoot}/**/tsconfig*.json',
        { runtime: 'node -p "new Date().toISOString().slice(0,10)"' },
      ]),
    );
    await step('every project has the target (nx show projects --with-target)', () => {
      const run = ws.nx('show', 'projects', '--with-target', TARGET, '--json');
      const listed: string[] = JSON.parse(run.output.slice(run.output.indexOf('[')));
      if (listed.sort().join() !== graph.projects.join()) fail(`projects with ${TARGET}: ${listed.join(', ')}`, run);
    });
  });

  it('runs every check once, then replays all of them from the cache', async () => {
    await step('nx run-many -t ssot-check (cold cache)', () =>
      expectTasks(runMany(), TARGET, { executed: graph.projects }),
    );
    await step('nx run-many -t ssot-check (warm cache: all hits)', () => {
      const run = runMany();
      expectTasks(run, TARGET, { cached: graph.projects });
      const n = graph.projects.length;
      if (!run.output.includes(`from the cache instead of running the command for ${n} out of ${n} tasks`)) {
        fail('Nx did not report every task as a cache hit', run);
      }
    });
  });

  it('writes result files that match the answer key', async () => {
    await step('compare dist/ssot/projects/*.json with answer-key.json "projects"', () => {
      const differences: string[] = [];
      for (const [project, entries] of Object.entries(answerKey.projects ?? {})) {
        const file = `dist/ssot/projects/${project}.json`;
        if (!ws.exists(file)) {
          differences.push(`${file} is missing`);
          continue;
        }
        const result = JSON.parse(ws.read(file));
        for (const [entry, expected] of Object.entries(entries)) {
          for (const [field, value] of Object.entries(expected)) {
            const actual = result.entries?.[entry]?.[field];
            if (JSON.stringify(actual) !== JSON.stringify(value)) {
              differences.push(`${project} ${entry}.${field}: expected ${JSON.stringify(value)}, got ${JSON.stringify(actual)}`);
            }
          }
        }
      }
      if (differences.length > 0) fail(`results differ from the answer key:\n  ${differences.join('\n  ')}`);
    });
  });

  it('checks every project in one batch process, with the same files and output as one process per task', async () => {
    const probeDir = mkdtempSync(join(tmpdir(), 'ssot-e2e-probe-'));
    try {
      const probe = createExecutorProcessProbe(probeDir);
      const runProbed = (mode: string, extra: string[]) => {
        probe.reset();
        const run = ws.nxWith(probe.env, 'run-many', '-t', TARGET, '--skip-nx-cache', '--output-style=static', ...extra, ...todayArgs);
        if (run.status !== 0) fail(`nx run-many (${mode}) failed`, run);
        const processes = probe.count();
        const results = Object.fromEntries(graph.projects.map((project) => [project, ws.read(`dist/ssot/projects/${project}.json`)]));
        return { run, processes, results, outputs: taskOutputs(run.output, graph.projects) };
      };
      const batched = await step('nx run-many -t ssot-check --skip-nx-cache (batch mode, the default)', () => runProbed('batch', []));
      const single = await step('nx run-many -t ssot-check --skip-nx-cache --batch=false', () => runProbed('one process per task', ['--batch=false']));
      if (batched.processes !== 1) fail(`batch mode: expected one process to run the ${graph.projects.length} checks, found ${batched.processes}`, batched.run);
      if (single.processes !== graph.projects.length) fail(`--batch=false: expected ${graph.projects.length} processes, found ${single.processes}`, single.run);
      expect(batched.results).toEqual(single.results);
      expect(batched.outputs).toEqual(single.outputs);
      for (const project of graph.projects) expect(batched.outputs[project]).toMatch(new RegExp(`^ssot-check ${project}: \\d+ files? analysed`));
    } finally {
      rmSync(probeDir, { recursive: true, force: true });
    }
  });

  it('merges the cached checks into the workspace report, which matches the answer key and is cached', async () => {
    const reportArgs = ['run', 'platform-example:ssot-report', '--output-style=static', ...todayArgs];
    // Nx does not forward --today to the checks the report depends on: they run with their own options.
    await step('nx run platform-example:ssot-report (runs every check it depends on first)', () => {
      const run = ws.nx(...reportArgs);
      expectTasks(run, 'ssot-report', { executed: ['platform-example'] });
      for (const file of ['report.md', 'report.json', 'report.sarif', 'report.html']) ws.read(`dist/ssot/${file}`);
    });
    await step('report.json against answer-key.json "entries"', () => {
      const report: { entries: { name: string; usage: number; bypass: number }[] } = JSON.parse(ws.read('dist/ssot/report.json'));
      const key: { entries: Record<string, { usage: number; bypass: number }> } = JSON.parse(ws.read('answer-key.json'));
      // By name: the report lists SSOTs most bypass sites first, the key in registry order.
      const byName = (pairs: [string, { usage: number; bypass: number }][]) => Object.fromEntries(pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      const actual = byName(report.entries.map((e) => [e.name, { usage: e.usage, bypass: e.bypass }]));
      const expected = byName(Object.entries(key.entries).map(([name, e]) => [name, { usage: e.usage, bypass: e.bypass }]));
      if (JSON.stringify(actual) !== JSON.stringify(expected)) fail(`report.json ${JSON.stringify(actual)} != answer key ${JSON.stringify(expected)}`);
    });
    // The report's inputs are its dependencies' output files: byte-identical results replay it.
    await step('nx run platform-example:ssot-report again: a cache hit', () => {
      expectTasks(ws.nx(...reportArgs), 'ssot-report', { cached: ['platform-example'] });
    });
    // Nx joins a command-line value holding {…} like a path (https:// → https:/): the link must survive it.
    await step('nx run platform-example:ssot-report --link-template=https://…/{file}#L{line}: report.html links to the code host', () => {
      const template = 'https://github.com/acme/repo/blob/{commit}/{file}#L{line}';
      const run = ws.nx('run', 'platform-example:ssot-report', '--output-style=static', '--format=html', '--commit=abc1234', `--link-template=${template}`, ...todayArgs);
      if (run.status !== 0) fail('the report with --link-template failed', run);
      const page = ws.read('dist/ssot/report.html');
      const open = '<script type="application/json" id="ssot-data">';
      const data: { link?: string; commit?: string } = JSON.parse(page.slice(page.indexOf(open) + open.length, page.indexOf('</script>', page.indexOf(open))));
      if (data.link !== template || data.commit !== 'abc1234') fail(`report.html link template ${JSON.stringify(data.link)} commit ${JSON.stringify(data.commit)}, expected ${template} and abc1234`, run);
    });
  });

  it('nx affected runs only the changed leaf project', async () => {
    const { project, file } = leafProject();
    touch(file, 'Affected');
    ws.commit(`e2e: touch ${file}`);
    await step(`nx affected -t ssot-check --base=HEAD~1 after editing ${file}`, () => {
      const run = ws.nx('affected', '-t', TARGET, '--base=HEAD~1', '--head=HEAD', '--output-style=static', ...todayArgs);
      expectTasks(run, TARGET, { executed: [project], notExecuted: graph.projects.filter((p) => p !== project) });
    });
  });

  it('re-runs a check when any kind of its inputs changes, and only then', async () => {
    await step('warm the cache', () => runMany());
    const leaf = leafProject();
    // The library with the fewest dependents, so some checks must stay cached when it changes.
    const lib = graph.projects
      .filter((p) => dependentsOf(graph, p).length > 0)
      .sort((a, b) => dependentsOf(graph, a).length - dependentsOf(graph, b).length)[0];
    if (!lib) return fail('no project with dependents in the example');
    const registry: { entries: Array<{ source?: string }> } = JSON.parse(ws.read('ssot.json'));
    const sources = new Set(registry.entries.flatMap((entry) => (entry.source ? [entry.source] : [])));
    const libFile = findTsFile(graph.rootOf.get(lib) ?? '', sources) ?? fail(`no .ts file in ${lib} besides SSOT sources`);
    // The source whose project has the fewest dependents: its non-dependents must re-run too.
    const dependentCount = (file: string) => dependentsOf(graph, ownerOf(file)).length;
    const source = [...sources].sort((a, b) => dependentCount(a) - dependentCount(b) || a.localeCompare(b))[0] ?? fail('ssot.json names no entry source');
    const rerunByLib = [lib, ...dependentsOf(graph, lib)];
    const rootProject = rootProjectOf(graph);
    const kinds: Array<{ name: string; change: () => void; executed: string[] }> = [
      { name: `a project file (${leaf.file})`, change: () => touch(leaf.file, 'Own'), executed: [leaf.project] },
      { name: `a dependency's file (${libFile})`, change: () => touch(libFile, 'Dep'), executed: rerunByLib },
      // Every check compares rival implementations with the SSOTs, wherever they live.
      { name: `an SSOT source (${source})`, change: () => touch(source, 'Source'), executed: graph.projects },
      { name: 'ssot.json', change: () => editJson('ssot.json', (json) => (json.$comment = 'edited by the e2e test')), executed: graph.projects },
      { name: 'tsconfig.base.json', change: () => addUnusedPathAlias(), executed: graph.projects },
      // The ignore files decide the file set (SPEC §3): one in a folder no project owns reaches every check.
      { name: 'a nested .gitignore (apps/.gitignore)', change: () => ws.write('apps/.gitignore', '*.generated.ts\n'), executed: graph.projects },
      // Every file Nx sees is some project's; the root project owns those no other project does.
      { name: `a file only the root project owns (notes.txt at the root)`, change: () => ws.write('notes.txt', 'e2e\n'), executed: [rootProject] },
      // Results name each file's code owners (SPEC §6): a CODEOWNERS file reaches every check.
      { name: 'CODEOWNERS (a new one at the root)', change: () => ws.write('CODEOWNERS', '* @acme/platform\napps/ @acme/apps\n'), executed: graph.projects },
      { name: 'a file Nx does not see (git-ignored dist/notes.txt)', change: () => ws.write('dist/notes.txt', 'e2e\n'), executed: [] },
    ];
    for (const kind of kinds) {
      kind.change();
      await step(`after changing ${kind.name}: ${kind.executed.length} check(s) re-run, the rest cached`, () =>
        expectTasks(runMany(), TARGET, {
          executed: kind.executed,
          cached: graph.projects.filter((p) => !kind.executed.includes(p)),
        }),
      );
    }
    await step('the report rolls the checked code up per CODEOWNERS owner', () => {
      const run = ws.nx('run', `${rootProject}:ssot-report`, '--format=json', ...todayArgs);
      const ownership = JSON.parse(ws.read('dist/ssot/report.json')).ownership;
      if (ownership?.from !== 'codeowners') fail('report.json has no ownership from CODEOWNERS', run);
      expect(ownership.file).toBe('CODEOWNERS');
      // Every file is someone's; only the findings about the whole workspace (file ".") are nobody's.
      const owners: Array<{ name: string; usage: number; bypass: number }> = ownership.owners;
      expect(owners.map((owner) => owner.name).sort()).toEqual(['(no owner)', '@acme/apps', '@acme/platform']);
      expect(owners.find((owner) => owner.name === '(no owner)')).toMatchObject({ usage: 0, bypass: 0 });
    });
  });


  it('ratchets: a new bypass of an enforced entry fails with file:line, ssot-baseline records it, a fixed one reads "better"', async () => {
    const file = 'apps/web/src/new-bypass.ts';
    ws.write(file, "export const parsed = JSON.parse('{}');\n");
    await step('nx run web:ssot-check fails on the new JSON.parse, naming file:line:column and the fix', () => {
      const run = ws.nx('run', `web:${TARGET}`, '--output-style=static');
      if (run.status === 0) fail('the check passed with a new bypass of an enforce:error entry', run);
      if (!run.output.includes(`${file}:1:23  UnifiedJSONHandler  JSON.parse  — `)) fail('the failure does not name the new site', run);
    });
    await step('nx run web:ssot-baseline records it; the check passes again', () => {
      const update = ws.nx('run', 'web:ssot-baseline', '--output-style=static');
      if (update.status !== 0) fail('ssot-baseline failed', update);
      if (!ws.read('apps/web/ssot-baseline.txt').includes(file)) fail('the baseline does not list the new site', update);
      const run = ws.nx('run', `web:${TARGET}`, '--output-style=static');
      if (run.status !== 0) fail('the check still fails after the baseline update', run);
    });
    await step('removing an old bypass reads "better" in the report', () => {
      const store = 'apps/web/src/state/session-store.ts';
      const before = ws.read(store);
      ws.write(store, before.replace("JSON.parse(this.storage.getItem('session') ?? 'null')", 'null'));
      if (ws.read(store) === before) fail(`${store} no longer holds the JSON.parse this step removes`);
      const run = ws.nx('run', 'platform-example:ssot-report', '--output-style=static', '--format=json');
      if (run.status !== 0) fail('the report failed', run);
      const report: { baseline?: { state: string; fixed: number } } = JSON.parse(ws.read('dist/ssot/report.json'));
      if (report.baseline?.state !== 'better' || report.baseline.fixed < 1) fail(`baseline summary ${JSON.stringify(report.baseline)}, expected better`, run);
    });
  });
});

function ownerOf(file: string): string {
  const owners = graph.projects.filter((p) => {
    const root = graph.rootOf.get(p) ?? '';
    return root === '.' || file.startsWith(`${root}/`);
  });
  return owners.sort((a, b) => (graph.rootOf.get(b) ?? '').length - (graph.rootOf.get(a) ?? '').length)[0] ?? '';
}

function editJson(file: string, edit: (json: Record<string, unknown>) => void): void {
  const json = JSON.parse(ws.read(file));
  edit(json);
  ws.write(file, `${JSON.stringify(json, null, 2)}\n`);
}

/** A `paths` alias no file imports: the tsconfig's hash changes, no count does. */
function addUnusedPathAlias(): void {
  editJson('tsconfig.base.json', (json) => {
    const compilerOptions = isRecord(json.compilerOptions) ? json.compilerOptions : {};
    const paths = isRecord(compilerOptions.paths) ? compilerOptions.paths : {};
    json.compilerOptions = { ...compilerOptions, paths: { ...paths, '@e2e/unused-alias': ['e2e/unused.ts'] } };
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
