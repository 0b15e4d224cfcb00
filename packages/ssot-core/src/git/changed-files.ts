import type { CommitId } from './resolve-commit';
import { runGit } from './run-git';

/**
 * Workspace-relative files that differ between a commit and the working tree: tracked changes
 * (staged or not, deletions included; a rename is its two paths) and untracked files that the
 * ignore files do not hide. Git answers from its index and stat data, so this costs far less than
 * comparing contents.
 */
export async function listChangedFiles(workspaceRoot: string, commit: CommitId): Promise<string[]> {
  const [tracked, untracked] = await Promise.all([
    runGit(workspaceRoot, ['diff', '--name-only', '-z', '--no-renames', '--relative', commit, '--']),
    runGit(workspaceRoot, ['ls-files', '--others', '--exclude-standard', '-z']),
  ]);
  const paths = new Set([...tracked.split('\0'), ...untracked.split('\0')].filter((path) => path !== ''));
  return [...paths].sort();
}
