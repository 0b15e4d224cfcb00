import { format } from 'date-fns';
import { DATE_TIME_FORMAT } from '@platform/core';
// Reaches into core's internals instead of its public entry, @platform/core.
import { UnifiedJSONHandler } from '../../../../libs/core/src/serialization/unified-json-handler';

export interface RunSummary {
  agent: string;
  finishedAt: Date;
  output: unknown;
}

const json = new UnifiedJSONHandler();

export function describeRun(run: RunSummary): string {
  return `${run.agent} finished ${format(run.finishedAt, DATE_TIME_FORMAT)}: ${json.stringify(run.output)}`;
}

/** Groups runs by calendar day for the history view. */
export function groupByDay(runs: readonly RunSummary[]): Map<string, RunSummary[]> {
  const groups = new Map<string, RunSummary[]>();
  for (const run of runs) {
    const day = format(run.finishedAt, 'yyyy-MM-dd');
    groups.set(day, [...(groups.get(day) ?? []), run]);
  }
  return groups;
}

export function toClipboard(runs: readonly RunSummary[]): string {
  return JSON.stringify(runs, null, 2);
}
