import { GitCommandError, runGit } from './run-git';

/** A full commit id: the only form in which a user-given ref travels on to other git commands. */
export type CommitId = string;

/**
 * The commit a user-given ref names, verified by git itself (`rev-parse --verify`), the ref after
 * `--end-of-options` so that a ref such as `--output=x` is read as a name, never as an option.
 */
export async function resolveCommit(repo: string, ref: string, option = 'compare'): Promise<CommitId> {
  const notACommit = `--${option}=${JSON.stringify(ref)} does not name a commit of the repository at ${repo}. ` +
    `Give a branch, tag or commit id (for example origin/main); in CI, fetch it first (${describeFetch(ref)}).`;
  // A ref is one line of text: anything else cannot name a commit and is refused before git sees it.
  if (ref === '' || /[\0\n\r]/.test(ref)) throw new GitCommandError(notACommit, { stderr: '', code: undefined });
  try {
    const id = (await runGit(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
    if (/^[0-9a-f]{40,64}$/.test(id)) return id;
  } catch (error) {
    if (!(error instanceof GitCommandError) || error.failure.code === undefined) throw error;
    if (/not a git repository/i.test(error.failure.stderr)) throw error;
  }
  throw new GitCommandError(notACommit, { stderr: '', code: 1 });
}

/** `origin/main` → `git fetch origin main`; any other ref → the general form. */
function describeFetch(ref: string): string {
  const remote = /^([A-Za-z0-9._-]+)\/([A-Za-z0-9._/-]+)$/.exec(ref);
  return remote && !ref.includes('..') ? `git fetch ${remote[1]} ${remote[2]}` : 'git fetch origin <branch>';
}

/**
 * The merge base of two commits: what a pull request is compared with, so that commits on the
 * target branch since the branch point are not counted as the PR's changes.
 */
export async function findMergeBase(repo: string, head: CommitId, other: CommitId, ref: string): Promise<CommitId> {
  try {
    return (await runGit(repo, ['merge-base', head, other])).trim();
  } catch (error) {
    if (!(error instanceof GitCommandError) || error.failure.code !== 1) throw error;
  }
  const shallow = (await runGit(repo, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
  throw new GitCommandError(
    shallow
      ? `HEAD and ${ref} have no merge base in this shallow clone at ${repo}: the history between them was not fetched. ` +
          'Run `git fetch --unshallow` (or check out with actions/checkout fetch-depth: 0), then run again.'
      : `HEAD and ${ref} share no history in ${repo}: there is no merge base to compare with. Compare with a ref of the same history.`,
    { stderr: '', code: 1 },
  );
}

/** The commit HEAD points at: the working tree's side starts from it. */
export async function resolveHead(repo: string): Promise<CommitId> {
  try {
    return (await runGit(repo, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])).trim();
  } catch (error) {
    if (error instanceof GitCommandError && error.failure.code === 1) {
      throw new GitCommandError(`The repository at ${repo} has no commit yet: commit once, then compare.`, error.failure);
    }
    throw error;
  }
}
