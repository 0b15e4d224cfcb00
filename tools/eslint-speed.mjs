#!/usr/bin/env node
// What eslint-plugin-ssot costs in an ESLint run and in an editor (issue 15, item 4), side by side
// in one run, as ratios (never timed assertions, SPEC §9). Over a workspace (a real one prepared
// with tools/bench/prepare-workspace.mjs, or a generated one of N files):
//   (a) every file linted by the real `eslint` command with only ssot/no-bypass vs the same command
//       with no rules, same parser (typescript-eslint, no project), a fresh process each, the two
//       alternated --rounds times: medians; target <= 1.3. Then through the Node API in one process
//       (how a long-lived process lints: every lint checks its inputs): first run, second run;
//   (b) one file re-linted in that warm process, a new edit each time: median of the whole
//       re-lint and of the rule's own time (ESLint's per-rule timing); target <= 20 ms;
//   (c) the first file in a cold process (the index built for it) vs one cold checkProject() of
//       that file's project, each in a fresh Node process, module loading timed apart.
// Needs `node tools/build.mjs`. Usage:
//   node tools/eslint-speed.mjs [--workspace <dir>] [--files 1000] [--file <relative path for b and c>] [--edits 21] [--rounds 3]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(repo, 'package.json'));
const plugin = (file) => require(join(repo, 'packages/eslint-plugin-ssot/dist', file));
const core = () => require(join(repo, 'packages/ssot-core/dist/index.js'));

const { values: args } = parseArgs({
  options: { workspace: { type: 'string' }, files: { type: 'string', default: '1000' }, file: { type: 'string' }, edits: { type: 'string', default: '21' }, rounds: { type: 'string', default: '3' }, child: { type: 'string' } },
});

const round_ = (ms) => `${ms.toFixed(0)} ms`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The ESLint flat config of each run: the same parser, with no rules or with only ssot/no-bypass. */
function configs() {
  const tsParser = require('@typescript-eslint/parser');
  const base = [{ files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'], languageOptions: { parser: tsParser } }];
  return { base, withRule: [...base, { plugins: { ssot: plugin('index.js') }, rules: { 'ssot/no-bypass': 'error' } }] };
}

/** The files `ssot-check` would read: TypeScript sources as Nx sees them (ignore files respected). */
function sourceFiles(root) {
  return core()
    .createFileSystemHost(root)
    .listFiles()
    .filter((file) => /\.(ts|tsx|mts|cts)$/.test(file) && !file.endsWith('.d.ts'));
}

// (c), in a fresh process: print the JSON of what was timed, and nothing else.
if (args.child) {
  const root = args.workspace;
  const file = args.file;
  const loadStarted = performance.now();
  if (args.child === 'eslint' || args.child === 'eslint-no-rules') {
    const { ESLint } = require('eslint');
    const { base, withRule } = configs();
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: args.child === 'eslint' ? withRule : base });
    const loaded = performance.now() - loadStarted;
    const started = performance.now();
    const [result] = await eslint.lintFiles([join(root, file)]);
    console.log(JSON.stringify({ load: loaded, ms: performance.now() - started, messages: result.messages.length }));
  } else {
    const { checkProject, createFileSystemHost, inferProjects, loadRegistry } = core();
    const loaded = performance.now() - loadStarted;
    const started = performance.now();
    const projects = inferProjects(root, createFileSystemHost(root).listFiles());
    const owner = [...projects].filter((p) => p.root === '.' || file.startsWith(`${p.root}/`)).sort((a, b) => b.root.length - a.root.length)[0];
    const result = checkProject({ workspaceRoot: root, registry: loadRegistry(root), projects, project: owner.name });
    console.log(JSON.stringify({ load: loaded, ms: performance.now() - started, project: owner.name, sites: result.sites.length }));
  }
  process.exit(0);
}

/**
 * (a) with the real `eslint` command: a flat config file each way (the same parser; no rules, or
 * only ssot/no-bypass from this checkout's build), every file named on the command line. Returns
 * a function that runs one of them in a fresh process: wall time and what it reported.
 */
function createCliRunner(root, files) {
  const dir = mkdtempSync(join(tmpdir(), 'ssot-eslint-cli-'));
  const parser = require.resolve('@typescript-eslint/parser');
  const write = (name, withRule) => {
    const file = join(dir, name);
    writeFileSync(file, [
      "import { createRequire } from 'node:module';",
      'const require = createRequire(import.meta.url);',
      `const base = { files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'], languageOptions: { parser: require(${JSON.stringify(parser)}) } };`,
      withRule
        ? `export default [base, { plugins: { ssot: require(${JSON.stringify(join(repo, 'packages/eslint-plugin-ssot/dist/index.js'))}) }, rules: { 'ssot/no-bypass': 'error' } }];`
        : 'export default [base];',
      '',
    ].join('\n'));
    return file;
  };
  const configs = { none: write('none.config.mjs', false), rule: write('rule.config.mjs', true) };
  const bin = join(dirname(require.resolve('eslint/package.json')), 'bin/eslint.js');
  return {
    run(kind) {
      const started = performance.now();
      const done = spawnSync(process.execPath, [bin, '--config', configs[kind], '--format', 'json', '--no-warn-ignored', ...files], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
      const ms = performance.now() - started;
      if (done.status !== 0 && done.status !== 1) throw new Error(`eslint (${kind}) exited with ${done.status}: ${done.stderr.slice(0, 2000)}`);
      const results = JSON.parse(done.stdout);
      return { ms, messages: results.reduce((sum, r) => sum + r.messages.filter((m) => m.ruleId === 'ssot/no-bypass').length, 0) };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

function generateWorkspace(fileCount) {
  const perProject = 25;
  const root = mkdtempSync(join(tmpdir(), 'ssot-eslint-speed-'));
  const write = (file, text) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  write('nx.json', '{}\n');
  write('package.json', JSON.stringify({ name: 'speed', private: true }));
  write('tsconfig.base.json', JSON.stringify({ compilerOptions: { paths: { '@speed/core': ['libs/core/src/index.ts'] } } }));
  write('ssot.json', JSON.stringify({ entries: [{ name: 'Logger', source: 'libs/core/src/logger.ts', bypasses: [{ global: 'console' }] }, { name: 'Json', source: 'libs/core/src/json.ts', bypasses: [{ global: 'JSON.parse' }] }] }));
  write('libs/core/project.json', JSON.stringify({ name: 'core' }));
  write('libs/core/src/index.ts', "export * from './logger';\nexport * from './json';\n");
  write('libs/core/src/logger.ts', 'export class Logger {\n  info(message: string): void {\n    void message;\n  }\n}\n');
  write('libs/core/src/json.ts', 'export class Json {\n  static parse(text: string): unknown {\n    return text;\n  }\n}\n');
  for (let i = 0; i < fileCount; i++) {
    const project = `p${Math.floor(i / perProject)}`;
    if (i % perProject === 0) write(`apps/${project}/project.json`, JSON.stringify({ name: project }));
    const body = i % 3 === 0 ? "console.log('x');\n" : i % 3 === 1 ? "import { Logger } from '@speed/core';\nnew Logger().info('x');\n" : "export const y = JSON.parse('{}');\n";
    write(`apps/${project}/src/f${i}.ts`, `export function f${i}(a: number): number {\n  return a * ${i};\n}\n${body}`);
  }
  return root;
}

const generated = args.workspace === undefined;
const root = generated ? generateWorkspace(Number(args.files)) : args.workspace;
try {
  const { ESLint } = require('eslint');
  const { countSessionBuilds } = plugin('workspace/workspace-session.js');
  const { getScanPaths } = plugin('workspace/scan-linted-file.js');
  const { base, withRule } = configs();
  const files = sourceFiles(root);
  const target = args.file ?? files.find((file) => file.startsWith('apps/') || file.startsWith('modules/')) ?? files[0];
  const lintAll = async (config, list = files) => {
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config });
    const started = performance.now();
    const results = await eslint.lintFiles(list.map((file) => join(root, file)));
    return { ms: performance.now() - started, messages: results.reduce((sum, r) => sum + r.messages.filter((m) => m.ruleId === 'ssot/no-bypass').length, 0), fatal: results.filter((r) => r.messages.some((m) => m.fatal)).length };
  };

  const load = loadavg().map((n) => n.toFixed(2)).join(' ');
  // (c) first: cold processes, before this one loads the machine further.
  const child = (kind) => JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', kind, '--workspace', root, '--file', target], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n').pop());
  const coldNoRules = child('eslint-no-rules');
  const coldEslint = child('eslint');
  const coldCheck = child('analyze');

  // Each phase is minutes on a few thousand files: say where the run is (on stderr, apart from the figures).
  const phase = (text) => console.error(`eslint-speed: ${text} (${new Date().toISOString().slice(11, 19)}, load ${loadavg()[0].toFixed(2)})`);
  phase(`${files.length} files; (c) done, now (a) with the eslint command, ${args.rounds} rounds`);
  const cli = createCliRunner(root, files);
  const cliTimes = { none: [], rule: [] };
  let cliMessages = 0;
  try {
    for (let round = 0; round < Number(args.rounds); round++) {
      // Alternated, so that a change in the machine's load falls on both.
      for (const kind of round % 2 === 0 ? ['none', 'rule'] : ['rule', 'none']) {
        const run = cli.run(kind);
        cliTimes[kind].push(run.ms);
        if (kind === 'rule') cliMessages = run.messages;
        phase(`(a) eslint command, ${kind === 'none' ? 'no rules' : 'ssot/no-bypass'}: ${round_(run.ms)}`);
      }
    }
  } finally {
    cli.remove();
  }
  await lintAll(base, files.slice(0, 200)); // warm-up: module loading and JIT are not what the API rows measure
  const none = await lintAll(base);
  phase(`(a) Node API, no rules ${round_(none.ms)}`);
  const first = await lintAll(withRule);
  phase(`(a) Node API, ssot/no-bypass, 1st run ${round_(first.ms)}`);
  const second = await lintAll(withRule);
  phase(`(a) Node API, ssot/no-bypass, 2nd run ${round_(second.ms)}; now (b)`);
  const builds = countSessionBuilds();

  const text = readFileSync(join(root, target), 'utf8');
  // The same edits with no rules: ESLint's own parse of a large file alone can exceed the target.
  // ESLint's stats time each rule apart: the rule's own share of each re-lint.
  const relint = async (config) => {
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config, stats: true });
    const times = [];
    const own = [];
    for (let i = 0; i < Number(args.edits); i++) {
      const started = performance.now();
      const [result] = await eslint.lintText(`${text}\nconsole.log('edit ${i}');\n`, { filePath: join(root, target) });
      times.push(performance.now() - started);
      own.push((result.stats?.times?.passes ?? []).reduce((sum, pass) => sum + (pass.rules?.['ssot/no-bypass']?.total ?? 0), 0));
    }
    return { times, own };
  };
  const { times, own } = await relint(withRule);
  const { times: timesNoRules } = await relint(base);
  const paths = getScanPaths();
  const verdict = (met) => (met ? 'met' : 'MISSED');
  const cliNone = median(cliTimes.none);
  const cliRule = median(cliTimes.rule);
  const list = (values) => values.map((ms) => (ms / 1000).toFixed(1)).join(', ');

  console.log(`eslint-speed: ${generated ? `generated workspace, ${files.length} files` : root} (${files.length} TypeScript files), node ${process.version}, load average ${load} at start, ${loadavg()[0].toFixed(2)} at end`);
  console.log(`(a) the eslint command, every file, median of ${cliTimes.none.length} alternated runs each:`);
  console.log(`    no rules:                          ${round_(cliNone)}  (runs: ${list(cliTimes.none)} s)`);
  console.log(`    only ssot/no-bypass:               ${round_(cliRule)}  ratio ${(cliRule / cliNone).toFixed(2)}  ${verdict(cliRule / cliNone <= 1.3)} (target <= 1.3; ${cliMessages} messages; runs: ${list(cliTimes.rule)} s)`);
  console.log(`    through the Node API in one process, every lint checking its inputs as an editor server does:`);
  console.log(`    no rules ${round_(none.ms)} (${none.fatal} files ESLint could not parse); only ssot/no-bypass, 1st run ${round_(first.ms)} (ratio ${(first.ms / none.ms).toFixed(2)}, builds the index, ${first.messages} messages), 2nd run ${round_(second.ms)} (ratio ${(second.ms / none.ms).toFixed(2)}, index reused)`);
  console.log(`    workspace indexes built:           ${builds}; scans that walked typescript-eslint's SourceFile ${paths.reused}, parsed again ${paths.parsed}`);
  console.log(`(b) ${target} (${text.split('\n').length} lines) re-linted warm, ${times.length} edits: the rule's own time (ESLint's stats) median ${median(own).toFixed(1)} ms (max ${Math.max(...own).toFixed(1)})  ${verdict(median(own) <= 20)} (target <= 20 ms); the whole re-lint median ${median(times).toFixed(1)} ms (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}), with no rules ${median(timesNoRules).toFixed(1)} ms`);
  const added = coldEslint.ms - coldNoRules.ms;
  console.log(`(c) first file, cold ESLint process:  ${round_(coldEslint.ms)} with ssot/no-bypass, ${round_(coldNoRules.ms)} with no rules: the rule adds ${round_(added)} (+ ${round_(coldEslint.load)} loading eslint, the parser and the plugin)`);
  console.log(`    cold checkProject(${coldCheck.project}):  ${round_(coldCheck.ms)} (+ ${round_(coldCheck.load)} loading ssot-core); the rule's cold share / checkProject ${(added / coldCheck.ms).toFixed(2)} ${verdict(added <= coldCheck.ms)}, whole first lint / checkProject ${(coldEslint.ms / coldCheck.ms).toFixed(2)} (target <= 1)`);
} finally {
  if (generated) rmSync(root, { recursive: true, force: true });
}
