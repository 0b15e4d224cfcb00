/**
 * `report.json`: the whole model as the builder made it (its order is already stable), two-space
 * indented with a final newline so diffs of two runs are line-based. Its shape is
 * `schema/report.schema.json`.
 */
import type { Reporter } from './reporter';

export const renderJson: Reporter = (report) => `${JSON.stringify(report, null, 2)}\n`;
