#!/usr/bin/env node
// `npm run bench`: ssot-core against TypeScript's parser (the floor), ESLint and Nx, on one
// generated workspace. Each measurement runs alone in its own child process. Prints a table and
// writes dist/bench/bench-<files>.json. See tools/bench/README.md.
//
//   npm run bench -- [--files 5000] [--projects 50] [--seed 1] [--repeat 3] [--scaling]
//                    [--profile] [--skip-eslint] [--skip-nx] [--core <dist>] [--node-modules <dir>] [--keep]
//                    [--workspace <dir> [--leaf <file>]] [--skip-oxlint] [--skip-big-file] [--skip-single]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateWorkspace } from './generate-workspace.mjs';
import { changedFiles } from './lib/changed-files.mjs';
import { repeatTimed, runChild, runRepeated } from './lib/children.mjs';
import { BIG_FILE, generateBigFileWorkspace } from './lib/big-file.mjs';
import { writeEslintConfig } from './lib/eslint-config.mjs';
import { measureEslintRunMany, measureOxlint } from './lib/lint-rows.mjs';
import { writeProjectsFromNx } from './lib/nx-graph.mjs';
import { measureNx, nxBin, prepareNxWorkspace } from './lib/nx-runs.mjs';
import { comparableEslintProblems, writeOxlintConfig } from './lib/oxlint-config.mjs';
import { profileAnalysis } from './lib/profile-analysis.mjs';
import { buildRows, computeRatios, printReport, printScaling, round } from './lib/report.mjs';
import { evaluateTargets } from './lib/targets.mjs';
import { listTsFiles, readProjectGraph } from './lib/workspace-files.mjs';

const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const SCALING_SIZES = [1000, 5000, 20000];

function readOptions() {
  const { values } = parseArgs({
    options: {
      files: { type: 'string', default: '5000' },
      projects: { type: 'string', default: '50' },
      seed: { type: 'string', default: '1' },
      repeat: { type: 'string', default: '3' },
      scaling: { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      'skip-eslint': { type: 'boolean', default: false },
      'skip-nx': { type: 'boolean', default: false },
      core: { type: 'string', default: join(REPO_ROOT, 'packages/ssot-core/dist') },
      'node-modules': { type: 'string' },
      'skip-oxlint': { type: 'boolean', default: false },
      'skip-big-file': { type: 'boolean', default: false },
      'skip-single': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      workspace: { type: 'string' },
      leaf: { type: 'string' },
    },
  });
  return { ...values, files: Number(values.files), projects: Number(values.projects), seed: Number(values.seed), repeat: Number(values.repeat), core: resolve(values.core), nodeModules: resolve(values['node-modules'] ?? defaultNodeModules(values.workspace)), workspace: values.workspace && resolve(values.workspace) };
}

/** A prepared real workspace (prepare-workspace.mjs) brings its own Nx and ssot; else the repository's. */
function defaultNodeModules(workspace) {
  const own = workspace && join(resolve(workspace), 'node_modules');
  return own && existsSync(join(own, 'nx')) ? own : join(REPO_ROOT, 'node_modules');
}

function main() {
  const options = readOptions();
  const sandbox = mkdtempSync(join(tmpdir(), 'ssot-bench-'));
  const step = (label) => console.log(`bench: ${label} (load average ${loadavg()[0].toFixed(2)})`);
  try {
    const workspace = options.workspace ? copyWorkspace(options.workspace, sandbox, step) : (step(`generating ${options.files} files in ${options.projects} projects`), generateWorkspace({ out: join(sandbox, `ws-${options.files}`), files: options.files, projects: options.projects, seed: options.seed }));
    prepareNxWorkspace(workspace.out, options.nodeModules);
    step('projects from the Nx project graph');
    const graph = projectsFromNx(workspace.out);
    Object.assign(workspace, { projects: graph.length }, changedFiles(workspace.out, graph, { leaf: options.leaf ?? workspace.leafFile }));
    const blocks = writeEslintConfig(workspace.out, options.core);
    const oxlintConfig = writeOxlintConfig(workspace.out, blocks);
    const measure = (task, extra = {}) => runRepeated(task, workspace.out, { core: options.core, ...extra }, options.repeat);
    step('(a) parse floor');
    const a = measure('parse');
    step('(b) ssot-core');
    const b = measure('ssot');
    step('(b) per project');
    const bProjects = measure('perProject');
    step('(b) batch: one checker for every project');
    const bBatch = measure('batch');
    const skipEslint = { ok: false, why: 'skipped (--skip-eslint)' };
    step('(c) ESLint');
    const c = options['skip-eslint'] ? skipEslint : measure('eslint');
    step('(c) ESLint through nx run-many');
    const cNx = options['skip-eslint'] || options['skip-nx'] ? { ok: false, why: `skipped (--skip-${options['skip-eslint'] ? 'eslint' : 'nx'})` } : repeatTimed(() => measureEslintRunMany(workspace.out, graph), options.repeat);
    const tsFiles = listTsFiles(workspace.out);
    const skipOxlint = { ok: false, why: 'skipped (--skip-oxlint)' };
    step('(e) oxlint, one thread');
    const oxlint1 = options['skip-oxlint'] ? skipOxlint : repeatTimed(() => measureOxlint(workspace.out, tsFiles, { threads: 1 }), options.repeat);
    step('(e) oxlint, default threads');
    const oxlint = options['skip-oxlint'] ? skipOxlint : repeatTimed(() => measureOxlint(workspace.out, tsFiles), options.repeat);
    // What ESLint reports on the rules oxlint can run: the count to put beside oxlint's.
    for (const run of [oxlint1, oxlint]) if (run.ok && c.ok) run.comparable = comparableEslintProblems(c.check.byRule);
    const big = options['skip-big-file'] ? {} : measureBigFile(sandbox, options, step);
    step('(d) Nx');
    const nx = options['skip-nx'] ? { unavailable: 'skipped (--skip-nx)' } : measureNx(workspace.out, { leafFile: workspace.leafFile, hubFile: workspace.hubFile, projects: workspace.projects, repeat: options.repeat, single: !options['skip-single'] });
    step('module load times');
    const loads = Object.fromEntries(['typescript', 'ts-morph', 'ssot-core'].map((module) => [module, runChild('load', undefined, { core: options.core, module })]));
    const rows = buildRows({ a, b, bProjects, bBatch, c, cNx, oxlint1, oxlint, bigParse: big.parse, bigSsot: big.ssot, nx, loads });
    const ratios = computeRatios(rows);
    const scaling = options.scaling ? measureScaling(options, sandbox, step, { files: options.files, a, b }) : undefined;
    const profile = options.profile ? (step('profile and stages of (b)'), profileAnalysis(workspace.out, options.core, join(REPO_ROOT, 'dist/bench/profiles'), { nx: !nx.unavailable })) : undefined;
    const targets = evaluateTargets(rows, { nx, scaling });
    printReport({ rows, ratios, targets });
    if (nx.notes?.length) console.log(`nx notes: ${nx.notes.join('; ')}`);
    if (oxlintConfig.leftOut.length > 0) console.log(`oxlint has no ${oxlintConfig.leftOut.join(', ')}: ESLint's problems from it are left out of the count beside oxlint's`);
    if (scaling) printScaling(scaling);
    if (profile) console.log(`\nprofile: ${profile.summaryFile ?? profile.why}`);
    const report = {
      date: new Date().toISOString().slice(0, 10),
      machine: describeMachine(),
      workspace: { ...(workspace.source && { source: workspace.source }), files: workspace.files, projects: workspace.projects, seed: workspace.seed, megabytes: round(workspace.bytes / 1e6, 2), leafFile: workspace.leafFile, hub: workspace.hub, hubFile: workspace.hubFile },
      options: { repeat: options.repeat, core: relativeToRepo(options.core), ...describeSources() },
      rows: rows.map(roundRow),
      ratios,
      targets,
      nx: nx.unavailable ? { unavailable: nx.unavailable } : { tasks: nx.tasks, notes: nx.notes },
      checks: { b: b.check, c: c.check, cNx: cNx.check, oxlint1: oxlint1.check, oxlint: oxlint.check, big: big.ssot?.check },
      scaling,
      profile,
    };
    const out = join(REPO_ROOT, 'dist/bench', options.workspace ? `bench-${basename(options.workspace)}.json` : `bench-${options.files}.json`);
    mkdirSync(join(REPO_ROOT, 'dist/bench'), { recursive: true });
    writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nwrote ${relativeToRepo(out)}${options.keep ? `; workspace kept at ${workspace.out}` : ''}`);
  } finally {
    if (!options.keep) rmSync(sandbox, { recursive: true, force: true });
  }
}

/**
 * `--workspace`: an existing workspace (examples/platform, a prepared real one, or yours) copied
 * into the sandbox without node_modules, .nx, dist and .git, so that Nx and the caches start cold.
 */
function copyWorkspace(source, sandbox, step) {
  step(`copying ${relativeToRepo(source)}`);
  const out = join(sandbox, basename(source));
  cpSync(source, out, { recursive: true, filter: (path) => !/[\\/](node_modules|\.nx|dist|\.git|\.bench|\.ssot-tarballs)$/.test(path) });
  const files = listTsFiles(out);
  const bytes = files.reduce((sum, file) => sum + statSync(join(out, file)).size, 0);
  return { out, source: relativeToRepo(source), files: files.length, bytes, seed: undefined };
}

/** Projects from the workspace's own Nx (lib/nx-graph.mjs); project.json files when Nx cannot say. */
function projectsFromNx(workspace) {
  try {
    return writeProjectsFromNx(workspace, nxBin(workspace));
  } catch (error) {
    console.log(`bench: ${error.message}; reading apps|libs/*/project.json instead`);
    return readProjectGraph(workspace);
  }
}

/** (f) one generated ~2 MB file in a workspace of its own: its parse floor, then its analysis. */
function measureBigFile(sandbox, options, step) {
  step('(f) the 2 MB file');
  const ws = generateBigFileWorkspace({ out: join(sandbox, 'big'), scratch: join(sandbox, 'big-source'), seed: options.seed });
  const parse = runRepeated('parse', ws.out, { file: BIG_FILE }, options.repeat);
  const ssot = runRepeated('bigFile', ws.out, { core: options.core, project: 'big' }, options.repeat);
  rmSync(ws.out, { recursive: true, force: true });
  return { parse, ssot, bytes: ws.bytes };
}

/** (a) and (b) at 1k, 5k, 20k files (projects scale with files: 100 files each); time per file. */
function measureScaling(options, sandbox, step, known) {
  const points = [];
  for (const files of SCALING_SIZES) {
    let a = known.a;
    let b = known.b;
    if (files !== known.files || options.projects !== files / 100) {
      step(`scaling: ${files} files`);
      const ws = generateWorkspace({ out: join(sandbox, `scale-${files}`), files, projects: Math.max(4, files / 100), seed: options.seed });
      a = runRepeated('parse', ws.out, {}, options.repeat);
      b = runRepeated('ssot', ws.out, { core: options.core }, options.repeat);
      rmSync(ws.out, { recursive: true, force: true });
    }
    if (!a.ok || !b.ok) return { unavailable: a.why ?? b.why };
    points.push({
      files,
      aWallPerFile: perFile(a.wallMs, files),
      aWorkPerFile: perFile(a.workMs, files),
      aWorkCpuPerFile: perFile(a.workCpuMs, files),
      bWallPerFile: perFile(b.wallMs, files),
      bWorkPerFile: perFile(b.workMs, files),
      bWorkCpuPerFile: perFile(b.workCpuMs, files),
      bRss: Math.round(b.maxRssMb),
    });
  }
  const spread = (key) => {
    const values = points.map((p) => p[key]);
    return round(Math.max(...values.map((v) => Math.abs(v / values[0] - 1))), 3);
  };
  // The marginal cost of a file between two sizes leaves out what every run pays once (warm-up).
  const marginal = (key) => points.slice(1).map((p, i) => round((p[key] * p.files - points[i][key] * points[i].files) / (p.files - points[i].files), 3));
  const marginalB = marginal('bWorkPerFile');
  const marginalBCpu = marginal('bWorkCpuPerFile');
  return {
    points,
    spreadA: spread('aWorkPerFile'),
    spreadB: spread('bWorkPerFile'),
    spreadBCpu: spread('bWorkCpuPerFile'),
    marginalB,
    marginalBCpu,
    // The target's test: the marginal CPU per file of the larger step against the smaller one.
    marginalBCpuChange: round(marginalBCpu.at(-1) / marginalBCpu[0] - 1, 3),
  };
}

/** Which engine was measured: the checkout's commit, and whether ssot-core's sources differ from it. */
function describeSources() {
  const git = (...args) => spawnSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).stdout?.trim();
  return { commit: git('rev-parse', '--short', 'HEAD'), coreSourcesChanged: Boolean(git('status', '--porcelain', '--', 'packages/ssot-core/src')) };
}

function describeMachine() {
  return { nproc: cpus().length, cpu: cpus()[0]?.model, memoryGb: round(totalmem() / 2 ** 30, 1), freeGb: round(freemem() / 2 ** 30, 1), node: process.version, platform: `${process.platform} ${process.arch}`, loadAverage1m: round(loadavg()[0], 2) };
}

const perFile = (ms, files) => round(ms / files, 3);
const relativeToRepo = (path) => (path.startsWith(REPO_ROOT) ? path.slice(REPO_ROOT.length + 1) : path);
const roundRow = (r) => Object.fromEntries(Object.entries(r).map(([key, value]) => [key, typeof value === 'number' ? round(value, 1) : value]));

try {
  main();
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
}
