import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fail, nxBin } from '../support/e2e-workspace';
import type { NxRunner } from '../support/project-graph';
import { runCommand, runCommandAsync, type CommandRun } from '../support/run-command';

/**
 * One machine as Nx and npm see it: its HOME (git and Nx user files), Nx's local cache and Nx's
 * workspace data (the task database that indexes that cache). Two agents share nothing but the
 * npm cache, as two CI machines would share a registry mirror.
 */
export interface Agent {
  name: string;
  home: string;
  nxCache: string;
  nxData: string;
}

export function createAgent(sandbox: string, name: string): Agent {
  const base = join(sandbox, 'agents', name);
  const agent = { name, home: join(base, 'home'), nxCache: join(base, 'nx-cache'), nxData: join(base, 'nx-workspace-data') };
  for (const dir of [agent.home, agent.nxCache, agent.nxData]) mkdirSync(dir, { recursive: true });
  return agent;
}

/** The developer's npm cache and npm settings (registry, proxy), read once with their real HOME. */
export interface NpmSettings {
  cache: string;
  userconfig: string;
}

export function readNpmSettings(): NpmSettings {
  const run = spawnSync('npm', ['config', 'get', 'cache', 'userconfig'], { encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  const value = (key: string) => new RegExp(`^${key}=(.*)$`, 'm').exec(run.stdout ?? '')?.[1]?.trim();
  const cache = value('cache');
  const userconfig = value('userconfig');
  if (run.status !== 0 || !cache || !userconfig) {
    return fail('npm config get cache userconfig failed', { command: 'npm config get cache userconfig', status: run.status, output: `${run.stdout}${run.stderr}`, ms: 0 });
  }
  return { cache, userconfig };
}

/** Kills a command that hangs (see RunOptions.killAfterMs); the slowest real one, npm install, takes seconds. */
const KILL_AFTER_MS = 5 * 60 * 1000;

const GIT_IDENTITY = ['-c', 'user.name=e2e', '-c', 'user.email=e2e@example.com', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main'];

/**
 * A workspace installed the way a user installs it (npm, packed tarballs), driven through its own
 * `node_modules/nx`. Every command gets the agent's HOME and caches, the daemon and Nx Cloud off,
 * and none of the caller's `NX_*` or npm lifecycle variables.
 */
export class InstalledWorkspace implements NxRunner {
  constructor(
    readonly root: string,
    readonly agent: Agent,
    private readonly npmSettings: NpmSettings,
  ) {}

  /** The same checkout on another machine (fresh HOME and Nx caches). */
  onAgent(agent: Agent): InstalledWorkspace {
    return new InstalledWorkspace(this.root, agent, this.npmSettings);
  }

  nx(...args: string[]): CommandRun {
    return runCommand(process.execPath, [nxBin(this.root), ...args], this.nxOptions({}, args));
  }

  /** Nx with extra variables, without blocking this process (it may be serving Nx: the remote cache). */
  nxAsync(extraEnv: Record<string, string>, ...args: string[]): Promise<CommandRun> {
    return runCommandAsync(process.execPath, [nxBin(this.root), ...args], this.nxOptions(extraEnv, args));
  }

  npm(...args: string[]): CommandRun {
    const env: NodeJS.ProcessEnv = {
      ...this.baseEnv(),
      npm_config_cache: this.npmSettings.cache,
      npm_config_userconfig: this.npmSettings.userconfig,
      npm_config_update_notifier: 'false',
      npm_config_fund: 'false',
      npm_config_audit: 'false',
    };
    return runCommand('npm', args, { cwd: this.root, env, label: `npm ${args.join(' ')}`, killAfterMs: KILL_AFTER_MS });
  }

  git(...args: string[]): CommandRun {
    const run = runCommand('git', [...GIT_IDENTITY, ...args], { cwd: this.root, env: this.baseEnv(), label: `git ${args.join(' ')}`, killAfterMs: KILL_AFTER_MS });
    if (run.status !== 0) fail(`git ${args[0]} failed`, run);
    return run;
  }

  commit(message: string): void {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
  }

  /** `git status --porcelain`: empty when the working tree matches HEAD. */
  changedFiles(): string[] {
    return this.git('status', '--porcelain').output.split('\n').filter((line) => line.trim() !== '');
  }

  /** `git clone` of this workspace to `destination`, on `agent`. Installs nothing. */
  cloneTo(destination: string, agent: Agent): InstalledWorkspace {
    mkdirSync(dirname(destination), { recursive: true });
    const env = { ...this.baseEnv(), HOME: agent.home, USERPROFILE: agent.home };
    const run = runCommand('git', ['clone', '-q', this.root, destination], { cwd: dirname(destination), env, label: 'git clone', killAfterMs: KILL_AFTER_MS });
    if (run.status !== 0) fail('git clone failed', run);
    return new InstalledWorkspace(destination, agent, this.npmSettings);
  }

  path(file: string): string {
    return join(this.root, file);
  }

  exists(file: string): boolean {
    return existsSync(this.path(file));
  }

  read(file: string): string {
    return readFileSync(this.path(file), 'utf8');
  }

  readJson<T>(file: string, isShape: (value: unknown) => value is T): T {
    const value: unknown = JSON.parse(this.read(file));
    return isShape(value) ? value : fail(`${file} does not have the expected shape:\n${this.read(file)}`);
  }

  write(file: string, text: string): void {
    mkdirSync(dirname(this.path(file)), { recursive: true });
    writeFileSync(this.path(file), text);
  }

  writeJson(file: string, value: unknown): void {
    this.write(file, `${JSON.stringify(value, null, 2)}\n`);
  }

  copyFrom(source: string, filter: (relativePath: string) => boolean): void {
    cpSync(source, this.root, { recursive: true, filter: (path) => filter(path.slice(source.length + 1)) });
  }

  private nxOptions(extraEnv: Record<string, string>, args: string[]) {
    const env: NodeJS.ProcessEnv = {
      ...this.baseEnv(),
      NX_DAEMON: 'false',
      NX_NO_CLOUD: 'true',
      NX_TUI: 'false',
      NX_CACHE_DIRECTORY: this.agent.nxCache,
      NX_WORKSPACE_DATA_DIRECTORY: this.agent.nxData,
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      ...extraEnv,
    };
    return { cwd: this.root, env, label: `nx ${args.join(' ')}`, killAfterMs: KILL_AFTER_MS };
  }

  private baseEnv(): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {};
    for (const [key, value] of Object.entries(process.env)) {
      // The caller's Nx settings (a remote cache, a skipped cache) and npm's lifecycle variables
      // (set when this runs under `npm test`) must not leak into the workspace's commands.
      if (!/^(NX_|npm_)/i.test(key)) env[key] = value;
    }
    return { ...env, HOME: this.agent.home, USERPROFILE: this.agent.home, GIT_CONFIG_NOSYSTEM: '1' };
  }
}
