import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { CreateNodesResultArray, NxJsonConfiguration, TargetConfiguration } from '@nx/devkit';
import { createNodes, type PluginOptions } from '../plugin';

/** Runs createNodes over a real directory tree, as Nx would: the spec helpers of the plugin. */
export type Tree = Record<string, string | object>;

export const workspaces = (globs: string[]) => ({ name: 'root', workspaces: globs });

/** A fresh temp workspace per test (call at the top of a describe). */
export function useTempWorkspace(): { root: () => string } {
  let root = '';
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ssot-plugin-nodes-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  return { root: () => root };
}

function writeTree(root: string, tree: Tree): string[] {
  for (const [file, content] of Object.entries(tree)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), typeof content === 'string' ? content : JSON.stringify(content));
  }
  // What Nx hands the plugin: every file its glob matches, sorted.
  return Object.keys(tree)
    .filter((file) => ['project.json', 'package.json'].includes(basename(file)))
    .sort();
}

export async function infer(
  root: string,
  tree: Tree,
  options?: PluginOptions,
  nxJson: NxJsonConfiguration = {},
): Promise<CreateNodesResultArray> {
  const configFiles = writeTree(root, tree);
  return createNodes[1](configFiles, options, { workspaceRoot: root, nxJsonConfiguration: nxJson });
}

/** project root → the targets inferred on it. */
export async function targetsByRoot(root: string, tree: Tree, options?: PluginOptions, nxJson?: NxJsonConfiguration) {
  const byRoot: Record<string, Record<string, TargetConfiguration>> = {};
  for (const [, result] of await infer(root, tree, options, nxJson)) {
    for (const [projectRoot, project] of Object.entries(result.projects ?? {})) {
      byRoot[projectRoot] = project.targets ?? {};
    }
  }
  return byRoot;
}
