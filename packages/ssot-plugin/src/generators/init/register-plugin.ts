import { readNxJson, updateNxJson, writeJson, type Tree } from '@nx/devkit';
import { findPluginEntry, PLUGIN_NAME } from '../shared/plugin-entry';

/**
 * Adds `"ssot-plugin"` to nx.json's `plugins` unless an entry for it exists in either form (an
 * object-form entry carries the user's options, so it is never touched). Returns whether it wrote.
 */
export function registerPlugin(tree: Tree): boolean {
  const nxJson = readNxJson(tree);
  if (findPluginEntry(nxJson) !== undefined) return false;
  if (nxJson === null) {
    // Not an Nx workspace yet (nx add always has one): the smallest nx.json that loads the plugin.
    writeJson(tree, 'nx.json', { plugins: [PLUGIN_NAME] });
    return true;
  }
  updateNxJson(tree, { ...nxJson, plugins: [...(nxJson.plugins ?? []), PLUGIN_NAME] });
  return true;
}
