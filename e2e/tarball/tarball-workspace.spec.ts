import { cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fail, REPO_ROOT, step, StepError } from '../support/e2e-workspace';
import { createExecutorProcessProbe } from '../support/executor-process-probe';
import { dependentsOf, readGraph, rootProjectOf, type GraphView } from '../support/project-graph';
import { startRemoteCacheServer, type RemoteCacheServer } from '../support/remote-cache-server';
import type { CommandRun } from '../support/run-command';
import { describeSources, readTaskSources, type TaskSource } from '../support/task-cache-source';
import { expectTasks, readTaskStatuses } from '../support/task-status';
import { createAgent, InstalledWorkspace, readNpmSettings, type NpmSettings } from './installed-workspace';
import { nxFeatures, selectNxVersions } from './nx-versions';
import { PACKAGE_NAMES, packPackages, type PackedPackages } from './pack-packages';

/**
 * The issue "End-to-end: a real Nx workspace from packed tarballs": what a user gets from npm.
 * The three packages are packed from their built dist, installed with npm into a fresh git
 * workspace next to exact versions of nx, @nx/devkit and typescript, and driven through that
 * workspace's own Nx — once per Nx major the plugin supports (the newest patch of each, see
 * nx-versions.ts; `SSOT_E2E_NX=19,24` picks majors). The workspace is the example platform
 * without its plugin registration, which `init` adds. Every step prints its duration; a failing step names itself and shows what Nx printed.
 */
const TARGET = 'ssot-check';
const EXAMPLE = join(REPO_ROOT, 'examples/platform');
/** SSOT_E2E_KEEP=1 keeps each temp workspace for inspection and prints where it is. */
const KEEP = process.env.SSOT_E2E_KEEP === '1';
const READ_WRITE_TOKEN = 'e2e-ci-read-write';
const READ_ONLY_TOKEN = 'e2e-developer-read-only';

interface AnswerKey {
  entries: Record<string, { usage: number; bypass: number; exempt: { usage: number; bypass: number } }>;
  projects: Record<string, unknown>;
}

interface RegistryEntry {
  name: string;
  enforce?: string;
  source?: string;
  factory?: string;
  bypasses?: unknown[];
  [field: string]: unknown;
}

interface Registry {
  $schema?: string;
  entries: RegistryEntry[];
  [field: string]: unknown;
}

interface ReportJson {
  totals: { usage: number; bypass: number };
  entries: { name: string; usage: number; bypass: number; exempt: { usage: number; bypass: number } }[];
  failures: string[];
}

const readJsonFile = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isRegistry = (value: unknown): value is Registry => isRecord(value) && Array.isArray(value.entries);
const isReport = (value: unknown): value is ReportJson => isRecord(value) && Array.isArray(value.entries) && isRecord(value.totals);
const installedVersion = (root: string, name: string): string => {
  const manifest = readJsonFile(join(root, 'node_modules', name, 'package.json'));
  return isRecord(manifest) && typeof manifest.version === 'string' ? manifest.version : fail(`node_modules/${name} has no version`);
};

const TYPESCRIPT = installedVersion(REPO_ROOT, 'typescript');
const answerKey: AnswerKey = JSON.parse(readFileSync(join(EXAMPLE, 'answer-key.json'), 'utf8'));
const exampleRegistry: Registry = JSON.parse(readFileSync(join(EXAMPLE, 'ssot.json'), 'utf8'));

// Jest reads `testTimeout` only from the global config, not from the e2e project's, so the default
// (5 s) would apply. A limit per test, not a timed assertion: each test is a few Nx runs.
jest.setTimeout(10 * 60 * 1000);

let packDir: string;
let packed: PackedPackages;
let npmSettings: NpmSettings;

beforeAll(async () => {
  packDir = mkdtempSync(join(tmpdir(), 'ssot-e2e-tarballs-'));
  npmSettings = await step('read the npm cache and user config (npm config get)', readNpmSettings);
  packed = await step(`npm pack ${PACKAGE_NAMES.join(', ')} (from their built dist)`, () => packPackages(packDir));
});
afterAll(() => {
  if (packDir) rmSync(packDir, { recursive: true, force: true });
});

describe.each(selectNxVersions())('packed tarballs in a fresh workspace with nx $nx and @nx/devkit $devkit', ({ nx, devkit }) => {
  const tag = `[nx ${nx}]`;
  const features = nxFeatures(nx);
  const run = <T>(name: string, body: () => T | Promise<T>): Promise<T> => step(`${tag} ${name}`, body);
  const note = (text: string) => process.stdout.write(`  e2e step note  ${tag} ${text}\n`);
  let started = Date.now();

  let sandbox: string;
  let ws: InstalledWorkspace;
  let graph: GraphView;
  /** Every project with the check: all of them, the root project (which also carries the report) included. */
  let projects: string[];
  let rootProject: string;
  let generators = new Set<string>();
  let classEntry: string | undefined;
  let server: RemoteCacheServer | undefined;
  /** The first step the rest cannot do without, when it failed. */
  let blockedBy: string | undefined;

  const requirePlugin = () => {
    if (blockedBy) throw new StepError(`not run: step "${blockedBy}" failed above`);
  };
  const runMany = (...extra: string[]) => ws.nx('run-many', '-t', TARGET, '--output-style=static', ...extra);

  beforeAll(async () => {
    started = Date.now();
    sandbox = mkdtempSync(join(tmpdir(), `ssot-e2e-nx-${nx}-`));
    ws = await run('copy examples/platform: sources only (no node_modules, dist, .nx), no ssot.json, no plugin in nx.json', () => {
      const root = join(sandbox, 'workspace');
      mkdirSync(root);
      const workspace = new InstalledWorkspace(root, createAgent(sandbox, 'developer'), npmSettings);
      workspace.copyFrom(EXAMPLE, (path) => path === '' || (!/(^|\/)(node_modules|dist|\.nx)(\/|$)/.test(path) && path !== 'ssot.json'));
      // The example registers the plugin; a new workspace does not: that is init's job.
      const nxJson: Record<string, unknown> = { ...workspace.readJson('nx.json', isRecord), $schema: './node_modules/nx/schemas/nx-schema.json' };
      delete nxJson.plugins;
      workspace.writeJson('nx.json', nxJson);
      // Beside the workspace and its clone, so the lock file's `file:../tarballs/…` holds for both.
      mkdirSync(join(sandbox, 'tarballs'));
      for (const name of PACKAGE_NAMES) cpSync(join(packDir, packed[name].fileName), join(sandbox, 'tarballs', packed[name].fileName));
      return workspace;
    });
    // ssot-plugin itself comes with `nx add` (below), as a user adds it; the packages it depends on
    // are not on the registry, so their tarballs go first.
    await run(`npm install nx@${nx} @nx/devkit@${devkit} typescript@${TYPESCRIPT} and the ssot-runtime and ssot-core tarballs (--prefer-offline)`, () => {
      const tarballs = PACKAGE_NAMES.filter((name) => name !== 'ssot-plugin').map((name) => `../tarballs/${packed[name].fileName}`);
      const install = ws.npm('install', '--prefer-offline', '--no-audit', '--no-fund', '--save-dev', '--save-exact', `nx@${nx}`, `@nx/devkit@${devkit}`, `typescript@${TYPESCRIPT}`, ...tarballs);
      if (install.status !== 0) fail('npm install failed', install);
      if (installedVersion(ws.root, 'nx') !== nx || installedVersion(ws.root, '@nx/devkit') !== devkit) {
        fail(`npm installed nx ${installedVersion(ws.root, 'nx')} and @nx/devkit ${installedVersion(ws.root, '@nx/devkit')}, not ${nx} and ${devkit}`, install);
      }
    });
    await run('git init, commit', () => {
      ws.git('init', '-q');
      ws.commit('a fresh workspace: the example platform, nx and the packed ssot packages');
    });
  });

  afterAll(async () => {
    await server?.close();
    if (KEEP) note(`kept ${sandbox}`);
    else if (sandbox) rmSync(sandbox, { recursive: true, force: true, maxRetries: 3 });
    process.stdout.write(`  e2e total     ${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s  ${tag} every step\n`);
  });

  it('nx add from the packed plugin installs it and runs init, which registers it and creates ssot.json, idempotently', async () => {
    blockedBy = 'nx add';
    const spec = `ssot-plugin@file:../tarballs/${packed['ssot-plugin'].fileName}`;
    // `nx add <name>@<version>` hands `<name>@<version>` to the package manager: a `file:` version
    // installs the tarball, then Nx runs the plugin's init generator.
    const added = await run(`nx add ${spec} (installs the tarball, runs init)`, () => {
      const add = ws.nx('add', spec);
      if (add.status !== 0) fail('nx add failed', add);
      expectInstalled(ws, nx, devkit, add);
      return add;
    });
    generators = shippedGenerators(ws, packed);
    if (!generators.has('init')) {
      note('skipped: generators not shipped (the packed ssot-plugin has no init generator); registering the plugin in nx.json by hand');
      await run('register ssot-plugin in nx.json by hand', () => ws.writeJson('nx.json', { ...ws.readJson('nx.json', isRecord), plugins: ['ssot-plugin'] }));
    } else {
      await run('what init did under nx add: nx.json registers ssot-plugin, ssot.json is an empty registry', () => {
        const init = added;
        if (!registersPlugin(ws.readJson('nx.json', isRecord))) fail('nx.json does not register ssot-plugin after init', init);
        if (!ws.exists('ssot.json')) fail('init created no ssot.json', init);
        const created = ws.readJson('ssot.json', isRegistry);
        if (created.entries.length !== 0 || typeof created.$schema !== 'string') fail(`init's ssot.json is not an empty registry with a $schema:\n${ws.read('ssot.json')}`, init);
      });
      ws.commit('nx add ssot-plugin');
      await run('nx g ssot-plugin:init --no-interactive again: changes nothing', () => {
        const again = ws.nx('g', 'ssot-plugin:init', '--no-interactive');
        if (again.status !== 0) fail('the second init failed', again);
        const changed = ws.changedFiles();
        if (changed.length > 0) fail(`the second init changed ${changed.join(', ')}`, again);
      });
    }
    await run("restore the example's own ssot.json, so the counts are the answer key's", () => {
      const schema = ws.exists('ssot.json') ? ws.readJson('ssot.json', isRegistry).$schema : undefined;
      ws.writeJson('ssot.json', { ...exampleRegistry, ...(schema ? { $schema: schema } : {}) });
    });
    ws.commit("ssot: the plugin and the example's registry");
    blockedBy = undefined;
  });

  it('class scaffolds PaymentGateway in engine and registers it (when shipped)', async () => {
    requirePlugin();
    if (!generators.has('class')) {
      note('skipped: generators not shipped (the packed ssot-plugin has no class generator)');
      return;
    }
    await run('nx g ssot-plugin:class PaymentGateway --project engine --factory --replaces stripe --no-interactive', () => {
      const scaffold = ws.nx('g', 'ssot-plugin:class', 'PaymentGateway', '--project', 'engine', '--factory', '--replaces', 'stripe', '--no-interactive');
      if (scaffold.status !== 0) fail('the class generator failed', scaffold);
      const registry = ws.readJson('ssot.json', isRegistry);
      const entry = registry.entries.find((candidate) => candidate.name === 'PaymentGateway') ?? fail('ssot.json has no PaymentGateway entry', scaffold);
      if (typeof entry.source !== 'string' || !entry.source.startsWith('libs/engine/') || !ws.exists(entry.source)) {
        fail(`PaymentGateway's source ${String(entry.source)} is not a file in libs/engine`, scaffold);
      }
      if (!entry.factory) fail('--factory registered no factory', scaffold);
      if (!JSON.stringify(entry.bypasses ?? []).includes('"stripe"')) fail(`--replaces stripe is not among the bypasses: ${JSON.stringify(entry.bypasses)}`, scaffold);
      const others = registry.entries.filter((candidate) => candidate !== entry);
      if (JSON.stringify(others) !== JSON.stringify(exampleRegistry.entries)) fail("the class generator changed the example's other entries", scaffold);
      classEntry = entry.name;
    });
    ws.commit('nx g ssot-plugin:class PaymentGateway');
  });

  it('runs every check, then replays all of them from the local cache', async () => {
    requirePlugin();
    blockedBy = 'read the project graph';
    graph = await run('read the project graph (nx graph --file)', () => readGraph(ws, join(sandbox, 'graph.json')));
    rootProject = rootProjectOf(graph);
    expect(rootProject).toBe(ws.readJson('package.json', isRecord).name);
    projects = graph.projects;
    expect(projects).toEqual(Object.keys(answerKey.projects).sort());
    blockedBy = undefined;

    await run('nx run-many -t ssot-check (cold cache: every check runs)', () => {
      const cold = runMany();
      expectTasks(cold, TARGET, { executed: projects });
      expectExactly(cold, projects, 'executed');
    });
    await run('nx run-many -t ssot-check (warm cache: every check replayed)', () => {
      const warm = runMany();
      expectTasks(warm, TARGET, { cached: projects });
      expectExactly(warm, projects, 'local cache');
      const n = projects.length;
      if (!warm.output.includes(`from the cache instead of running the command for ${n} out of ${n} tasks`)) fail('Nx did not report every task as a cache hit', warm);
    });
  });

  it('batch mode: one process checks every project, with the result files of one process per task', async () => {
    requirePlugin();
    const probe = createExecutorProcessProbe(join(sandbox, 'probe'));
    const checkWith = async (mode: string, extra: string[]) => {
      probe.reset();
      rmSync(ws.path('dist/ssot/projects'), { recursive: true, force: true });
      const checks = await ws.nxAsync(probe.env, 'run-many', '-t', TARGET, '--skip-nx-cache', '--output-style=static', ...extra);
      // Nx 19 prints no line per task of a batch ("Running 7 tasks with ssot-plugin:check"):
      // the closing line and the result files, removed before the run, show that every check ran.
      expectTasks(checks, TARGET, { notExecuted: [] });
      const cached = [...readTaskStatuses(checks, TARGET)].filter(([, status]) => status === 'cached');
      if (cached.length > 0) fail(`--skip-nx-cache replayed ${cached.map(([project]) => project).join(', ')}`, checks);
      if (!checks.output.includes(`Successfully ran target ${TARGET} for ${projects.length} projects`)) fail(`Nx did not report ${projects.length} successful checks`, checks);
      const missing = projects.filter((project) => !ws.exists(`dist/ssot/projects/${project}.json`));
      if (missing.length > 0) fail(`no result file for ${missing.join(', ')}`, checks);
      const processes = probe.count();
      const results = new Map(projects.map((project) => [project, ws.read(`dist/ssot/projects/${project}.json`)]));
      return { mode, checks, processes, results };
    };
    const batched = await run('nx run-many -t ssot-check --skip-nx-cache --batch: one process', () => checkWith('--batch', ['--batch']));
    const single = await run('nx run-many -t ssot-check --skip-nx-cache --batch=false: one process per task', () => checkWith('--batch=false', ['--batch=false']));
    // Nx 22.6 reads `preferBatch` from executors.json; before, batching needs --batch or NX_BATCH_MODE=true.
    const byDefault = features.preferBatch ? 1 : projects.length;
    if (!features.preferBatch) note(`Nx ${nx} has no preferBatch (Nx 22.6 and later): without --batch or NX_BATCH_MODE=true it runs one process per task`);
    const plain = await run(`nx run-many -t ssot-check --skip-nx-cache: ${byDefault === 1 ? 'one process (preferBatch)' : 'one process per task'}`, () => checkWith('no flag', []));
    for (const [actual, expected] of [[batched, 1], [single, projects.length], [plain, byDefault]] as const) {
      if (actual.processes !== expected) fail(`${actual.mode}: expected ${expected} process(es) to run the ${projects.length} checks, found ${actual.processes}`, actual.checks);
    }
    for (const other of [single, plain]) {
      const different = projects.filter((project) => other.results.get(project) !== batched.results.get(project));
      if (different.length > 0) fail(`${other.mode} wrote other result files than --batch for ${different.join(', ')}`, other.checks);
    }
  });

  it('nx affected --base=HEAD~1 runs only the check of the leaf project that changed', async () => {
    requirePlugin();
    // A leaf: no project with a check depends on it (the root project depends on every project).
    // A leaf: no project depends on it (the root project depends only on what its own files import).
    const leaf = projects.find((project) => project !== rootProject && dependentsOf(graph, project).length === 0) ?? fail('no leaf project');
    const file = findSourceFile(ws, graph.rootOf.get(leaf) ?? '.') ?? fail(`no TypeScript source in ${leaf}`);
    ws.write(file, `${ws.read(file)}\nexport const e2eAffected = 1;\n`);
    ws.commit(`e2e: edit ${file}`);
    await run(`nx affected -t ssot-check --base=HEAD~1 after editing ${file} (project ${leaf})`, () => {
      const affected = ws.nx('affected', '-t', TARGET, '--base=HEAD~1', '--head=HEAD', '--output-style=static');
      expectTasks(affected, TARGET, { executed: [leaf], notExecuted: projects.filter((project) => project !== leaf) });
      // The others are not cached replays either: Nx does not schedule them at all.
      expectExactly(affected, [leaf], 'executed');
    });
  });

  it('the workspace report replays every check and its counts are the answer key', async () => {
    requirePlugin();
    const report = await run(`nx run ${rootProject}:ssot-report --format=json,markdown --record`, () => {
      const reportRun = ws.nx('run', `${rootProject}:ssot-report`, '--format=json,markdown', '--record', '--output-style=static');
      if (reportRun.status !== 0) fail('ssot-report failed', reportRun);
      if (features.listsCachedDependencyTasks) expectTasks(reportRun, TARGET, { cached: projects });
      else {
        // Nx 17 prints a line only for the replayed dependencies of the project it runs (its own
        // check), and the count of all of them.
        const n = projects.length;
        const ran = [...readTaskStatuses(reportRun, TARGET)].filter(([, status]) => status === 'executed').map(([project]) => project);
        if (ran.length > 0 || !reportRun.output.includes(`from the cache instead of running the command for ${n} out of ${n + 1} tasks`)) {
          fail(`expected Nx to replay the ${n} checks from the cache and run only the report${ran.length > 0 ? `; it ran ${ran.join(', ')}` : ''}`, reportRun);
        }
      }
      return { reportRun, json: ws.readJson('dist/ssot/report.json', isReport) };
    });
    await run('compare dist/ssot/report.json with answer-key.json "entries" (usage, bypass, exempt)', () => {
      const differences: string[] = [];
      for (const [name, expected] of Object.entries(answerKey.entries)) {
        const actual = report.json.entries.find((entry) => entry.name === name);
        if (!actual) differences.push(`${name}: not in the report`);
        else if (actual.usage !== expected.usage || actual.bypass !== expected.bypass || JSON.stringify(actual.exempt) !== JSON.stringify(expected.exempt)) {
          differences.push(`${name}: expected usage ${expected.usage}, bypass ${expected.bypass}, exempt ${JSON.stringify(expected.exempt)}; got ${actual.usage}, ${actual.bypass}, ${JSON.stringify(actual.exempt)}`);
        }
      }
      if (classEntry) {
        const scaffolded = report.json.entries.find((entry) => entry.name === classEntry);
        // A freshly scaffolded SSOT is used by nothing yet, and its own scaffold does not go around it.
        if (!scaffolded || scaffolded.bypass !== 0) differences.push(`${classEntry}: expected in the report with 0 bypasses, got ${JSON.stringify(scaffolded)}`);
      }
      if (differences.length > 0) fail(`report.json differs from the answer key:\n  ${differences.join('\n  ')}`, report.reportRun);
    });
    await run('--record appended one snapshot, with the commit, to ssot-history.jsonl', () => {
      const lines = ws.read('ssot-history.jsonl').split('\n').filter(Boolean);
      const head = ws.git('rev-parse', '--short', 'HEAD').output.trim();
      const snapshot: unknown = JSON.parse(lines[lines.length - 1] ?? '{}');
      if (lines.length !== 1 || !isRecord(snapshot) || snapshot.commit !== head) fail(`expected one snapshot of commit ${head}, found:\n${lines.join('\n')}`);
    });
    ws.commit('ssot: record a snapshot');
  });

  it('a new bypass of an "enforce": "error" entry fails with file:line until ssot-baseline records it', async () => {
    requirePlugin();
    const file = 'apps/worker/src/main.ts'; // an app with no JSON bypass yet (answer key: worker UnifiedJSONHandler bypass 0)
    const added = `export const e2eParsed: unknown = JSON.parse('{"e2e": true}');`;
    const registry = ws.readJson('ssot.json', isRegistry);
    ws.writeJson('ssot.json', { ...registry, entries: registry.entries.map((entry) => (entry.name === 'UnifiedJSONHandler' ? { ...entry, enforce: 'error' } : entry)) });
    ws.write(file, `${ws.read(file).replace(/\n*$/, '\n')}${added}\n`);
    const line = ws.read(file).split('\n').indexOf(added) + 1;
    const where = `${file}:${line}:${added.indexOf('JSON.parse') + 1}`;

    // One project's check shows the failure; the whole workspace is checked again in the next test.
    await run(`nx run worker:ssot-check fails and names ${where}`, () => {
      const failing = ws.nx('run', `worker:${TARGET}`, '--output-style=static');
      if (failing.status === 0) fail('the check passed despite a new bypass of an "enforce": "error" entry', failing);
      if (!failing.output.includes(`${where}  UnifiedJSONHandler  JSON.parse`)) fail(`the failure does not name ${where}`, failing);
    });
    // Every project records its known bypasses (web has older JSON bypasses that would fail too).
    await run('nx run-many -t ssot-baseline (uncached) records the known bypasses', () => {
      const update = ws.nx('run-many', '-t', 'ssot-baseline', '--output-style=static');
      expectTasks(update, 'ssot-baseline', { executed: projects });
      const baseline = ws.exists('apps/worker/ssot-baseline.txt') ? ws.read('apps/worker/ssot-baseline.txt') : '';
      if (!baseline.split('\n').some((entry) => entry.includes(file) && entry.includes('JSON.parse'))) fail(`apps/worker/ssot-baseline.txt does not list the new JSON.parse:\n${baseline}`, update);
    });
    await run('nx run worker:ssot-check passes with its baseline', () => {
      expectTasks(ws.nx('run', `worker:${TARGET}`, '--output-style=static'), TARGET, { executed: ['worker'] });
    });
    ws.commit('ssot: UnifiedJSONHandler enforced, baselines recorded');
  });

  // Nx 19 has no self-hosted remote cache (the NX_SELF_HOSTED_REMOTE_CACHE_* variables came in Nx
  // 20.8; before, only Nx Cloud or a custom tasks runner). What a remote cache relies on still runs
  // there: a clone on another machine computes byte-identical result files. The decision is printed.
  it('a clone on a second machine gets byte-identical results (replayed from a self-hosted remote cache where Nx has one)', async () => {
    requirePlugin();
    const resultFile = (project: string) => `dist/ssot/projects/${project}.json`;
    let remoteEnv = (_token: string): Record<string, string> => ({});
    if (features.selfHostedRemoteCache) {
      const remote = await run('start the remote cache server on 127.0.0.1 (Nx self-hosted cache API)', () =>
        startRemoteCacheServer({ readWriteToken: READ_WRITE_TOKEN, readOnlyToken: READ_ONLY_TOKEN, maxLifetimeMs: 10 * 60 * 1000 }),
      );
      server = remote;
      remoteEnv = (token) => ({ NX_SELF_HOSTED_REMOTE_CACHE_SERVER: remote.url, NX_SELF_HOSTED_REMOTE_CACHE_ACCESS_TOKEN: token });
    } else {
      note(`not run: the remote cache replay. Nx ${nx} has no self-hosted remote cache (NX_SELF_HOSTED_REMOTE_CACHE_SERVER came in Nx 20.8); run instead: the clone computes every check, byte-identical to the CI agent's`);
    }
    const remote = server;

    // CI agent 1: this checkout, with an empty local cache, so every check runs (and is uploaded).
    const ci = ws.onAgent(createAgent(sandbox, 'ci-agent-1'));
    const uploadDay = new Date().toISOString().slice(0, 10);
    const published = await run(`CI agent (empty local cache${remote ? ', read-write token' : ''}): nx run-many -t ssot-check ${remote ? 'uploads every result' : 'runs every check'}`, async () => {
      const upload = await ci.nxAsync(remoteEnv(READ_WRITE_TOKEN), 'run-many', '-t', TARGET, '--output-style=static');
      expectTasks(upload, TARGET, { executed: projects });
      expectExactly(upload, projects, 'executed');
      if (remote) {
        const stored = remote.requests.filter((request) => request.method === 'PUT' && request.status === 200);
        if (stored.length !== projects.length) fail(`expected ${projects.length} uploads, the server saw: ${describeRequests(remote)}`, upload);
      }
      const changed = ws.changedFiles();
      if (changed.length > 0) fail(`the checks changed tracked files: ${changed.join(', ')}`, upload);
      return new Map(projects.map((project) => [project, readFileSync(ws.path(resultFile(project)))]));
    });

    // A developer: a git clone elsewhere, a fresh HOME and local cache, the same lock file and tarballs.
    const clone = await run('git clone to a second path; npm ci there (same lock file, same tarballs)', () => {
      const copy = ws.cloneTo(join(sandbox, 'clone'), createAgent(sandbox, 'developer-2'));
      if (copy.exists('dist')) fail('the clone already has dist/');
      const install = copy.npm('ci', '--prefer-offline', '--no-audit', '--no-fund');
      if (install.status !== 0) fail('npm ci failed in the clone', install);
      for (const name of PACKAGE_NAMES) {
        if (installedVersion(copy.root, name) !== packed[name].version) fail(`the clone installed ${name} ${installedVersion(copy.root, name)}`, install);
      }
      return copy;
    });
    if (remote) {
      const before = remote.requests.length;
      await run('clone (read-only token): nx run-many -t ssot-check restores every check from the remote cache', async () => {
        const replay = await clone.nxAsync(remoteEnv(READ_ONLY_TOKEN), 'run-many', '-t', TARGET, '--output-style=static');
        if (new Date().toISOString().slice(0, 10) !== uploadDay) {
          note('the UTC day changed since the upload: the date is an input of every check, so misses here are expected; run again');
        }
        expectTasks(replay, TARGET, { cached: projects });
        expectExactly(replay, projects, 'remote cache');
        const requests = remote.requests.slice(before);
        if (requests.some((request) => request.method !== 'GET' || request.status !== 200)) fail(`expected only successful downloads, the server saw: ${describeRequests(remote)}`, replay);
      });
    } else {
      await run('clone (its own empty local cache, no remote cache): nx run-many -t ssot-check runs every check', async () => {
        const own = await clone.nxAsync({}, 'run-many', '-t', TARGET, '--output-style=static');
        expectTasks(own, TARGET, { executed: projects });
        expectExactly(own, projects, 'executed');
      });
    }
    await run(`the clone's result files are byte-identical to the CI agent's${remote ? ' (restored from the remote cache)' : ''}`, () => {
      const different = projects.filter((project) => !clone.exists(resultFile(project)) || !readFileSync(clone.path(resultFile(project))).equals(published.get(project) ?? Buffer.alloc(0)));
      if (different.length > 0) fail(`result files differ between the CI agent and the clone: ${different.map(resultFile).join(', ')}`);
    });
  });

  it('migrate plans its fixes with --dry-run, writing nothing, then applies them; every check still passes', async () => {
    requirePlugin();
    const summary = /ssot migrate: (\d+) applied, (\d+) refused, (\d+) files? changed/;
    const planned = await run('nx g ssot-plugin:migrate --dry-run: a plan, no file written', () => {
      const dryRun = ws.nx('g', 'ssot-plugin:migrate', '--dry-run', '--no-interactive');
      if (dryRun.status !== 0) fail('migrate --dry-run failed', dryRun);
      const counts = summary.exec(dryRun.output) ?? fail('migrate --dry-run printed no plan summary', dryRun);
      const files = Number(counts[3]);
      if (Number(counts[1]) === 0 || files === 0) fail("the example has legacy-path and factory bypasses that migrate fixes; the plan applies none", dryRun);
      const changed = ws.changedFiles();
      if (changed.length > 0) fail(`--dry-run changed ${changed.join(', ')}`, dryRun);
      return files;
    });
    const changed = await run(`nx g ssot-plugin:migrate: changes the files the plan names (${planned})`, () => {
      const apply = ws.nx('g', 'ssot-plugin:migrate', '--no-interactive');
      if (apply.status !== 0) fail('migrate failed', apply);
      const files = ws.changedFiles().map((line) => line.slice(3));
      if (files.length !== planned) fail(`the plan named ${planned} files, migrate changed ${files.length}: ${files.join(', ')}`, apply);
      return files;
    });
    // The longest project root that contains a file owns it; the root project owns the rest.
    const owner = (file: string) =>
      projects.filter((project) => file.startsWith(`${graph.rootOf.get(project)}/`)).sort((a, b) => (graph.rootOf.get(b) ?? '').length - (graph.rootOf.get(a) ?? '').length)[0] ?? rootProject;
    const touched = [...new Set(changed.map(owner))];
    await run(`nx run-many -t ssot-check after migrate: every check passes, ${touched.join(', ')} run again`, () => {
      const after = runMany();
      const statuses = expectTasks(after, TARGET, { executed: touched });
      const missing = projects.filter((project) => !statuses.has(project));
      if (missing.length > 0) fail(`no task for ${missing.join(', ')}`, after);
    });
  });
});

/** The run's tasks of the target are exactly `expected`, all with the same source. */
function expectExactly(run: CommandRun, expected: string[], source: TaskSource): void {
  const sources = readTaskSources(run, TARGET);
  const ok = sources.size === expected.length && expected.every((project) => sources.get(project) === source);
  if (!ok) fail(`expected exactly ${expected.join(', ')} as "${source}", saw ${describeSources(sources)}`, run);
}

function describeRequests(server: RemoteCacheServer): string {
  return server.requests.map((request) => `${request.method} ${request.hash ?? '?'} → ${request.status}`).join(', ') || 'no requests';
}

/** The first TypeScript source of a project (not a spec, not a declaration file), in name order. */
function findSourceFile(ws: InstalledWorkspace, dir: string): string | undefined {
  const entries = readdirSync(ws.path(dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  const file = entries.find((entry) => entry.isFile() && /(?<!\.d|\.spec)\.ts$/.test(entry.name));
  if (file) return `${dir}/${file.name}`;
  for (const entry of entries.filter((candidate) => candidate.isDirectory())) {
    const found = findSourceFile(ws, `${dir}/${entry.name}`);
    if (found) return found;
  }
  return undefined;
}

/** The installed packages are the tarballs and the asked versions, and the plugin uses that devkit. */
function expectInstalled(ws: InstalledWorkspace, nx: string, devkit: string, install: CommandRun): void {
  const problems: string[] = [];
  if (installedVersion(ws.root, 'nx') !== nx) problems.push(`nx is ${installedVersion(ws.root, 'nx')}, not ${nx}`);
  if (installedVersion(ws.root, '@nx/devkit') !== devkit) problems.push(`@nx/devkit is ${installedVersion(ws.root, '@nx/devkit')}, not ${devkit}`);
  // The plugin's `@nx/devkit` range must let npm share the workspace's devkit, not nest another.
  const pluginDevkit = require.resolve('@nx/devkit/package.json', { paths: [ws.path('node_modules/ssot-plugin')] });
  const pluginDevkitManifest = readJsonFile(pluginDevkit);
  if (!isRecord(pluginDevkitManifest) || pluginDevkitManifest.version !== devkit) problems.push(`ssot-plugin resolves ${pluginDevkit}, not @nx/devkit ${devkit}`);
  const lock = ws.read('package-lock.json');
  for (const name of PACKAGE_NAMES) {
    if (lstatSync(ws.path(`node_modules/${name}`)).isSymbolicLink()) problems.push(`node_modules/${name} is a link, not the installed tarball`);
    if (installedVersion(ws.root, name) !== packed[name].version) problems.push(`${name} is ${installedVersion(ws.root, name)}, not ${packed[name].version}`);
    if (!lock.includes(`"resolved": "file:../tarballs/${packed[name].fileName}"`)) problems.push(`package-lock.json does not resolve ${name} to ../tarballs/${packed[name].fileName}`);
  }
  if (problems.length > 0) fail(`the install is not what the test asked for:\n  ${problems.join('\n  ')}`, install);
}

/**
 * The generators Nx can find in the installed plugin: the file its package.json names under
 * `generators`. Empty when the tarball ships none.
 */
function shippedGenerators(ws: InstalledWorkspace, tarballs: PackedPackages): Set<string> {
  const inTarball = tarballs['ssot-plugin'].files.includes('generators.json');
  const manifest = ws.readJson('node_modules/ssot-plugin/package.json', isRecord);
  const declared = typeof manifest.generators === 'string' ? manifest.generators : typeof manifest.schematics === 'string' ? manifest.schematics : undefined;
  if (!inTarball && declared === undefined) return new Set();
  if (declared === undefined) return fail('the packed ssot-plugin has generators.json but its package.json has no "generators" field, so Nx cannot find them');
  const file = join('node_modules/ssot-plugin', declared);
  if (!ws.exists(file)) fail(`ssot-plugin's package.json names ${declared} as its generators, and the tarball does not contain it`);
  const collection = ws.readJson(file, isRecord);
  return new Set(Object.keys(isRecord(collection.generators) ? collection.generators : {}));
}

function registersPlugin(nxJson: Record<string, unknown>): boolean {
  const plugins = Array.isArray(nxJson.plugins) ? nxJson.plugins : [];
  return plugins.some((plugin: unknown) => plugin === 'ssot-plugin' || (isRecord(plugin) && plugin.plugin === 'ssot-plugin'));
}
