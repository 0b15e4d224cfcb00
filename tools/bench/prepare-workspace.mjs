#!/usr/bin/env node
// Makes a clone of a real Nx workspace benchable: its own Nx version installed (with a minimal
// root package.json: the workspaces' full dependency sets are huge and the bench needs none of
// them), ssot installed from tarballs packed from this repository, and a registry (ssot.json).
//
//   node tools/bench/prepare-workspace.mjs <git-dir-or-folder> --out <dir> [--registry <file>] [--no-build]
//
// The registry is `--registry`, else tools/bench/registries/<name of --out>.json when it exists,
// else what `nx g ssot-plugin:discover --apply` proposes (printed, so it can be kept there).
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { nxBin } from './lib/nx-runs.mjs';
import { minimalManifest, trimNxJson } from './lib/workspace-manifest.mjs';

const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const NX_ENV = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', NX_INTERACTIVE: 'false', CI: 'true' };
const SSOT_PACKAGES = ['ssot-runtime', 'ssot-core', 'ssot-plugin'];

function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, registry: { type: 'string' }, 'no-build': { type: 'boolean', default: false } },
  });
  const [source] = positionals;
  if (!source || !values.out) throw new Error('usage: prepare-workspace.mjs <git-dir-or-folder> --out <dir> [--registry <file>] [--no-build]');
  const out = resolve(values.out);
  if (existsSync(out)) throw new Error(`${out} exists: choose another --out or remove it`);
  const run = (command, args, cwd = out) => {
    console.log(`prepare: ${command} ${args.join(' ')}`);
    execFileSync(command, args, { cwd, env: NX_ENV, stdio: 'inherit' });
  };

  // A git directory (bare mirror or work tree) is cloned at its HEAD; a plain folder is copied.
  if (isGitDir(source)) run('git', ['clone', '-q', '--depth', '1', `file://${resolve(source)}`, out], process.cwd());
  else cpSync(source, out, { recursive: true, filter: (path) => !/[\\/](node_modules|\.nx|dist)$/.test(path) });

  const manifest = JSON.parse(readFileSync(join(out, 'package.json'), 'utf8'));
  const minimal = minimalManifest(manifest);
  console.log(`prepare: Nx ${minimal.devDependencies.nx}, TypeScript ${minimal.devDependencies.typescript}`);
  writeFileSync(join(out, 'package.json'), `${JSON.stringify(minimal, null, 2)}\n`);
  // Other package managers' lock files would make Nx (and `nx add`) use them; npm installs here.
  for (const lock of ['pnpm-lock.yaml', 'yarn.lock', 'bun.lockb', 'bun.lock', 'package-lock.json']) rmSync(join(out, lock), { force: true });
  const nxJsonPath = join(out, 'nx.json');
  const nxJson = existsSync(nxJsonPath) ? JSON.parse(readFileSync(nxJsonPath, 'utf8')) : {};
  const { nxJson: trimmed, dropped } = trimNxJson(nxJson, Object.keys(minimal.devDependencies));
  if (dropped.length > 0) console.log(`prepare: nx.json plugins left out (not installed here): ${dropped.join(', ')}`);
  writeFileSync(nxJsonPath, `${JSON.stringify(trimmed, null, 2)}\n`);
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);

  // ssot from tarballs, as a user would install it: runtime and core first (the plugin's
  // dependencies are not on a registry), then the plugin through `nx add` (its init generator).
  if (!values['no-build']) run('node', ['tools/build.mjs'], REPO_ROOT);
  const tarballs = join(out, '.ssot-tarballs');
  mkdirSync(tarballs);
  run('npm', ['pack', '--silent', '--pack-destination', tarballs, ...SSOT_PACKAGES.map((name) => `./packages/${name}`)], REPO_ROOT);
  const tgz = (name) => join(tarballs, readdirSync(tarballs).find((file) => file.startsWith(`${name}-`)));
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '-D', `file:${tgz('ssot-runtime')}`, `file:${tgz('ssot-core')}`]);
  run(process.execPath, [nxBin(out), 'add', `ssot-plugin@file:${tgz('ssot-plugin')}`]);

  const registry = values.registry ?? join(REPO_ROOT, 'tools/bench/registries', `${basename(out)}.json`);
  if (existsSync(registry)) {
    copyFileSync(registry, join(out, 'ssot.json'));
    console.log(`prepare: registry from ${registry}`);
  } else {
    run(process.execPath, [nxBin(out), 'g', 'ssot-plugin:discover', '--apply', '--no-interactive']);
    console.log(`prepare: registry proposed by discover; keep it with: cp ${join(out, 'ssot.json')} ${registry}`);
  }
  rmSync(join(out, '.nx'), { recursive: true, force: true });
  console.log(`prepare: ready. Bench it with: npm run bench -- --workspace ${out} --repeat 1`);
}

function isGitDir(path) {
  return existsSync(join(path, '.git')) || (existsSync(join(path, 'HEAD')) && existsSync(join(path, 'objects')));
}

try {
  main();
} catch (error) {
  console.error(`prepare failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
