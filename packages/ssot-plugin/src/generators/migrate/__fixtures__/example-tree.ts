import type { Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { analyze, parseRegistry, type AnalysisResult } from 'ssot-core';
import { createTreeFileHost } from '../tree-file-host';
import { readTreeProjects } from '../../shared/tree-projects';

export const REPO_ROOT = join(__dirname, '../../../../../..');
const EXAMPLE_ROOT = join(REPO_ROOT, 'examples/platform');
/** Nx's cache and the example's committed results are not part of the workspace's sources. */
const SKIPPED = new Set(['.nx', 'dist', 'node_modules']);

/** examples/platform copied into an in-memory Tree (no formatter: tests see exactly what was written). */
export function createExampleTree(): Tree {
  const tree = createTreeWithEmptyWorkspace({ formatter: 'none' });
  const copy = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (SKIPPED.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) copy(path);
      else tree.write(relative(EXAMPLE_ROOT, path).split('\\').join('/'), readFileSync(path, 'utf8'));
    }
  };
  copy(EXAMPLE_ROOT);
  return tree;
}

/** Sets `replaceWith` on global matchers of one entry, in the Tree's copy of ssot.json only. */
export function declareReplacements(tree: Tree, entryName: string, replacements: Record<string, string>): void {
  const registry = JSON.parse(tree.read('ssot.json', 'utf-8') ?? '{}') as { entries: { name: string; bypasses?: { global?: string; replaceWith?: string }[] }[] };
  for (const matcher of registry.entries.find((entry) => entry.name === entryName)?.bypasses ?? []) {
    if (matcher.global !== undefined && replacements[matcher.global] !== undefined) matcher.replaceWith = replacements[matcher.global];
  }
  tree.write('ssot.json', `${JSON.stringify(registry, null, 2)}\n`);
}

/** The counting engine over the Tree as it stands. */
export function analyzeTree(tree: Tree): AnalysisResult {
  return analyze({
    workspaceRoot: tree.root,
    registry: parseRegistry(tree.read('ssot.json', 'utf-8') ?? ''),
    projects: readTreeProjects(tree),
    host: createTreeFileHost(tree),
    today: '2026-06-01',
  });
}

/**
 * The Tree's files written to a fresh temporary folder, with the repository's node_modules linked
 * in (the example's tsconfig asks for the node and jest types), ready for `tsc -p`.
 */
export function writeTreeToTemp(tree: Tree): string {
  const dir = mkdtempSync(join(tmpdir(), 'ssot-migrate-'));
  for (const change of tree.listChanges()) {
    if (change.type === 'DELETE' || change.content === null) continue;
    mkdirSync(dirname(join(dir, change.path)), { recursive: true });
    writeFileSync(join(dir, change.path), change.content);
  }
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
