export { discover } from './discover';
export type { DiscoverOptions, DiscoverResult } from './discover';
export { formatDiscoverySummary } from './format-summary';
