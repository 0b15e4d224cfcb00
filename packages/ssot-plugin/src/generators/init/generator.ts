import { formatFiles, type Tree } from '@nx/devkit';
import { readPluginOptions } from '../shared/plugin-entry';
import { ignoreResults } from './ignore-results';
import { createRegistry } from './registry-file';
import { registerPlugin } from './register-plugin';
import type { InitGeneratorSchema } from './schema';

/**
 * `nx add ssot-plugin` / `nx g ssot-plugin:init`: register the plugin, create the registry, ignore
 * the results. Each step leaves what exists alone, so a second run changes nothing. The
 * `ssot-report` target needs no step: the plugin infers it on the root project.
 */
export async function initGenerator(tree: Tree, options: InitGeneratorSchema = {}): Promise<void> {
  registerPlugin(tree);
  // Read after registering: an existing object-form entry may move the registry or the outputs.
  const pluginOptions = readPluginOptions(tree);
  createRegistry(tree, pluginOptions.registry);
  ignoreResults(tree, [pluginOptions.reportDir, pluginOptions.outputDir]);
  if (options.skipFormat !== true) await formatFiles(tree);
}

export default initGenerator;
