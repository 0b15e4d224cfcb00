// `--profile`, Nx side: one `nx run <project>:ssot-check --skip-nx-cache --batch=false` with every
// Node process profiled, then the task process split into what it spends: Nx's executor bootstrap,
// loading the executor (ssot-core and TypeScript), the registry (validation), and the analysis
// itself: the fixed cost per task that batch mode pays once per run instead.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inclusiveTimes } from '../summarize-profile.mjs';

const HOOK = fileURLToPath(new URL('./profile-hook.mjs', import.meta.url));

export function profileNxTask(workspace, project, outDir) {
  const dir = join(outDir, 'nx-task');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(workspace, 'node_modules/nx/package.json'), 'utf8'));
  const nx = join(workspace, 'node_modules/nx', typeof manifest.bin === 'string' ? manifest.bin : manifest.bin.nx);
  const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', NODE_OPTIONS: `--import ${HOOK}`, SSOT_BENCH_PROFILE_DIR: dir };
  const started = performance.now();
  const run = spawnSync(process.execPath, [nx, 'run', `${project}:ssot-check`, '--skip-nx-cache', '--batch=false', '--output-style=static'], { cwd: workspace, env, encoding: 'utf8', timeout: 5 * 60 * 1000 });
  const wallMs = Math.round(performance.now() - started);
  if (run.status !== 0) return { unavailable: `nx run ${project}:ssot-check failed: ${(run.stderr || run.stdout).trim().split('\n').at(-1)}` };
  const profiles = readdirSync(dir).map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')));
  const isTask = (profile) => profile.nodes.some((node) => node.callFrame.url.includes('executors/check/executor'));
  const task = profiles.find(isTask);
  if (!task) return { unavailable: 'no profiled process ran the check executor' };
  const times = inclusiveTimes(
    task,
    [
      { label: 'check executor (after load)', fn: 'checkExecutor', url: 'executors/check' },
      { label: '  loadRegistry (validation)', fn: 'loadRegistry', url: 'ssot-core' },
      { label: '  check (the analysis)', fn: 'check', url: 'ssot-core/dist/analyze.js' },
    ],
    [
      { label: 'load the executor module', url: 'executors/check/executor.js' },
      { label: '  of which load ssot-core', url: 'ssot-core/dist/index.js' },
      { label: '    of which load TypeScript', url: 'typescript/lib/typescript.js' },
    ],
  );
  const processes = profiles.map((profile) => Math.round((profile.endTime - profile.startTime) / 1000));
  return { project, nxWallMs: wallMs, processes: processes.length, processMs: processes, taskProcess: times };
}
