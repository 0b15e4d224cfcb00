import { spawn, spawnSync } from 'node:child_process';

export interface CommandRun {
  command: string;
  status: number | null;
  /** stdout and stderr, colours stripped. */
  output: string;
  ms: number;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** What a failure message calls the command (`nx run-many -t ssot-check`). */
  label: string;
  /**
   * A safety net, not an assertion: a command that hangs is killed after this long and the step
   * fails with what it printed, instead of holding CI until the job's own limit.
   */
  killAfterMs?: number;
}

/** Runs a command to completion and keeps what it printed, so a failing step can show it. */
export function runCommand(command: string, args: readonly string[], options: RunOptions): CommandRun {
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: options.env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: options.killAfterMs,
  });
  const killed = result.signal ? `\n[killed by ${result.signal}${options.killAfterMs ? ` after ${options.killAfterMs / 1000}s` : ''}]` : '';
  const output = stripColours(`${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}${killed}`);
  return { command: options.label, status: result.status, output, ms: Date.now() - started };
}

/**
 * The same, without blocking the event loop: for commands that talk to a server running in the
 * test's own process (a blocked loop would never answer them).
 */
export function runCommandAsync(command: string, args: readonly string[], options: RunOptions): Promise<CommandRun> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: string[] = [];
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => chunks.push(chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => chunks.push(chunk));
    let killedAfter = '';
    const timer = options.killAfterMs
      ? setTimeout(() => {
          killedAfter = `\n[killed by SIGTERM after ${(options.killAfterMs ?? 0) / 1000}s]`;
          child.kill('SIGTERM');
        }, options.killAfterMs)
      : undefined;
    const finish = (status: number | null, error?: Error) => {
      if (timer) clearTimeout(timer);
      const output = stripColours(`${chunks.join('')}${error ? String(error) : ''}${killedAfter}`);
      resolve({ command: options.label, status, output, ms: Date.now() - started });
    };
    child.on('error', (error) => finish(null, error));
    child.on('close', (code) => finish(code));
  });
}

function stripColours(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
