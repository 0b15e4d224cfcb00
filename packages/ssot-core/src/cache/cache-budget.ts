import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../result/write-result';

/**
 * The cache's size, kept in `state.json` so that no run lists the directory to learn it: each run
 * adds what it wrote, and only a run that finds the total over the cap (or the figure older than a
 * day) lists the entries, deletes the least recently used and writes the true total. Two runs that
 * add at once may lose one's addition; the daily recount corrects that drift.
 */
export const STATE_FILE = 'state.json';
/** Eviction goes below the cap so that the next runs do not evict again at once. */
const EVICT_TO = 0.75;
const RECOUNT_AFTER_MS = 24 * 60 * 60 * 1000;
/** A temporary file this old belongs to a writer that died: nobody will rename it. */
const ORPHAN_AFTER_MS = 60 * 60 * 1000;

export interface CacheState {
  bytes: number;
  /** When the entries were last listed (ms since the epoch). */
  countedAt: number;
}

export function readState(directory: string): CacheState | undefined {
  try {
    const value: unknown = JSON.parse(readFileSync(join(directory, STATE_FILE), 'utf8'));
    if (typeof value !== 'object' || value === null) return undefined;
    const { bytes, countedAt } = value as Record<string, unknown>;
    return typeof bytes === 'number' && typeof countedAt === 'number' && bytes >= 0 ? { bytes, countedAt } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Adds `addedBytes` to the recorded size and, when `mayEvict`, evicts if that goes over `maxBytes`
 * (or recounts if the figure is a day old). Returns the number of entries deleted. A new cache (no
 * state yet) starts its count here without listing.
 */
export function recordWrites(directory: string, addedBytes: number, maxBytes: number, { now = Date.now(), mayEvict = true } = {}): number {
  const state = readState(directory);
  const bytes = (state?.bytes ?? 0) + addedBytes;
  if (mayEvict && (bytes > maxBytes || (state !== undefined && now - state.countedAt > RECOUNT_AFTER_MS))) {
    return evictLeastRecentlyUsed(directory, maxBytes, now);
  }
  writeFileAtomic(join(directory, STATE_FILE), JSON.stringify({ bytes, countedAt: state?.countedAt ?? now }));
  return 0;
}

interface ListedEntry {
  path: string;
  size: number;
  usedAt: number;
}

/**
 * Lists every entry, deletes the least recently used (by modification time, which a read refreshes)
 * until the rest fit in `EVICT_TO` of the cap, and records the true total.
 */
export function evictLeastRecentlyUsed(directory: string, maxBytes: number, now = Date.now()): number {
  const entries: ListedEntry[] = [];
  for (const shard of readdirSync(directory, { withFileTypes: true })) {
    if (!shard.isDirectory()) continue;
    for (const name of readNames(join(directory, shard.name))) {
      const path = join(directory, shard.name, name);
      const stat = statOrUndefined(path);
      if (!stat) continue;
      if (name.endsWith('.tmp')) {
        if (now - stat.mtimeMs > ORPHAN_AFTER_MS) rmSync(path, { force: true });
        continue;
      }
      entries.push({ path, size: stat.size, usedAt: stat.mtimeMs });
    }
  }
  entries.sort((a, b) => a.usedAt - b.usedAt);
  let bytes = entries.reduce((sum, entry) => sum + entry.size, 0);
  let deleted = 0;
  for (const entry of entries) {
    if (bytes <= maxBytes * EVICT_TO) break;
    rmSync(entry.path, { force: true });
    bytes -= entry.size;
    deleted++;
  }
  writeFileAtomic(join(directory, STATE_FILE), JSON.stringify({ bytes, countedAt: now }));
  return deleted;
}

function readNames(directory: string): string[] {
  try {
    return readdirSync(directory);
  } catch {
    return []; // removed by a concurrent eviction or `nx reset`
  }
}

function statOrUndefined(path: string): { size: number; mtimeMs: number } | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
