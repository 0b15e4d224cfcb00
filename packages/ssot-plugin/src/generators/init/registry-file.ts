import { posix } from 'node:path';
import type { Tree } from '@nx/devkit';
import type { RegistryEntry } from 'ssot-core';
import { renderInline, renderJson } from '../shared/render-json';

/**
 * The example the new registry shows in its `$comment`. It is not a real entry: a `source` must
 * exist (the loader fails on a missing file, exit 2), so a live example would break `ssot-check` in
 * every workspace that lacks it. A test validates it against the registry schema.
 */
export const EXAMPLE_ENTRY: RegistryEntry = {
  name: 'JsonHandler',
  source: 'libs/core/src/json-handler.ts',
  bypasses: [{ global: 'JSON.parse' }, { global: 'JSON.stringify' }, { import: 'fast-json-stringify' }],
  owner: '@platform',
  priority: 'high',
};

/** The text of a new registry at `path` (workspace-relative): `$schema` is relative to it. */
export function renderRegistry(path: string): string {
  const depth = posix.dirname(path) === '.' ? 0 : posix.dirname(path).split('/').length;
  const schema = `${depth === 0 ? './' : '../'.repeat(depth)}node_modules/ssot-core/schema/registry.schema.json`;
  const comment =
    'The single sources of truth (SSOTs) of this workspace, one entry each: the canonical implementation ' +
    'of a concern and what counts as going around it (bypasses). `nx g ssot-plugin:class <Name> --project <project>` ' +
    'scaffolds and registers one; `nx run-many -t ssot-check` counts usages and bypasses per project; ' +
    '`nx run <root project>:ssot-report` merges them. Fields: see $schema. Example entry: ' +
    renderInline(EXAMPLE_ENTRY);
  return `${renderJson({ $schema: schema, $comment: comment, entries: [] }, { unit: '  ' })}\n`;
}

/** Creates the registry unless a file is there already (an existing registry is the user's). */
export function createRegistry(tree: Tree, path: string): boolean {
  if (tree.exists(path)) return false;
  tree.write(path, renderRegistry(path));
  return true;
}
