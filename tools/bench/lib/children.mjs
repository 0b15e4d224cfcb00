// Starts measure.mjs in a child process, one measurement at a time, and reads its result line.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const MEASURE = fileURLToPath(new URL('../measure.mjs', import.meta.url));
const TIMEOUT_MS = 10 * 60 * 1000;

/** `{ ok, wallMs, cpuMs, maxRssMb, workMs, loadMs, files, check, load1 }` or `{ ok: false, why }`. */
export function runChild(task, workspace, { core, module, file, project, nodeFlags = [] } = {}) {
  const args = [...nodeFlags, MEASURE, task, workspace ?? '', ...(core ? ['--core', core] : []), ...(module ? ['--module', module] : []), ...(file ? ['--file', file] : []), ...(project ? ['--project', project] : [])];
  const load1 = loadavg()[0];
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: TIMEOUT_MS });
  const wallMs = performance.now() - started;
  const line = (run.stdout ?? '').split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  if (run.status !== 0 || !line) {
    const why = run.error?.message ?? (run.stderr || run.stdout || `exit ${run.status}`).split('\n').find((l) => l.trim()) ?? `exit ${run.status}`;
    return { ok: false, why: why.trim().slice(0, 300) };
  }
  return { ok: true, wallMs, load1, ...JSON.parse(line.slice('BENCH_RESULT '.length)) };
}

/** Runs a measurement `repeat` times; keeps the run with the median wall time, and the spread. */
export function runRepeated(task, workspace, options, repeat) {
  const runs = [];
  for (let index = 0; index < repeat; index += 1) {
    const run = runChild(task, workspace, options);
    if (!run.ok) return run;
    runs.push(run);
  }
  runs.sort((a, b) => a.wallMs - b.wallMs);
  const median = runs[Math.floor((runs.length - 1) / 2)];
  return { ...median, runs: runs.length, wallMinMs: runs[0].wallMs, wallMaxMs: runs.at(-1).wallMs, cpuMinMs: Math.min(...runs.map((r) => r.cpuMs)) };
}

/** Rows run outside measure.mjs (oxlint, Nx): `repeat` runs, the one with the median wall time. */
export function repeatTimed(measure, repeat) {
  const runs = [];
  for (let index = 0; index < Math.max(1, repeat); index += 1) {
    const run = measure();
    if (!run.ok) return run;
    runs.push(run);
  }
  runs.sort((x, y) => x.wallMs - y.wallMs);
  return { ...runs[Math.floor((runs.length - 1) / 2)], runs: runs.length, wallMinMs: runs[0].wallMs, wallMaxMs: runs.at(-1).wallMs };
}
