import { createHash } from 'node:crypto';
import type { Site } from './site';

/**
 * SPEC §7 fingerprints: entry + file + matched text + occurrence (the n-th site with that entry,
 * file and text, in position order) — no line numbers, so edits elsewhere in the file keep them.
 * `sites` must already be sorted by position.
 */
export function assignFingerprints(sites: Omit<Site, 'fingerprint'>[]): Site[] {
  const occurrences = new Map<string, number>();
  return sites.map((site) => {
    const key = `${site.entry}\0${site.file}\0${site.text}`;
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    const fingerprint = createHash('sha1').update(`${key}\0${occurrence}`).digest('hex').slice(0, 16);
    return { ...site, fingerprint };
  });
}

export function compareSites(a: Pick<Site, 'file' | 'line' | 'column' | 'entry' | 'side'>, b: Pick<Site, 'file' | 'line' | 'column' | 'entry' | 'side'>): number {
  return compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.entry, b.entry) || compareStrings(a.side, b.side);
}

/** Code-unit order, independent of locale, so results are byte-identical on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
