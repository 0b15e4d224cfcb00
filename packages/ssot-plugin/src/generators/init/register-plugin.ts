import { readNxJson, type Tree } from '@nx/devkit';
import { findPluginEntry, PLUGIN_NAME } from '../shared/plugin-entry';
import { insertPluginEntry } from './insert-plugin-entry';

/**
 * Adds `"ssot-plugin"` to nx.json's `plugins` unless an entry for it exists in either form (an
 * object-form entry carries the user's options, so it is never touched). The file is edited, not
 * re-serialised: the diff is the one added line. Returns whether it wrote.
 */
export function registerPlugin(tree: Tree): boolean {
  if (!tree.exists('nx.json')) {
    // Not an Nx workspace yet (nx add always has one): the smallest nx.json that loads the plugin.
    tree.write('nx.json', `{\n  "plugins": [${JSON.stringify(PLUGIN_NAME)}]\n}\n`);
    return true;
  }
  if (findPluginEntry(readNxJson(tree)) !== undefined) return false;
  tree.write('nx.json', insertPluginEntry(tree.read('nx.json', 'utf-8') ?? '{}', PLUGIN_NAME));
  return true;
}
