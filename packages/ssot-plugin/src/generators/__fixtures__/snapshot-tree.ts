import type { Tree } from '@nx/devkit';

/** Every pending change of the Tree as path → content: equal snapshots mean a step wrote nothing. */
export function snapshotTree(tree: Tree): Record<string, string | null> {
  const changes = tree.listChanges().map((change): [string, string | null] => [
    `${change.type} ${change.path}`,
    change.content === null ? null : change.content.toString('utf8'),
  ]);
  return Object.fromEntries(changes.sort(([a], [b]) => a.localeCompare(b)));
}
