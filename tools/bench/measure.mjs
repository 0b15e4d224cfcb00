#!/usr/bin/env node
// One measurement, alone in its own process (run.mjs starts one per row, so no row inherits
// another's heap, JIT or file cache in memory). Prints `BENCH_RESULT <json>` as its last line.
//
//   node tools/bench/measure.mjs <parse|ssot|bigFile|perProject|batch|eslint|load|stages> <workspace>
//                                [--core <dist>] [--module <name>] [--file <path>] [--project <name>]
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { listTsFiles, readProjects } from './lib/workspace-files.mjs';

const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const requireFromRepo = createRequire(join(REPO_ROOT, 'package.json'));

const TASKS = {
  /** (a) the floor: read every file, TypeScript's parser (the one ssot-core loads), a full forEachChild walk. */
  parse({ workspace, file }) {
    const ts = timeLoad(() => requireFromRepo('typescript'));
    const files = file ? [file] : listTsFiles(workspace);
    let nodes = 0;
    const visit = (node) => {
      nodes += 1;
      ts.forEachChild(node, visit);
    };
    for (const file of files) {
      const text = readFileSync(join(workspace, file), 'utf8');
      visit(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS));
    }
    return { files: files.length, check: { nodes } };
  },

  /** (b) ssot-core, cold: registry, projects from project.json, analyze() of the whole workspace. */
  ssot({ workspace, core }) {
    const { analyze, loadRegistry } = timeLoad(() => loadCore(core));
    const registry = loadRegistry(workspace);
    const result = analyze({ workspaceRoot: workspace, registry, projects: readProjects(workspace) });
    const bypasses = result.sites.filter((site) => site.side === 'bypass' && !site.exempt).length;
    const { sites, findings, diagnostics } = result;
    return {
      files: result.files.length,
      check: { sites: sites.length, bypasses, usages: sites.length - bypasses, findings: findings.length, diagnostics: diagnostics.length, digest: digest({ sites, findings, diagnostics }) },
    };
  },

  /** The 2 MB row: analyze() of one project (`--project`), and the size of its result beside its sites. */
  bigFile({ workspace, core, project }) {
    const { analyze, loadRegistry } = timeLoad(() => loadCore(core));
    const registry = loadRegistry(workspace);
    const result = analyze({ workspaceRoot: workspace, registry, projects: readProjects(workspace), only: [project] });
    const resultBytes = Buffer.byteLength(JSON.stringify(result));
    return { files: result.files.length, check: { sites: result.sites.length, findings: result.findings.length, resultBytes, bytesPerSite: round(resultBytes / Math.max(1, result.sites.length)) } };
  },

  /** What 50 single `ssot-check` tasks compute, in one process: a fresh context per project. */
  perProject({ workspace, core }) {
    return checkEveryProject(workspace, core, (ssot, options) => (project) => ssot.checkProject({ ...options, project }));
  },

  /** What the Nx batch process computes: every project through one shared checker. */
  batch({ workspace, core }) {
    return checkEveryProject(workspace, core, (ssot, options) => {
      if (!ssot.createProjectChecker) throw new Error('this build of ssot-core has no createProjectChecker (batch mode)');
      const checker = ssot.createProjectChecker(options);
      return (project) => checker.check(project);
    });
  },

  /** (c) ESLint 9 through its Node API, with the flat config run.mjs wrote into the workspace. */
  async eslint({ workspace }) {
    const { ESLint } = timeLoad(() => requireFromRepo('eslint'));
    const eslint = new ESLint({ cwd: workspace, overrideConfigFile: join(workspace, 'eslint.config.mjs'), cache: false });
    const results = await eslint.lintFiles(['**/*.ts']);
    const byRule = {};
    let fatal = 0;
    for (const result of results) {
      for (const message of result.messages) {
        if (message.fatal) fatal += 1;
        else byRule[message.ruleId] = (byRule[message.ruleId] ?? 0) + 1;
      }
    }
    const problems = Object.values(byRule).reduce((sum, count) => sum + count, 0);
    return { files: results.length, check: { problems, fatal, byRule } };
  },

  /** The cost of loading one module in a fresh process (what each per-project Nx task pays). */
  load({ module, core }) {
    const started = performance.now();
    requireFromRepo(module === 'ssot-core' ? core : module);
    return { files: 0, check: { module, requireMs: round(performance.now() - started) } };
  },

  /** Stage timings of ssot-core's pipeline (see lib/stages.mjs). */
  async stages(options) {
    const { measureStages } = await import('./lib/stages.mjs');
    return measureStages({ ...options, requireFromRepo });
  },
};

function checkEveryProject(workspace, core, makeCheck) {
  const ssot = timeLoad(() => loadCore(core));
  const registry = ssot.loadRegistry(workspace);
  const projects = readProjects(workspace);
  const check = makeCheck(ssot, { workspaceRoot: workspace, registry, projects });
  let files = 0;
  let sites = 0;
  let findings = 0;
  const hash = createHash('sha256');
  for (const project of projects) {
    const result = check(project.name);
    files += result.filesAnalysed;
    sites += result.sites.length;
    findings += result.findings.length;
    if (COMPARING) hash.update(JSON.stringify(result));
  }
  return { files, check: { projects: projects.length, sites, findings, ...(COMPARING && { digest: hash.digest('hex').slice(0, 12) }) } };
}

/**
 * ssot-core from `core`, instrumented: `parsed` counts the files it scans (parses), and the last
 * workspace index it creates is kept, so that the heap it still holds after the run can be measured.
 */
function loadCore(core) {
  const api = requireFromRepo(core);
  const scanModule = requireFromRepo(join(core, 'scan/scan-file.js'));
  const scanFile = scanModule.scanFile;
  scanModule.scanFile = (...args) => {
    instrumented.parsed += 1;
    return scanFile(...args);
  };
  // The workspace index since the engine's stages; the analysis context of builds before them.
  const [path, name] = existsSync(join(core, 'stages/index-workspace.js')) ? ['stages/index-workspace.js', 'indexWorkspace'] : ['analysis-context.js', 'createAnalysisContext'];
  const indexModule = requireFromRepo(join(core, path));
  const create = indexModule[name];
  indexModule[name] = (...args) => (instrumented.context = create(...args));
  instrumented.on = true;
  return api;
}

const instrumented = { on: false, parsed: 0, context: undefined };

/** Heap used after a full GC, while the last workspace index is still referenced. */
function heapAfterRunMb() {
  setFlagsFromString('--expose-gc');
  runInNewContext('gc')();
  const heap = process.memoryUsage().heapUsed;
  return instrumented.context ? round(heap / 1024 / 1024) : undefined;
}

/** compare-cores.mjs sets it: a digest of every result, and the heap after the run (a full GC, after the figures). */
const COMPARING = process.env.SSOT_BENCH_COMPARE === '1';
const digest = (value) => (COMPARING ? createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12) : undefined);

let loadMs = 0;
let cpuAfterLoad = { user: 0, system: 0 };
function timeLoad(load) {
  const started = performance.now();
  const loaded = load();
  loadMs += performance.now() - started;
  cpuAfterLoad = process.cpuUsage();
  return loaded;
}

const round = (value) => Math.round(value * 10) / 10;

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { core: { type: 'string', default: join(REPO_ROOT, 'packages/ssot-core/dist') }, module: { type: 'string' }, file: { type: 'string' }, project: { type: 'string' } },
  });
  const [task, workspace] = positionals;
  if (!TASKS[task]) throw new Error(`unknown task "${task}": one of ${Object.keys(TASKS).join(', ')}`);
  const started = performance.now();
  const result = await TASKS[task]({ workspace: workspace && resolve(workspace), core: resolve(values.core), module: values.module, file: values.file, project: values.project });
  const usage = process.resourceUsage();
  const cpu = process.cpuUsage(cpuAfterLoad);
  const report = {
    task,
    ...result,
    // performance.now() counts from the process's start: Node's own boot is included.
    processMs: round(performance.now()),
    workMs: round(performance.now() - started - loadMs),
    loadMs: round(loadMs),
    cpuMs: round((usage.userCPUTime + usage.systemCPUTime) / 1000),
    // CPU after the modules were loaded (all threads: GC and compiler included); steadier than
    // wall time when other processes compete for the cores.
    workCpuMs: round((cpu.user + cpu.system) / 1000),
    maxRssMb: round(usage.maxRSS / 1024),
    ...(instrumented.on && { parsed: instrumented.parsed }),
    ...(instrumented.on && COMPARING && { heapAfterMb: heapAfterRunMb() }),
  };
  console.log(`BENCH_RESULT ${JSON.stringify(report)}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
