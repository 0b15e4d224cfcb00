// The linters beside ssot: oxlint on the same files with the same restricted-* rules (single
// thread and its default threads), and ESLint as `nx run-many -t lint` runs it, one process per
// project. Both are timed from outside (lib/timed-command.mjs): oxlint's threads and Nx's task
// processes cannot report their own resource usage.
import { readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLINT_CONFIG_FILE } from './eslint-config.mjs';
import { nxBin } from './nx-runs.mjs';
import { OXLINT_CONFIG_FILE } from './oxlint-config.mjs';
import { runTimed } from './timed-command.mjs';

const require = createRequire(import.meta.url);
const LINT_TARGET = 'bench-eslint';
const LINT_OUT = '.bench/eslint-out';

/** oxlint over exactly the files the other rows read; `threads` undefined: oxlint's default. */
export function measureOxlint(workspace, files, { threads } = {}) {
  const bin = join(require.resolve('oxlint/package.json'), '../bin/oxlint');
  const args = [bin, '-c', OXLINT_CONFIG_FILE, '--format=json', ...(threads ? [`--threads=${threads}`] : []), ...files];
  const run = runTimed(process.execPath, args, { cwd: workspace });
  // oxlint exits 1 when it reports errors: the count, not the status, says whether it ran.
  const report = parseJson(run.stdout);
  if (!report) return { ok: false, why: `oxlint printed no JSON report (exit ${run.status}): ${run.output.trim().split('\n').slice(-3).join(' | ').slice(0, 300)}` };
  const byRule = {};
  for (const diagnostic of report.diagnostics ?? []) {
    const rule = String(diagnostic.code ?? 'unknown').replace(/^eslint\((.*)\)$/, '$1');
    byRule[rule] = (byRule[rule] ?? 0) + 1;
  }
  const problems = Object.values(byRule).reduce((sum, count) => sum + count, 0);
  return { ok: true, ...run, files: report.number_of_files ?? files.length, check: { problems, byRule, threads: threads ?? 'default' } };
}

/**
 * ESLint as Nx runs a lint target: a `bench-eslint` target on every project (an inference plugin
 * written for the run, `nx:run-commands` with the ESLint CLI on the project's own files and the
 * bench's flat config), then `nx run-many -t bench-eslint`, graph and all, without the cache.
 * nx.json is restored afterwards, so the ssot rows never see the plugin.
 */
export function measureEslintRunMany(workspace, projects) {
  const eslintBin = join(require.resolve('eslint/package.json'), '../bin/eslint.js');
  const commands = lintCommands(projects, { node: process.execPath, eslintBin, config: ESLINT_CONFIG_FILE, outDir: LINT_OUT });
  mkdirSync(join(workspace, '.bench'), { recursive: true });
  rmSync(join(workspace, LINT_OUT), { recursive: true, force: true });
  mkdirSync(join(workspace, LINT_OUT), { recursive: true });
  writeFileSync(join(workspace, '.bench/lint-targets.json'), `${JSON.stringify(commands, null, 2)}\n`);
  writeFileSync(join(workspace, '.bench/lint-plugin.js'), PLUGIN_SOURCE);
  const nxJsonPath = join(workspace, 'nx.json');
  const nxJsonText = readFileSync(nxJsonPath, 'utf8');
  const nxJson = JSON.parse(nxJsonText);
  writeFileSync(nxJsonPath, JSON.stringify({ ...nxJson, plugins: [...(nxJson.plugins ?? []), './.bench/lint-plugin.js'] }, null, 2));
  const cacheDir = mkdtempSync(join(tmpdir(), 'ssot-bench-lint-cache-'));
  try {
    rmSync(join(workspace, '.nx'), { recursive: true, force: true });
    const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', NX_CACHE_DIRECTORY: cacheDir, FORCE_COLOR: '0', NO_COLOR: '1' };
    const run = runTimed(process.execPath, [nxBin(workspace), 'run-many', '-t', LINT_TARGET, '--skip-nx-cache', '--output-style=static'], { cwd: workspace, env });
    const ran = new Set([...run.output.matchAll(new RegExp(`nx run (\\S+):${LINT_TARGET}`, 'g'))].map((match) => match[1]));
    if (run.status !== 0 || ran.size === 0) return { ok: false, why: `nx run-many -t ${LINT_TARGET} failed (exit ${run.status}): ${run.output.trim().split('\n').slice(-4).join(' | ').slice(0, 300)}` };
    // `|| true` keeps Nx going on problems, and would hide a crash too: a crashed task writes no report.
    const reports = readdirSync(join(workspace, LINT_OUT));
    if (reports.length < ran.size) return { ok: false, why: `${ran.size - reports.length} of ${ran.size} ESLint tasks wrote no report (ESLint failed): ${run.output.split('\n').find((line) => /error/i.test(line))?.trim().slice(0, 300) ?? ''}` };
    let problems = 0;
    let files = 0;
    for (const file of reports) {
      const results = parseJson(readFileSync(join(workspace, LINT_OUT, file), 'utf8')) ?? [];
      files += results.length;
      for (const result of results) problems += result.messages.filter((message) => !message.fatal).length;
    }
    return { ok: true, ...run, files, check: { problems, tasks: ran.size } };
  } finally {
    writeFileSync(nxJsonPath, nxJsonText);
    rmSync(join(workspace, '.nx'), { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

/**
 * Project root → the shell command of its lint task: the ESLint CLI on `<root>/**\/*.ts`, leaving
 * out the folders of projects nested inside it (they lint their own), as `eslint .` per project does.
 * `|| true`: problems exit 1, which would stop Nx counting the task as done; the JSON output counts them.
 */
export function lintCommands(projects, { node, eslintBin, config, outDir }) {
  const commands = {};
  for (const project of projects) {
    const prefix = project.root === '.' ? '' : `${project.root}/`;
    const nested = projects.filter((other) => other !== project && (prefix === '' ? other.root !== '.' : other.root.startsWith(prefix)));
    const ignores = nested.map((other) => `--ignore-pattern '${other.root}/**'`);
    const out = `${outDir}/${project.name.replace(/[^\w.-]/g, '_')}.json`;
    commands[project.root] = [`'${node}'`, `'${eslintBin}'`, '--config', config, '--no-warn-ignored', '--no-error-on-unmatched-pattern', ...ignores, '-f', 'json', '-o', out, `'${prefix}**/*.ts'`, '|| true'].join(' ');
  }
  return commands;
}

// An inference plugin (createNodesV2, also exported as createNodes for the Nx versions that read
// that name with the same signature) adding the lint target to the projects the bench knows.
const PLUGIN_SOURCE = `// Written by tools/bench for the ESLint-through-Nx row; removed from nx.json after it.
const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const commands = JSON.parse(readFileSync(join(__dirname, 'lint-targets.json'), 'utf8'));
const nodesFor = (file) => {
  const root = dirname(file);
  const command = commands[root];
  if (command === undefined) return {};
  return { projects: { [root]: { targets: { '${LINT_TARGET}': { executor: 'nx:run-commands', options: { command, cwd: '{workspaceRoot}' }, cache: false } } } } };
};
const createNodesV2 = ['**/{project,package}.json', (files) => (Array.isArray(files) ? files.map((file) => [file, nodesFor(file)]) : nodesFor(files))];
module.exports = { name: 'ssot-bench-lint', createNodesV2, createNodes: createNodesV2 };
`;

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
