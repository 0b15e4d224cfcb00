import type { DiscoverOptions, DiscoverResult } from './discover';

export type { DiscoverOptions, DiscoverResult } from './discover';
export { formatDiscoverySummary } from './format-summary';

/**
 * Discovery is a generator's work, never a check's: its modules are loaded on the first call, not
 * with every `require('ssot-core')` (the `ssot-check` task's).
 */
export function discover(options: DiscoverOptions): DiscoverResult {
  const discovery: typeof import('./discover') = require('./discover');
  return discovery.discover(options);
}
