import { execFile, execFileSync } from 'node:child_process';
import { SsotUsageError } from '../errors';

/** Git output can be a whole tree listing or a large diff: allow far more than Node's 1 MiB default. */
const MAX_BUFFER = 512 * 1024 * 1024;

export interface GitFailure {
  /** What git printed on stderr, trimmed. */
  stderr: string;
  /** Git's exit code; undefined when git could not be started. */
  code: number | undefined;
}

/**
 * Runs git without a shell: every argument is passed as it is, so no user text is ever parsed by a
 * shell. Callers put user-given refs after `--end-of-options` and only pass verified object ids on.
 */
export function runGit(cwd: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', [...args], { cwd, encoding: 'utf8', maxBuffer: MAX_BUFFER, windowsHide: true }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      reject(toGitError(cwd, args, { stderr: String(stderr ?? '').trim(), code: typeof error.code === 'number' ? error.code : undefined }));
    });
  });
}

/** The synchronous form, for the rare single read the synchronous engine asks for outside a prefetch. */
export function runGitSync(cwd: string, args: readonly string[]): Buffer {
  try {
    return execFileSync('git', [...args], { cwd, maxBuffer: MAX_BUFFER, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
  } catch (error) {
    const failed = error as { stderr?: Buffer; status?: number | null };
    throw toGitError(cwd, args, { stderr: String(failed.stderr ?? '').trim(), code: failed.status ?? undefined });
  }
}

export class GitCommandError extends SsotUsageError {
  constructor(
    message: string,
    readonly failure: GitFailure,
  ) {
    super(message);
  }
}

function toGitError(cwd: string, args: readonly string[], failure: GitFailure): GitCommandError {
  if (failure.code === undefined && failure.stderr === '') {
    return new GitCommandError(`git could not be run in ${cwd}: is git installed and on PATH?`, failure);
  }
  if (/not a git repository/i.test(failure.stderr)) {
    return new GitCommandError(`${cwd} is not inside a git repository: --compare reads the history from git. Run it in a git clone of the workspace.`, failure);
  }
  return new GitCommandError(`git ${args[0]} failed in ${cwd}: ${failure.stderr || `exit code ${failure.code}`}`, failure);
}
