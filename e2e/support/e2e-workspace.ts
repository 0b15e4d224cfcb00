import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { runCommand, runCommandAsync, type CommandRun } from './run-command';

export const REPO_ROOT = resolve(__dirname, '../..');

/**
 * Nx's CLI entry in `root`'s node_modules (the repository's by default), read from its package.json
 * `bin` so a moved file does not break the suite.
 */
export function nxBin(root: string = REPO_ROOT): string {
  const packageJson = JSON.parse(readFileSync(join(root, 'node_modules/nx/package.json'), 'utf8'));
  const bin: unknown = typeof packageJson.bin === 'string' ? packageJson.bin : packageJson.bin?.nx;
  if (typeof bin !== 'string') throw new Error(`${join(root, 'node_modules/nx/package.json')} names no "nx" bin`);
  return join(root, 'node_modules/nx', bin);
}

export type { CommandRun } from './run-command';

/** A failure that names the step and carries the command's output, so the log says what Nx said. */
export class StepError extends Error {}

export function fail(message: string, run?: CommandRun): never {
  const detail = run ? `\n--- ${run.command} (exit ${run.status}) ---\n${run.output}` : '';
  throw new StepError(`${message}${detail}`);
}

/** Runs one named step, prints its duration, and prefixes a failure with the step's name. */
export async function step<T>(name: string, body: () => T | Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    const value = await body();
    process.stdout.write(`  e2e step ok   ${seconds(started)}  ${name}\n`);
    return value;
  } catch (error) {
    process.stdout.write(`  e2e step FAIL ${seconds(started)}  ${name}\n`);
    const message = error instanceof Error ? error.message : String(error);
    throw new StepError(`step "${name}" failed: ${message}`);
  }
}

function seconds(started: number): string {
  return `${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s`;
}

/** A real Nx workspace in a temp folder, with its own HOME and Nx cache, under git. */
export class E2eWorkspace {
  readonly root: string;
  private readonly sandbox: string;

  constructor(files: (root: string) => void) {
    this.sandbox = mkdtempSync(join(tmpdir(), 'ssot-e2e-'));
    this.root = join(this.sandbox, 'workspace');
    mkdirSync(this.root);
    mkdirSync(join(this.sandbox, 'home'));
    files(this.root);
    // The repository's node_modules links ssot-plugin and ssot-core to their built packages.
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(this.root, 'node_modules'), 'junction');
    this.git('init', '-q', '-b', 'main');
    this.commit('initial workspace');
  }

  static fromFolder(source: string): E2eWorkspace {
    return new E2eWorkspace((root) =>
      cpSync(source, root, { recursive: true, filter: (path) => !/[\\/](node_modules|\.nx|dist)$/.test(path) }),
    );
  }

  static fromFiles(tree: Record<string, string>): E2eWorkspace {
    return new E2eWorkspace((root) => {
      for (const [file, text] of Object.entries(tree)) {
        mkdirSync(dirname(join(root, file)), { recursive: true });
        writeFileSync(join(root, file), text);
      }
    });
  }

  /** The real CLI with the daemon and Nx Cloud off, the local cache on and private to this run. */
  nx(...args: string[]): CommandRun {
    return this.nxWith({}, ...args);
  }

  /** `nx` with extra environment variables (e.g. NODE_OPTIONS for a probe). */
  nxWith(extraEnv: NodeJS.ProcessEnv, ...args: string[]): CommandRun {
    return this.run(process.execPath, [nxBin(), ...args], this.nxEnv(extraEnv), `nx ${args.join(' ')}`);
  }

  /** `nx` without blocking: for runs that must overlap (two `nx run-many` in one workspace at once). */
  nxAsync(...args: string[]): Promise<CommandRun> {
    return runCommandAsync(process.execPath, [nxBin(), ...args], { cwd: this.root, env: this.nxEnv({}), label: `nx ${args.join(' ')}` });
  }

  private nxEnv(extraEnv: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {
      ...this.isolatedEnv(),
      ...extraEnv,
      NX_CACHE_DIRECTORY: join(this.sandbox, 'nx-cache'),
      NX_DAEMON: 'false',
      NX_NO_CLOUD: 'true',
      NX_TUI: 'false',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    };
    delete env.NX_SKIP_NX_CACHE;
    return env;
  }

  git(...args: string[]): CommandRun {
    const identity = ['-c', 'user.name=e2e', '-c', 'user.email=e2e@example.com', '-c', 'commit.gpgsign=false'];
    const run = this.run('git', [...identity, ...args], this.isolatedEnv(), `git ${args.join(' ')}`);
    if (run.status !== 0) fail(`git ${args[0]} failed`, run);
    return run;
  }

  commit(message: string): void {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
  }

  read(file: string): string {
    return readFileSync(join(this.root, file), 'utf8');
  }

  write(file: string, text: string): void {
    writeFileSync(join(this.root, file), text);
  }

  exists(file: string): boolean {
    return existsSync(join(this.root, file));
  }

  /** Removes the sandbox; `SSOT_E2E_KEEP=1` keeps it (and prints where) to debug a failure by hand. */
  dispose(): void {
    if (process.env.SSOT_E2E_KEEP === '1') {
      process.stdout.write(`  e2e kept ${this.root}\n`);
      return;
    }
    rmSync(this.sandbox, { recursive: true, force: true });
  }

  /** The developer's HOME (git config, Nx's user files) stays out of the test. */
  private isolatedEnv(): NodeJS.ProcessEnv {
    const home = join(this.sandbox, 'home');
    return { ...process.env, HOME: home, USERPROFILE: home, GIT_CONFIG_NOSYSTEM: '1' };
  }

  private run(command: string, args: string[], env: NodeJS.ProcessEnv, label: string): CommandRun {
    return runCommand(command, args, { cwd: this.root, env, label });
  }
}

/** `npm test` builds first; a standalone e2e run builds too (tsc -b is incremental: seconds). */
export function buildPackages(): void {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'tools/build.mjs')], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (run.status !== 0) {
    fail('the build failed', { command: 'node tools/build.mjs', status: run.status, output: `${run.stdout}${run.stderr}`, ms: 0 });
  }
}
