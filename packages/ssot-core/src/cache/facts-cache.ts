import { accessSync, closeSync, constants, fstatSync, futimesSync, mkdirSync, openSync, readSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileFacts, ScanInterest } from '../scan/file-facts';
import { recordWrites } from './cache-budget';
import { decodeEntry, encodeEntry } from './cache-entry';
import { createCacheNamespace, getEntryKey } from './cache-key';

/**
 * 256 MB: entries average 2.2 kB (9.0 MB for the 4,005 files tools/bench's 5,000-file workspace parses), so the
 * cap holds about 28 versions of such a workspace, several branches' worth, while staying small
 * beside Nx's own cache (by default a tenth of the disk).
 */
export const DEFAULT_FACTS_CACHE_BYTES = 256 * 1024 * 1024;
/** A read refreshes an entry's time (its place in the eviction order) at most this often. */
const TOUCH_AFTER_MS = 60 * 60 * 1000;
/** No entry is this big (the largest file analysed is 2 MB): a bigger file is not ours. */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

export interface FactsCacheOptions {
  /** Where the entries live; created when missing. Nothing else should write there. */
  directory: string;
  /** Size cap in bytes; the least recently used entries go when the cache grows over it. */
  maxBytes?: number;
  /** Receives one line when the cache cannot be used or written (it then works without); quiet otherwise. */
  debug?: (line: string) => void;
}

export interface FactsCacheStats {
  hits: number;
  misses: number;
  /** Entries that were there but not valid (truncated, damaged, foreign): scanned and written again. */
  refused: number;
  writtenBytes: number;
  evicted: number;
}

export type ScanFunction = (file: string, text: string, interest: ScanInterest) => FileFacts;

export interface FactsCache {
  /** The facts of `file` with this text, from the cache when an entry matches, else from `scan` (and stored). */
  getOrScan(file: string, text: string, interest: ScanInterest, scan: ScanFunction): FileFacts;
  /** `scan` with this cache in front of it: what `analyze`'s and `indexWorkspace`'s `scan` option takes. */
  wrap(scan: ScanFunction): ScanFunction;
  /** Records what this run wrote and evicts when the cache is over its cap (at most once per cache object). */
  flush(): void;
  getStats(): FactsCacheStats;
}

/**
 * A persistent cache of `scanFile`'s output, one file per entry, keyed by the file's text and
 * everything else the facts depend on (see `cache-key.ts`). Safe for many processes at once:
 * an entry is written to a temporary file and renamed into place, and read back only when its
 * header vouches for it. A directory that cannot be created or written degrades to no cache.
 */
export function createFactsCache(options: FactsCacheOptions): FactsCache {
  const { directory, maxBytes = DEFAULT_FACTS_CACHE_BYTES } = options;
  const stats: FactsCacheStats = { hits: 0, misses: 0, refused: 0, writtenBytes: 0, evicted: 0 };
  const namespaces = new WeakMap<ScanInterest, string>();
  const shards = new Set<string>();
  let problem: string | undefined;
  const fail = (what: string, error: unknown): void => {
    if (problem !== undefined) return;
    problem = `ssot facts cache: ${what} in ${directory} (${error instanceof Error ? error.message : String(error)}); analysing without it`;
    options.debug?.(problem);
  };
  let readable = true;
  let writable = true;
  try {
    mkdirSync(directory, { recursive: true });
    accessSync(directory, constants.R_OK);
  } catch (error) {
    readable = writable = false;
    fail('cannot use the directory', error);
  }
  if (readable) {
    try {
      accessSync(directory, constants.W_OK);
    } catch (error) {
      writable = false; // read-only (a cache restored in CI, say): still worth reading
      fail('cannot write', error);
    }
  }
  /** Written but not yet added to the recorded size. */
  let unrecordedBytes = 0;
  let budgetChecked = false;

  const namespaceOf = (interest: ScanInterest): string => {
    let namespace = namespaces.get(interest);
    if (namespace === undefined) {
      namespace = createCacheNamespace(interest);
      namespaces.set(interest, namespace);
    }
    return namespace;
  };

  const read = (path: string, key: string, file: string): FileFacts | undefined => {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch {
      return undefined; // not cached yet, the common miss
    }
    try {
      const { size, mtimeMs } = fstatSync(fd);
      if (size > MAX_ENTRY_BYTES) return undefined;
      const bytes = Buffer.allocUnsafe(size);
      let offset = 0;
      while (offset < size) {
        const count = readSync(fd, bytes, offset, size - offset, offset);
        if (count === 0) break;
        offset += count;
      }
      const facts = decodeEntry(key, bytes.subarray(0, offset), file);
      if (facts === undefined) stats.refused++;
      else if (writable && Date.now() - mtimeMs > TOUCH_AFTER_MS) touch(fd);
      return facts;
    } catch {
      stats.refused++;
      return undefined;
    } finally {
      closeSync(fd);
    }
  };

  const write = (shard: string, path: string, bytes: Buffer): void => {
    const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      if (!shards.has(shard)) {
        mkdirSync(shard, { recursive: true });
        shards.add(shard);
      }
      writeFileSync(temporary, bytes);
      renameSync(temporary, path); // atomic: a concurrent reader sees the old entry, none, or this one
      stats.writtenBytes += bytes.length;
      unrecordedBytes += bytes.length;
    } catch (error) {
      removeQuietly(temporary);
      writable = false; // full disk, read-only, removed under us: stop trying for this run
      fail('cannot write an entry', error);
    }
  };

  const cache: FactsCache = {
    getOrScan(file, text, interest, scan) {
      if (!readable) return scan(file, text, interest);
      const key = getEntryKey(namespaceOf(interest), file, text);
      const shard = join(directory, key.slice(0, 2));
      const path = join(shard, key);
      const cached = read(path, key, file);
      if (cached) {
        stats.hits++;
        return cached;
      }
      stats.misses++;
      const facts = scan(file, text, interest);
      if (writable) write(shard, path, encodeEntry(key, facts));
      return facts;
    },
    flush() {
      if (!writable) return;
      try {
        // Nx 17–19 delete any folder of their cache directory left unchanged for a week.
        const now = Date.now();
        utimesSync(directory, now / 1000, now / 1000);
        if (unrecordedBytes === 0 && budgetChecked) return;
        stats.evicted += recordWrites(directory, unrecordedBytes, maxBytes, { now, mayEvict: !budgetChecked });
        budgetChecked = true;
        unrecordedBytes = 0;
      } catch (error) {
        fail('cannot record its size', error);
      }
    },
    wrap: (scan) => (file, text, interest) => cache.getOrScan(file, text, interest, scan),
    getStats: () => ({ ...stats }),
  };
  return cache;
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // its folder is gone or is no folder: nothing is left to remove
  }
}

/** Refreshes an entry's time, which eviction reads as "last used"; a failure only makes it look older. */
function touch(fd: number): void {
  try {
    const now = Date.now() / 1000;
    futimesSync(fd, now, now);
  } catch {
    // an entry of another user, or a read-only file: it stays where it was in the eviction order
  }
}
