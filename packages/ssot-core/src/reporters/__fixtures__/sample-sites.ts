/**
 * The bypass sites of the sample report, fingerprinted the way the checker does. Counts per entry,
 * project and file agree with the sample's totals, top projects and action items.
 */
import { assignFingerprints } from '../../result/fingerprint';
import type { Site, SiteKind } from '../../result/site';

interface SiteGroup {
  project: string;
  file: string;
  kind: SiteKind;
  text: string;
  count: number;
  /** How many of them the baseline does not know yet (the last ones of the group). */
  fresh?: number;
}

/** Bypass sites, one every few lines, fingerprinted the way the checker does. */
function bypassSites(entry: string, groups: SiteGroup[]): Site[] {
  const sites = groups.flatMap((group) =>
    Array.from({ length: group.count }, (_, index) => ({
      entry,
      side: 'bypass' as const,
      kind: group.kind,
      file: group.file,
      line: 12 + index * 7,
      column: group.kind === 'factory-bypass' ? 21 : 5,
      text: group.text,
      project: group.project,
      known: index < group.count - (group.fresh ?? 0),
      path: '',
      lineHash: '',
    })),
  );
  return assignFingerprints(sites, () => '.');
}

export const apiClientSites = bypassSites('ApiClient', [
  { project: 'web', file: 'apps/web/src/search/search-page.ts', kind: 'global', text: 'fetch', count: 3 },
  { project: 'web', file: 'apps/web/src/app/prefetch.ts', kind: 'global', text: 'fetch', count: 2 },
  { project: 'admin', file: 'apps/admin/src/users/users-api.ts', kind: 'ref', text: 'axios.get', count: 3 },
]);
export const appLoggerSites = bypassSites('AppLogger', [
  { project: 'api', file: 'apps/api/src/orders/orders.controller.ts', kind: 'global', text: 'console', count: 10 },
  { project: 'api', file: 'apps/api/src/main.ts', kind: 'global', text: 'console', count: 8 },
  { project: 'web', file: 'apps/web/src/app/error-boundary.tsx', kind: 'global', text: 'console', count: 9 },
  { project: 'admin', file: 'apps/admin/src/main.ts', kind: 'global', text: 'console', count: 3, fresh: 3 },
]);
export const configSites = bypassSites('ConfigService', [
  { project: 'api', file: 'apps/api/src/bootstrap.ts', kind: 'factory-bypass', text: 'new ConfigService', count: 4, fresh: 4 },
  { project: 'api', file: 'apps/api/src/db/connection.ts', kind: 'global', text: 'process.env', count: 5 },
  { project: 'admin', file: 'apps/admin/src/env.ts', kind: 'factory-bypass', text: 'new ConfigService', count: 2 },
  { project: 'admin', file: 'apps/admin/src/env.ts', kind: 'global', text: 'process.env', count: 4 },
]);
export const jsonSites = bypassSites('JsonCodec', [
  { project: 'web', file: 'apps/web/src/state/persist.ts', kind: 'global', text: 'JSON.parse', count: 7 },
  { project: 'web', file: 'apps/web/src/state/persist.ts', kind: 'global', text: 'JSON.stringify', count: 5 },
  { project: 'api', file: 'apps/api/src/cache/redis-cache.ts', kind: 'global', text: 'JSON.parse', count: 8, fresh: 2 },
  { project: 'shared-ui', file: 'libs/shared-ui/src/table/export-csv.ts', kind: 'global', text: 'JSON.stringify', count: 4 },
]);
export const dateSites = bypassSites('DateFormats', [
  { project: 'web', file: 'apps/web/src/orders/order-row.tsx', kind: 'literal', text: "'yyyy-MM-dd'", count: 7 },
  { project: 'admin', file: 'apps/admin/src/reports/report-header.tsx', kind: 'literal', text: "'yyyy-MM-dd'", count: 5 },
]);
