import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Counts the Node processes that ran the check executor: a `--require` preload makes each process
 * Nx starts record its pid when it compiles a file of `ssot-plugin/dist/executors/check/`. One
 * process for every task is batch mode; one per task is not. It records at load time, not at exit:
 * Nx 19 ends its batch process with a signal, and exit handlers do not run then.
 */
export interface ExecutorProcessProbe {
  /** The variables to run Nx with. */
  env: { NODE_OPTIONS: string };
  /** Forgets the processes recorded so far. */
  reset(): void;
  /** How many distinct processes loaded the check executor since the last reset. */
  count(): number;
}

export function createExecutorProcessProbe(dir: string): ExecutorProcessProbe {
  mkdirSync(dir, { recursive: true });
  const preload = join(dir, 'record-pid.js');
  const pids = join(dir, 'pids');
  writeFileSync(preload, [
    "const Module = require('node:module');",
    'const compile = Module.prototype._compile;',
    'let recorded = false;',
    'Module.prototype._compile = function (content, filename) {',
    "  if (!recorded && /ssot-plugin[\\\\/]dist[\\\\/]executors[\\\\/]check[\\\\/]/.test(filename)) {",
    '    recorded = true;',
    `    require('node:fs').appendFileSync(${JSON.stringify(pids)}, process.pid + '\\n');`,
    '  }',
    '  return compile.apply(this, arguments);',
    '};',
    '',
  ].join('\n'));
  return {
    env: { NODE_OPTIONS: `--require=${preload}` },
    reset: () => rmSync(pids, { force: true }),
    count: () => (existsSync(pids) ? new Set(readFileSync(pids, 'utf8').trim().split('\n')).size : 0),
  };
}
