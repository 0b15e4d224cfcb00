import { formatFiles, logger, type GeneratorCallback, type Tree } from '@nx/devkit';
import type { NormalizedPluginOptions } from '../../plugin/plugin-options';
import { readPluginOptions } from '../shared/plugin-entry';
import { ignoreResults } from './ignore-results';
import { readRootProjectNameFromTree } from '../shared/tree-projects';
import { formatNextSteps } from './next-steps';
import { createRegistry } from './registry-file';
import { registerPlugin } from './register-plugin';
import type { InitGeneratorSchema } from './schema';

/**
 * `nx add ssot-plugin` / `nx g ssot-plugin:init`: create the registry, ignore the results, register
 * the plugin, then print the next steps. Each step leaves what exists alone, so a second run changes
 * nothing. The `ssot-report` target needs no step: the plugin infers it on the root project. No
 * baseline is written: a project gets one when `ssot-baseline` has known bypasses to record.
 */
export async function initGenerator(tree: Tree, options: InitGeneratorSchema = {}): Promise<GeneratorCallback> {
  const pluginOptions = createWorkspaceFiles(tree);
  if (options.skipFormat !== true) await formatFiles(tree);
  // After formatting: formatFiles formats every changed file, and nx.json must keep the user's layout.
  registerPlugin(tree);
  const nextSteps = formatNextSteps(readRootProjectNameFromTree(tree), pluginOptions);
  return () => {
    for (const line of nextSteps) logger.info(line);
  };
}

/**
 * The files init creates besides nx.json: the registry and the ignore rule. The class generator
 * calls it too, and registers the plugin after its own formatting for the same reason as init.
 */
export function createWorkspaceFiles(tree: Tree): NormalizedPluginOptions {
  // An existing object-form entry may move the registry or the outputs; a new entry has the defaults.
  const pluginOptions = readPluginOptions(tree);
  createRegistry(tree, pluginOptions.registry);
  ignoreResults(tree, [pluginOptions.reportDir, pluginOptions.outputDir]);
  return pluginOptions;
}

export default initGenerator;
