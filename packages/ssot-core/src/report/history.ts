import { SsotConfigError } from '../errors';
import { compareStrings } from '../result/fingerprint';
import type { TrendPoint } from './report-model';

/** The history file: one JSON line per recorded report run (SPEC §7 trend), oldest first. */
export const HISTORY_FILE_NAME = 'ssot-history.jsonl';

export function parseHistory(text: string, file: string): TrendPoint[] {
  const points: TrendPoint[] = [];
  // A byte-order mark (an editor's) and CRLF endings (git autocrlf) are not damage.
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      parsed = undefined;
    }
    if (!isTrendPoint(parsed)) {
      throw new SsotConfigError(
        [{ file, path: `line ${index + 1}`, expected: '{"date":"YYYY-MM-DD","health":…,"coverage":{…}}', found: JSON.stringify(line.slice(0, 80)), line: index + 1, column: 1 }],
        `The history ${file} is damaged at line ${index + 1}: each line must be one JSON snapshot {"date","commit","health","coverage"}. Fix or delete that line (it is one report run).`,
      );
    }
    points.push(parsed);
  });
  return points.sort((a, b) => compareStrings(a.date, b.date));
}

/** One line to append for this run. */
export function serializeHistoryPoint(point: TrendPoint): string {
  const ordered: TrendPoint = { date: point.date, ...(point.commit ? { commit: point.commit } : {}), health: point.health, coverage: point.coverage, ...(point.registry ? { registry: point.registry } : {}) };
  return `${JSON.stringify(ordered)}\n`;
}

/** The newest snapshot at or before `date`. */
export function findSnapshotAtOrBefore(points: TrendPoint[], date: string): TrendPoint | undefined {
  let found: TrendPoint | undefined;
  for (const point of points) if (point.date <= date) found = point;
  return found;
}

function isTrendPoint(value: unknown): value is TrendPoint {
  if (!value || typeof value !== 'object') return false;
  const point = value as Record<string, unknown>;
  const isCoverage = (v: unknown) => v === null || (typeof v === 'number' && v >= 0 && v <= 100);
  return (
    typeof point.date === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(point.date) &&
    (point.commit === undefined || typeof point.commit === 'string') &&
    isCoverage(point.health) &&
    !!point.coverage &&
    typeof point.coverage === 'object' &&
    Object.values(point.coverage as Record<string, unknown>).every(isCoverage) &&
    (point.registry === undefined || isTodaysRegistry(point.registry))
  );
}

/** A backfilled point's note that its commit was analysed with today's registry. */
function isTodaysRegistry(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const { from, reason, ...rest } = value as Record<string, unknown>;
  return from === 'today' && (reason === 'absent' || reason === 'unreadable') && Object.keys(rest).length === 0;
}
