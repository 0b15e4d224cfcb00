// A command timed from outside: wall time from spawn to exit, and, where /usr/bin/time exists,
// the CPU of every process it waited for and the peak RSS of the largest one (for processes that
// cannot report their own resourceUsage(): oxlint's native threads, Nx and its task processes).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TIME = '/usr/bin/time';

/** `{ status, output, wallMs, cpuMs?, maxRssMb? }` */
export function runTimed(command, args, { cwd, env = process.env, timeoutMs = 15 * 60 * 1000 } = {}) {
  const timeFile = join(tmpdir(), `ssot-bench-time-${process.pid}-${Date.now()}.txt`);
  const useTime = existsSync(TIME);
  const [bin, argv] = useTime ? [TIME, ['-f', '%e %U %S %M', '-o', timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  const run = spawnSync(bin, argv, { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: timeoutMs });
  const result = { status: run.status, output: `${run.stdout ?? ''}${run.stderr ?? ''}`, stdout: run.stdout ?? '', wallMs: performance.now() - started };
  if (useTime && existsSync(timeFile)) {
    const [, user, sys, maxKb] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
    Object.assign(result, { cpuMs: (user + sys) * 1000, maxRssMb: maxKb / 1024 });
    rmSync(timeFile, { force: true });
  }
  return result;
}
