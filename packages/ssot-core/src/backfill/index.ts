export { computeHistoryPointAt } from './history-point-at';
export type { HistoryPointAt, HistoryPointOptions } from './history-point-at';
