// (d) `nx run-many -t ssot-check` in the workspace: cold (batch mode, then one process per task),
// warm (every task from the cache), after a one-file change in a leaf project, and after one in
// the most-depended-on library (`hubFile`: all its dependents run again, with the cache on). Nx
// runs under /usr/bin/time, whose figures cover the whole process tree: CPU of every task process
// Nx waited for, and the peak RSS of the largest single process.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TARGET = 'ssot-check';
const TIME = '/usr/bin/time';

export function prepareNxWorkspace(workspace, nodeModules) {
  if (!existsSync(join(workspace, 'node_modules'))) symlinkSync(nodeModules, join(workspace, 'node_modules'), 'junction');
  git(workspace, 'init', '-q', '-b', 'main');
  git(workspace, 'add', '-A');
  git(workspace, 'commit', '-q', '-m', 'generated workspace');
}

/** Every run, or `{ unavailable }` naming why (the plugin not built, no target inferred, a failure). */
export function measureNx(workspace, { leafFile, hubFile, projects, repeat = 1, single = true }) {
  const cacheDir = mkdtempSync(join(tmpdir(), 'ssot-bench-nx-cache-'));
  const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', NX_CACHE_DIRECTORY: cacheDir, FORCE_COLOR: '0', NO_COLOR: '1' };
  delete env.NX_SKIP_NX_CACHE;
  try {
    rmSync(join(workspace, '.nx'), { recursive: true, force: true });
    const shown = runNx(workspace, env, ['show', 'projects', '--with-target', TARGET, '--json']);
    if (shown.status !== 0) return { unavailable: `nx show projects failed: ${firstError(shown.output)}` };
    const withTarget = parseJsonArray(shown.output);
    if (withTarget.length === 0) return { unavailable: `no project has an ${TARGET} target: ssot-plugin inferred nothing (build it with npm run build)` };
    const runMany = ['run-many', '-t', TARGET, '--output-style=static'];
    // Cold includes the project graph: drop what `nx show` (or the previous cold run) computed.
    // Repeated like rows (a)-(c); the run with the median wall time is kept.
    const colds = [];
    for (let run = 0; run < Math.max(1, repeat); run += 1) {
      rmSync(join(workspace, '.nx'), { recursive: true, force: true });
      const cold = describeRun(runNx(workspace, env, [...runMany, '--skip-nx-cache']));
      if (cold.status !== 0) return { unavailable: `the cold run failed: ${firstError(cold.output)}`, cold: strip(cold) };
      colds.push(cold);
    }
    const cold = colds.sort((a, b) => a.wallMs - b.wallMs)[Math.floor(colds.length / 2)];
    Object.assign(cold, { runs: colds.length, wallMinMs: colds[0].wallMs, wallMaxMs: colds.at(-1).wallMs });
    // The same without batch mode: one process per task, as before ssot-check had a batch executor.
    const coldSingle = single ? describeRun(runNx(workspace, env, [...runMany, '--skip-nx-cache', '--batch=false'])) : undefined;
    // Nx 24's --skip-nx-cache neither reads nor writes the cache: the next run fills it.
    let fill = describeRun(runNx(workspace, env, runMany));
    let warm = describeRun(runNx(workspace, env, runMany));
    const notes = [];
    if (fill.executed === 0) {
      notes.push('--skip-nx-cache wrote the cache: the run after it was already warm');
      [fill, warm] = [undefined, fill];
    }
    appendFileSync(join(workspace, leafFile), '\nexport const benchTouched = 1;\n');
    const changed = describeRun(runNx(workspace, env, runMany));
    // Whatever the build does to spare work on a change (Nx's cache, a facts cache): measured as it is.
    let hubChanged;
    if (hubFile) {
      appendFileSync(join(workspace, hubFile), '\nexport const benchTouchedHub = 1;\n');
      hubChanged = describeRun(runNx(workspace, env, runMany));
    }
    return { projects, tasks: withTarget.length, cold: strip(cold), coldSingle: coldSingle && strip(coldSingle), fill: fill && strip(fill), warm: strip(warm), changed: strip(changed), hubChanged: hubChanged && strip(hubChanged), hubFile, notes };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

function runNx(workspace, env, args) {
  const nx = nxBin(workspace);
  const timeFile = join(tmpdir(), `ssot-bench-time-${process.pid}.txt`);
  const useTime = existsSync(TIME);
  const command = useTime ? [TIME, ['-f', '%e %U %S %M', '-o', timeFile, process.execPath, nx, ...args]] : [process.execPath, [nx, ...args]];
  const started = performance.now();
  const run = spawnSync(command[0], command[1], { cwd: workspace, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 15 * 60 * 1000 });
  const wallMs = performance.now() - started;
  const result = { status: run.status, output: `${run.stdout ?? ''}${run.stderr ?? ''}`, wallMs };
  if (useTime && existsSync(timeFile)) {
    const [, user, sys, maxKb] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
    Object.assign(result, { cpuMs: (user + sys) * 1000, maxRssMb: maxKb / 1024 });
    rmSync(timeFile, { force: true });
  }
  return result;
}

/** Task fates from `--output-style=static`: `> nx run core:ssot-check  [local cache]` when replayed. */
function describeRun(run) {
  const line = new RegExp(`nx run (\\S+):${TARGET}(?=\\s|$)(.*)$`, 'gm');
  const fates = new Map();
  for (const match of run.output.matchAll(line)) fates.set(match[1], /\[[^\]]*cache[^\]]*\]\s*$/i.test(match[2]) ? 'cached' : 'executed');
  const cached = [...fates.values()].filter((fate) => fate === 'cached').length;
  const summary = run.output.match(/Nx read the output from the cache instead of running the command for (\d+) out of (\d+) tasks/);
  return { ...run, tasks: fates.size, cached, executed: fates.size - cached, nxSaysCached: summary ? `${summary[1]}/${summary[2]}` : undefined, executedProjects: [...fates].filter(([, fate]) => fate === 'executed').map(([name]) => name) };
}

function strip(run) {
  const { output, ...rest } = run;
  return { ...rest, executedProjects: rest.executedProjects.slice(0, 5), tail: run.status === 0 ? undefined : output.split('\n').slice(-15).join('\n') };
}

/** Nx's CLI entry, from its package.json `bin` (it moved between majors). */
export function nxBin(workspace) {
  const manifest = JSON.parse(readFileSync(join(workspace, 'node_modules/nx/package.json'), 'utf8'));
  return join(workspace, 'node_modules/nx', typeof manifest.bin === 'string' ? manifest.bin : manifest.bin.nx);
}

function parseJsonArray(output) {
  const start = output.indexOf('[');
  try {
    return start < 0 ? [] : JSON.parse(output.slice(start, output.lastIndexOf(']') + 1));
  } catch {
    return [];
  }
}

function firstError(output) {
  const lines = output.split('\n').map((line) => line.trim()).filter(Boolean);
  return (lines.find((line) => /error|cannot|failed/i.test(line)) ?? lines[0] ?? 'no output').slice(0, 300);
}

function git(cwd, ...args) {
  const run = spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ${args[0]} in ${cwd} failed: ${run.stderr}`);
}
