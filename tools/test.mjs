#!/usr/bin/env node
// `npm test`: type-check and build every package, check generated files are fresh, then run the
// unit suite and the e2e suite (real Nx). Prints what each slow step is doing and how long it took.
import { execFileSync } from 'node:child_process';

function step(label, cmd, args) {
  const started = Date.now();
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { stdio: 'inherit' });
  console.log(`=== ${label} done in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

try {
  step('build', 'node', ['tools/build.mjs']);
  step('type-check tests', 'npx', ['tsc', '-p', 'tsconfig.json']);
  step('unit tests', 'npx', ['jest', '--selectProjects', 'unit']);
  step('e2e tests', 'npx', ['jest', '--selectProjects', 'e2e', '--runInBand']);
} catch (error) {
  console.error(`\nnpm test failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
