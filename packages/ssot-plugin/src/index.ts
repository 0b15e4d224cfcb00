/** The Nx plugin entry: `"plugins": ["ssot-plugin"]` in nx.json loads this module. */
export { createNodes, createNodesV2 } from './plugin';
export type { PluginOptions } from './plugin';
