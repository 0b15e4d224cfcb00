import * as crypto from 'node:crypto';
import type { Site } from './site';

/** A site with its fingerprint anchors, before the fingerprint (`RawSite` gives both anchors). */
export type AnchoredSite = Omit<Site, 'fingerprint'> & { path: string; lineHash: string };

/**
 * SPEC §7 fingerprints, format 2: entry + file (relative to its project's root, so a project that
 * moves keeps them) + enclosing declaration path + matched text + hash of the normalised line, and
 * an occurrence index only among sites equal on all of those. No line numbers: a bypass inserted in
 * another declaration, or on a line that reads differently, leaves every other fingerprint alone.
 * `sites` must already be sorted by position; `rootOf` gives a project's root ('.' for the workspace).
 */
export function assignFingerprints<T extends AnchoredSite>(sites: T[], rootOf: (project: string) => string): (Omit<T, 'path' | 'lineHash'> & Pick<Site, 'fingerprint'>)[] {
  const occurrences = new Map<string, number>();
  return sites.map(({ path, lineHash, ...site }) => {
    const key = `${site.entry}\0${relativeToRoot(site.file, rootOf(site.project))}\0${path}\0${site.text}\0${lineHash}`;
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    return { ...site, fingerprint: hashFingerprint(`2\0${key}\0${occurrence}`) };
  });
}

/**
 * Format 1 fingerprints (the first baseline format): entry + workspace-relative file + text + occurrence among the
 * same entry, file and text. Only to compare a baseline written in that format, best-effort.
 */
export function getLegacyFingerprints(sites: Pick<Site, 'entry' | 'file' | 'text'>[]): string[] {
  const occurrences = new Map<string, number>();
  return sites.map((site) => {
    const key = `${site.entry}\0${site.file}\0${site.text}`;
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    return hashFingerprint(`${key}\0${occurrence}`);
  });
}

/** `libs/a/src/x.ts` under `libs/a` → `src/x.ts`; a file outside the root stays as it is. */
export function relativeToRoot(file: string, root: string): string {
  return root === '.' || root === '' || !file.startsWith(`${root}/`) ? file : file.slice(root.length + 1);
}

function hashFingerprint(key: string): string {
  return sha1Hex(key).slice(0, 16);
}

/**
 * One-shot `crypto.hash` (Node 20.12 and later) costs about a third less per site than a Hash
 * object, with the same digest; a 2 MB bundle has 64,000 sites (tools/bench). Older Node 20s lack it.
 */
const sha1Hex: (text: string) => string =
  typeof crypto.hash === 'function' ? (text) => crypto.hash('sha1', text, 'hex') : (text) => crypto.createHash('sha1').update(text).digest('hex');

export function compareSites(a: Pick<Site, 'file' | 'line' | 'column' | 'entry' | 'side'>, b: Pick<Site, 'file' | 'line' | 'column' | 'entry' | 'side'>): number {
  return compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.entry, b.entry) || compareStrings(a.side, b.side);
}

/** Code-unit order, independent of locale, so results are byte-identical on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
