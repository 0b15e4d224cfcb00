import type { NormalizedEntry } from '../registry/normalized-registry';
import type { Site } from '../result/site';
import type { FixKind } from './migration-plan';

/**
 * Which sites each fix handles, free of ts-morph: a caller (the ESLint rules, per linted file)
 * asks whether a site is fixable before the planner and ts-morph load (about 0.4 s), and most
 * files never need them. The fixes themselves (fix-*.ts) take their `handles` from here.
 */
export const FIX_HANDLES: Readonly<Record<FixKind, (site: Site, entry: NormalizedEntry) => boolean>> = {
  'legacy-path': (site) => site.side === 'usage' && site.pattern === 'legacy-shim',
  'factory-call': (site) => site.kind === 'factory-bypass',
  'global-call': (site, entry) => site.kind === 'global' && getReplaceWith(entry, site.text) !== undefined,
};

/** The `replaceWith` a `global` matcher of the entry declares for this dotted path, if any. */
export function getReplaceWith(entry: NormalizedEntry, path: string): string | undefined {
  for (const matcher of entry.bypasses) if (matcher.kind === 'global' && matcher.path === path && matcher.replaceWith !== undefined) return matcher.replaceWith;
  return undefined;
}

/** Whether some fix handles the site (exempt sites never are fixed). */
export function isFixableSite(site: Site, entry: NormalizedEntry | undefined): boolean {
  return entry !== undefined && !site.exempt && Object.values(FIX_HANDLES).some((handles) => handles(site, entry));
}
