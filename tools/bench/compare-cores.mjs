#!/usr/bin/env node
// Row (b) for several builds of ssot-core on one generated workspace, interleaved round by round
// (so load from other processes hits every build alike), with the median of each. Use it to
// check an optimisation: build the change into another folder and compare it with the current dist.
// Also checks that every build finds the same sites, findings and diagnostics (a digest of them),
// and reports peak RSS, the heap the last workspace index still holds after a full GC, the files
// each build parses, and the 1-minute load average before each run.
//
//   node tools/bench/compare-cores.mjs [--files 5000] [--projects 50] [--rounds 5] [--task ssot|perProject|batch] <dist> <dist> ...
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateWorkspace } from './generate-workspace.mjs';
import { runChild } from './lib/children.mjs';

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { files: { type: 'string', default: '5000' }, projects: { type: 'string', default: '50' }, seed: { type: 'string', default: '1' }, rounds: { type: 'string', default: '5' }, task: { type: 'string', default: 'ssot' } },
  });
  if (positionals.length === 0) throw new Error('usage: compare-cores.mjs [--files N] [--rounds N] <ssot-core dist folder>...');
  const sandbox = mkdtempSync(join(tmpdir(), 'ssot-bench-compare-'));
  try {
    const workspace = generateWorkspace({ out: join(sandbox, 'ws'), files: Number(values.files), projects: Number(values.projects), seed: Number(values.seed) });
    const cores = positionals.map((dist) => resolve(dist));
    const runs = new Map(cores.map((core) => [core, []]));
    process.env.SSOT_BENCH_COMPARE = '1'; // measure.mjs: digest the results, measure the heap after the run
    for (let round = 0; round < Number(values.rounds); round += 1) {
      for (const core of cores) {
        const run = runChild(values.task, workspace.out, { core });
        if (!run.ok) throw new Error(`${core}: ${run.why}`);
        runs.get(core).push(run);
      }
    }
    const baseline = median(runs.get(cores[0]), 'cpuMs');
    console.log('core | wall s (median) | CPU s (median) | CPU vs first | work s | peak RSS MB | heap after MB | files parsed | load1 | result');
    for (const core of cores) {
      const list = runs.get(core);
      const cpu = median(list, 'cpuMs');
      const sites = new Set(list.map((r) => JSON.stringify(r.check)));
      const parsed = [...new Set(list.map((r) => r.parsed))].join(' / ');
      const loads = list.map((r) => r.load1.toFixed(1)).join(' ');
      console.log([core, s(median(list, 'wallMs')), s(cpu), `${Math.round((cpu / baseline - 1) * 1000) / 10} %`, s(median(list, 'workMs')), Math.round(median(list, 'maxRssMb')), Math.round(median(list, 'heapAfterMb')), parsed, loads, [...sites].join(' / ')].join(' | '));
    }
    const results = new Set(cores.flatMap((core) => runs.get(core).map((r) => JSON.stringify(r.check))));
    if (results.size > 1) {
      console.log('DIFFERENT RESULTS: the builds do not agree');
      process.exitCode = 1;
    }
  } finally {
    rmSync(sandbox, { recursive: true, force: true });
  }
}

function median(runs, field) {
  const sorted = runs.map((r) => r[field]).sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

const s = (ms) => (ms / 1000).toFixed(2);

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
