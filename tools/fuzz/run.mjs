#!/usr/bin/env node
// `npm run fuzz`: feeds every .d.ts that TypeScript ships and seeded random mutations of the example
// workspace's sources through ssot-core's analyze() (packages/ssot-core/src/testing/fuzz.ts does the
// work; the unit tests run a bounded version of it). Fails (exit 1) on any crash, any file over the
// hang bound, or example counts that differ from examples/platform/answer-key.json.
//
//   npm run fuzz -- [--files 500] [--seed <n>] [--seconds 60] [--hang-ms 2000] [--no-libs] [--core <dist>]
//
//   --files     mutated example sources to try (beside the 110 TypeScript .d.ts files)
//   --seed      the run's seed (default: a fresh one, printed); the same seed makes the same inputs
//   --seconds   stop making new mutated inputs after this long (the final combined run is extra)
//   --hang-ms   a file whose analysis takes longer is a failure (a hang), printed with its seed
//   --no-libs   leave out TypeScript's .d.ts files
//   --core      fuzz a built ssot-core (its dist folder) instead of the sources
//
// The analysis runs in a worker thread. A file that never finishes (a real hang: a timer cannot stop
// synchronous code) is caught by a watchdog here, which ends the worker and names the file and seed.
// By default the TypeScript sources run directly (transpiled as they load); --core runs a built
// ssot-core instead (e.g. packages/ssot-core/dist).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

function readOptions() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        files: { type: 'string', default: '500' },
        seed: { type: 'string' },
        seconds: { type: 'string', default: '60' },
        'hang-ms': { type: 'string', default: '2000' },
        'no-libs': { type: 'boolean', default: false },
        core: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    usage(error.message);
  }
  if (values.help) usage();
  const number = (name, value, min) => {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < min) usage(`--${name} takes an integer of at least ${min}, found "${value}"`);
    return parsed;
  };
  return {
    files: number('files', values.files, 0),
    // A fresh seed each run unless given: fuzzing explores; the printed seed reproduces the run.
    seed: values.seed === undefined ? Date.now() % 2147483647 : number('seed', values.seed, 0),
    seconds: number('seconds', values.seconds, 0),
    hangMs: number('hang-ms', values['hang-ms'], 1),
    libs: !values['no-libs'],
    core: values.core === undefined ? undefined : resolve(values.core),
  };
}

function usage(problem) {
  if (problem) console.error(`fuzz: ${problem}`);
  console.error('usage: npm run fuzz -- [--files 500] [--seed <n>] [--seconds 60] [--hang-ms 2000] [--no-libs] [--core <dist>]');
  process.exit(problem ? 2 : 0);
}

/** ssot-core's fuzz module: from a build, or from the sources with a `.ts` loader installed. */
function loadFuzz(core) {
  const require = createRequire(import.meta.url);
  if (core) return require(join(core, 'testing/fuzz.js'));
  const Module = require('node:module');
  const ts = require('typescript');
  Module._extensions['.ts'] = (module, filename) => {
    const { outputText } = ts.transpileModule(readFileSync(filename, 'utf8'), {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    });
    module._compile(outputText, filename);
  };
  return require(join(REPO_ROOT, 'packages/ssot-core/src/testing/fuzz.ts'));
}

function work() {
  const fuzz = loadFuzz(workerData.core);
  const outcome = fuzz.runFuzz({
    ...workerData,
    onStart: (input, index) => parentPort.postMessage({ type: 'start', index, file: input.file, origin: input.origin, seed: input.seed }),
    onCombinedRun: (inputs) => parentPort.postMessage({ type: 'combined', inputs }),
  });
  parentPort.postMessage({ type: 'done', outcome, lines: fuzz.formatFuzzOutcome(outcome, 8), clean: fuzz.isCleanFuzzRun(outcome) });
}

function main() {
  const options = readOptions();
  const reproduce = `npm run fuzz -- --seed ${options.seed} --files ${options.files}${options.libs ? '' : ' --no-libs'}`;
  console.log(`fuzz: seed ${options.seed}, up to ${options.files} mutated files in ${options.seconds || 'unlimited'} s, hang bound ${options.hangMs} ms`);
  const started = Date.now();
  // Far above the hang bound: the bound is checked on measured times; this catches what never returns.
  const watchdogMs = Math.max(30_000, options.hangMs * 15);
  const worker = new Worker(fileURLToPath(import.meta.url), { workerData: options });
  let current;
  let lastStart = Date.now();
  let limitMs = watchdogMs;
  let finished = false;
  const watchdog = setInterval(() => {
    if (!current || Date.now() - lastStart < limitMs) return;
    finished = true;
    clearInterval(watchdog);
    console.error(`fuzz: HANG: ${current.file} (${current.origin}${current.seed === undefined ? '' : `, input seed ${current.seed}`}) did not finish in ${limitMs / 1000} s`);
    console.error(`fuzz: reproduce with: ${reproduce}`);
    void worker.terminate().then(() => process.exit(1));
  }, 1000);
  worker.on('message', (message) => {
    if (message.type === 'combined') {
      // One analysis of every input beside the example: its budget grows with the inputs.
      current = { file: `(all ${message.inputs} inputs beside the example)`, origin: 'the combined run' };
      lastStart = Date.now();
      limitMs = Math.max(watchdogMs, message.inputs * 50);
      console.log(`fuzz: analysing all ${message.inputs} inputs beside the untouched example`);
      return;
    }
    if (message.type === 'start') {
      current = message;
      lastStart = Date.now();
      if (message.index > 0 && message.index % 100 === 0) console.log(`fuzz: ${message.index} files tried (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      return;
    }
    finished = true;
    clearInterval(watchdog);
    for (const line of message.lines) console.log(line);
    console.log(`fuzz: ${message.clean ? 'clean' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (!message.clean) console.log(`fuzz: reproduce with: ${reproduce}`);
    process.exitCode = message.clean ? 0 : 1;
  });
  worker.on('error', (error) => {
    finished = true;
    clearInterval(watchdog);
    console.error(`fuzz: the run itself failed${current ? ` at ${current.file} (${current.origin})` : ''}: ${error.stack ?? error}`);
    console.error(`fuzz: reproduce with: ${reproduce}`);
    process.exitCode = 1;
  });
  worker.on('exit', (code) => {
    clearInterval(watchdog);
    if (!finished) {
      console.error(`fuzz: the worker stopped (exit ${code})${current ? ` at ${current.file} (${current.origin})` : ''}`);
      process.exitCode = 1;
    }
  });
}

if (isMainThread) main();
else work();
