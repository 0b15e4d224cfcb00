import { readNxJson, type NxJsonConfiguration, type PluginConfiguration, type Tree } from '@nx/devkit';
import { normalizePluginOptions, type NormalizedPluginOptions } from '../../plugin/plugin-options';

/** The name nx.json's `plugins` uses for this package (its npm name). */
export const PLUGIN_NAME = 'ssot-plugin';

/** The nx.json `plugins` item of ssot-plugin, in string (`"ssot-plugin"`) or object form. */
export function findPluginEntry(nxJson: NxJsonConfiguration | null): PluginConfiguration | undefined {
  return nxJson?.plugins?.find((plugin) => (typeof plugin === 'string' ? plugin : plugin.plugin) === PLUGIN_NAME);
}

/**
 * The plugin's options as the workspace configures them (registry path, report folder...), so the
 * generators write the files the inferred targets read. A wrong value throws the plugin's own
 * message naming the option.
 */
export function readPluginOptions(tree: Tree): NormalizedPluginOptions {
  const entry = findPluginEntry(readNxJson(tree));
  const options = entry === undefined || typeof entry === 'string' ? undefined : entry.options;
  return normalizePluginOptions(isRecord(options) ? options : undefined);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
