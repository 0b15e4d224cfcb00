export { CatFileBatch } from './cat-file-batch';
export { openGitTreeHost } from './git-tree-host';
export type { GitTreeHost, GitTreeHostOptions } from './git-tree-host';
export { findMergeBase, resolveCommit, resolveHead } from './resolve-commit';
export type { CommitId } from './resolve-commit';
export { listChangedFiles } from './changed-files';
export { isoWeekOf, listFirstParentCommits, selectBackfillPoints } from './backfill-commits';
export type { BackfillInterval, BackfillPoint, DatedCommit } from './backfill-commits';
export { GitCommandError } from './run-git';
