// A maintenance script no project owns: the root project checks it. Run by hand on an export of
// the run log (one JSON record per line) to see how many agent runs started on each day.
import { format } from 'date-fns';
import { Logger, UnifiedJSONHandler } from '@platform/core';

interface RunRecord {
  name: string;
  startedAt: Date;
}

const logger = new Logger('runs-per-day');
const json = new UnifiedJSONHandler();

/** Runs per calendar day, oldest day first. */
export function countRunsPerDay(lines: string[]): Map<string, number> {
  const perDay = new Map<string, number>();
  for (const line of lines.filter((text) => text.trim() !== '')) {
    const record = json.parse<RunRecord>(line);
    const day = format(record.startedAt, 'yyyy-MM-dd');
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  return new Map([...perDay].sort(([a], [b]) => a.localeCompare(b)));
}

export function printRunsPerDay(lines: string[]): void {
  const perDay = countRunsPerDay(lines);
  logger.info('run log read', { days: perDay.size });
  for (const [day, runs] of perDay) console.log(`${day}  ${runs}`);
}
