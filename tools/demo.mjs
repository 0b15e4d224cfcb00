#!/usr/bin/env node
// `npm run demo`: build the packages, then run the workspace report of the bundled example
// workspace (examples/platform) with the real Nx CLI: Nx runs the cached `ssot-check` of every
// project first, and the report merges their results. Says where the results and reports are.
// Extra arguments go to Nx, e.g. `npm run demo -- --skip-nx-cache` to recompute after changing
// ssot-core (a linked checkout keeps its version number, so Nx's cache cannot tell).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const example = join(repoRoot, 'examples/platform');
const nxPackage = join(repoRoot, 'node_modules/nx/package.json');

function run(label, command, args, options = {}) {
  const started = Date.now();
  console.log(`\n=== ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`=== ${label} failed (exit ${result.status ?? result.signal}) after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`=== ${label} done in ${seconds}s`);
}

if (!existsSync(nxPackage)) {
  console.error('node_modules/nx is missing: run `npm ci` first.');
  process.exit(1);
}
const nxBin = join(dirname(nxPackage), JSON.parse(readFileSync(nxPackage, 'utf8')).bin.nx);

// Show what each check prints (Nx hides successful tasks' output by default).
const outputStyle = process.argv.some((arg) => arg.startsWith('--output-style')) ? [] : ['--output-style=static'];

run('build the packages', process.execPath, [join(repoRoot, 'tools/build.mjs')], { cwd: repoRoot });
run(
  'nx run platform-example:ssot-report (examples/platform: every ssot-check, then the report)',
  process.execPath,
  [nxBin, 'run', 'platform-example:ssot-report', ...outputStyle, ...process.argv.slice(2)],
  { cwd: example, env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' } },
);

const resultsDir = join(example, 'dist/ssot/projects');
const results = existsSync(resultsDir) ? listJson(resultsDir) : [];
console.log(`\nPer-project results (${results.length}), one JSON file per project, cached by Nx:`);
for (const file of results) console.log(`  ${relative(repoRoot, file)}`);
console.log('\nWorkspace report:');
for (const name of ['report.md', 'report.json', 'report.sarif', 'report.html']) {
  const file = join(example, 'dist/ssot', name);
  if (existsSync(file)) console.log(`  ${relative(repoRoot, file)}`);
}
console.log(
  '\nRun it again to see every check replayed from the cache; edit a file under examples/platform' +
    '\nand only the checks whose inputs changed run again (`nx show project web` lists the inputs).',
);

function listJson(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      // Scoped project names (@scope/name) get a folder, like node_modules.
      return statSync(path).isDirectory() ? listJson(path) : name.endsWith('.json') ? [path] : [];
    });
}
