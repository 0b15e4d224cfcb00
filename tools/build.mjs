#!/usr/bin/env node
// Builds every package in dependency order (runtime, core, then the Nx and ESLint plugins) through each package's own
// `build` script, so `npm pack` in a package folder yields an installable tarball.
import { execFileSync } from 'node:child_process';

const order = ['ssot-runtime', 'ssot-core', 'ssot-plugin', 'eslint-plugin-ssot'];
for (const name of order) {
  const started = Date.now();
  execFileSync('npm', ['run', 'build', '--workspace', name, '--silent'], { stdio: 'inherit' });
  console.log(`build: ${name} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}
