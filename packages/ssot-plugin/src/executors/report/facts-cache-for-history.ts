import { logger } from '@nx/devkit';
import { createFactsCache, scanFile, type FactsCache } from 'ssot-core';
import { getFactsCacheDirectory, isFactsCacheOffInEnv } from '../check/facts-cache-location';

/**
 * The checks' facts cache, for analyses at other commits: a file whose text is the same at the
 * merge base (or at the previous backfill point) as when it was last scanned is not parsed again.
 * Off as it is for the checks (`SSOT_FACTS_CACHE=false`).
 */
export function openFactsCacheForHistory(root: string): { scan?: ReturnType<FactsCache['wrap']>; flush(): void } {
  if (isFactsCacheOffInEnv()) return { flush: () => undefined };
  const cache = createFactsCache({ directory: getFactsCacheDirectory(root), debug: (line) => logger.verbose(line) });
  return { scan: cache.wrap(scanFile), flush: () => cache.flush() };
}
