#!/usr/bin/env node
// `npm test`: type-check and build every package, check generated files are fresh, then run the
// unit suite and the e2e suite (real Nx). Prints what each slow step is doing and how long it took.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

function step(label, cmd, args) {
  const started = Date.now();
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { stdio: 'inherit' });
  console.log(`=== ${label} done in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

const totals = { passed: 0, failed: 0 };
/** Jest's own summary, kept as JSON so the closing line counts every test that ran. */
function count(file) {
  try {
    const { numPassedTests, numFailedTests } = JSON.parse(readFileSync(file, 'utf8'));
    totals.passed += numPassedTests;
    totals.failed += numFailedTests;
  } catch {
    // no summary: jest did not get far enough to write one; its exit code already failed the step
  }
}

mkdirSync('dist/test-results', { recursive: true });
try {
  step('build', 'node', ['tools/build.mjs']);
  step('type-check tests', 'npx', ['tsc', '-p', 'tsconfig.json']);
  try {
    step('unit tests', 'npx', ['jest', '--selectProjects', 'unit', '--json', '--outputFile=dist/test-results/unit.json']);
  } finally {
    count('dist/test-results/unit.json');
  }
  try {
    // The tarball suite installs every supported Nx major (17 to 24) unless SSOT_E2E_NX names some.
    const majors = process.env.SSOT_E2E_NX?.trim() || 'all';
    step(`e2e tests (tarball suite on Nx: ${majors})`, 'npx', ['jest', '--selectProjects', 'e2e', '--runInBand', '--json', '--outputFile=dist/test-results/e2e.json']);
  } finally {
    count('dist/test-results/e2e.json');
  }
} catch (error) {
  console.error(`\nnpm test failed: ${error instanceof Error ? error.message : String(error)}`);
  console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
  process.exit(1);
}
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
