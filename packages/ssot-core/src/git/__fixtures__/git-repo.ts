import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A real git repository in a temp folder, built commit by commit by a test. */
export interface TestRepo {
  root: string;
  git(...args: string[]): string;
  /** Git with the author and committer dates set (ISO 8601): histories spread over time. */
  gitAt(date: string, ...args: string[]): string;
  /** Writes files (a Buffer for binary content; null deletes), stages everything (ignored files too with `force`) and commits; returns the commit id. */
  commit(message: string, files: Record<string, string | Buffer | null>, options?: { force?: boolean }): string;
  write(files: Record<string, string | Buffer | null>): void;
  remove(): void;
}

export function createTestRepo(prefix = 'ssot-git-'): TestRepo {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const run = (dates: Record<string, string>, args: string[]) =>
    execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', ...dates },
    }).trim();
  const git = (...args: string[]) => run({}, args);
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'commit.gpgsign', 'false');
  const write = (files: Record<string, string | Buffer | null>) => {
    for (const [path, content] of Object.entries(files)) {
      const absolute = join(root, path);
      if (content === null) rmSync(absolute, { force: true });
      else {
        mkdirSync(dirname(absolute), { recursive: true });
        writeFileSync(absolute, content);
      }
    }
  };
  return {
    root,
    git,
    gitAt: (date, ...args) => run({ GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, args),
    write,
    commit(message, files, { force = false } = {}) {
      write(files);
      git('add', '--all', ...(force ? ['--force'] : []), '.');
      git('commit', '--quiet', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD');
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
