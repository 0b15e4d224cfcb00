import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evictLeastRecentlyUsed, readState, recordWrites, STATE_FILE } from './cache-budget';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 6);

describe('cache budget', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'ssot-cache-budget-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  /** An entry of `size` bytes last used `daysAgo` days before NOW. */
  const entry = (name: string, size: number, daysAgo: number): string => {
    const path = join(directory, name.slice(0, 2), name);
    mkdirSync(join(directory, name.slice(0, 2)), { recursive: true });
    writeFileSync(path, Buffer.alloc(size));
    const usedAt = new Date(NOW - daysAgo * DAY);
    utimesSync(path, usedAt, usedAt);
    return path;
  };

  it('a new cache starts its count from what the first run wrote, without listing', () => {
    entry('aa1', 500, 1); // not counted: no state says it is there
    expect(recordWrites(directory, 100, 1000, { now: NOW })).toBe(0);
    expect(readState(directory)).toEqual({ bytes: 100, countedAt: NOW });
  });

  it('under the cap, a run only adds to the recorded size: it trusts the state and lists nothing', () => {
    writeFileSync(join(directory, STATE_FILE), JSON.stringify({ bytes: 100, countedAt: NOW - 1000 }));
    const old = entry('aa1', 5000, 30); // far over the cap, but the state does not say so
    expect(recordWrites(directory, 200, 1000, { now: NOW })).toBe(0);
    expect(readState(directory)).toEqual({ bytes: 300, countedAt: NOW - 1000 });
    expect(existsSync(old)).toBe(true);
  });

  it('over the cap, deletes the least recently used entries down to three quarters of it and records the true size', () => {
    writeFileSync(join(directory, STATE_FILE), JSON.stringify({ bytes: 900, countedAt: NOW - 1000 }));
    // By last use, not by name or folder: bb2 is the oldest, then aa3.
    const paths = [entry('aa1', 300, 2), entry('bb2', 300, 4), entry('aa3', 300, 3), entry('cc4', 300, 1)];
    expect(recordWrites(directory, 200, 1000, { now: NOW })).toBe(2);
    expect(paths.map((path) => existsSync(path))).toEqual([true, false, false, true]);
    expect(readState(directory)).toEqual({ bytes: 600, countedAt: NOW });
  });

  it('recounts once the recorded size is a day old, and a run that may not evict only adds', () => {
    writeFileSync(join(directory, STATE_FILE), JSON.stringify({ bytes: 10, countedAt: NOW - 2 * DAY }));
    entry('aa1', 300, 1);
    expect(recordWrites(directory, 50, 1000, { now: NOW, mayEvict: false })).toBe(0);
    expect(readState(directory)).toEqual({ bytes: 60, countedAt: NOW - 2 * DAY });
    expect(recordWrites(directory, 0, 1000, { now: NOW })).toBe(0);
    expect(readState(directory)).toEqual({ bytes: 300, countedAt: NOW });
  });

  it('removes the temporary files of writers that died, and only those', () => {
    const orphan = entry('aa1.123.x.tmp', 10, 1);
    const live = join(directory, 'aa', 'aa2.456.y.tmp');
    writeFileSync(live, '');
    utimesSync(live, new Date(NOW - 60_000), new Date(NOW - 60_000));
    evictLeastRecentlyUsed(directory, 1000, NOW);
    expect([existsSync(orphan), existsSync(live)]).toEqual([false, true]);
  });

  it.each([['not JSON', '{"bytes": 1'], ['a negative size', '{"bytes": -1, "countedAt": 0}'], ['no date', '{"bytes": 1}'], ['null', 'null']])(
    'reads a damaged state (%s) as none',
    (_, text) => {
      writeFileSync(join(directory, STATE_FILE), text);
      expect(readState(directory)).toBeUndefined();
    },
  );
});
