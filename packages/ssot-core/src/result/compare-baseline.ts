import type { BaselineFile } from './baseline';
import { compareItems } from './baseline';
import { isCountedBypass } from './compute-totals';
import { getLegacyFingerprints } from './fingerprint';
import type { BaselineComparison, BaselineItem, Diagnostic, KeptBaselineItem, Site } from './project-result.generated';

/** The state of a project against its baseline (SPEC §7): no baseline yet, or same / better / worse. */
export type BaselineVerdict = 'new' | 'same' | 'better' | 'worse';

/**
 * Why a file was not analysed in this run (a diagnostic's code, or `excluded`), or undefined when it
 * was analysed, or is gone, or now belongs to another project (its sites are counted there).
 */
export type WhyNotAnalysed = (file: string) => string | undefined;

/**
 * Marks each bypass site known or new against the baseline. A baseline item that no site matches is
 * `fixed` when its file was analysed (or is gone), and `kept` when its file was not analysed: an
 * unreadable file must never turn its known bypasses into fixed ones (SPEC §7). A format-1 baseline
 * (and a format-1 item kept through a migration) is compared through format-1 fingerprints
 * (best-effort: they count occurrences).
 */
export function compareWithBaseline(
  sites: Site[],
  baseline: BaselineFile | undefined,
  file: string,
  whyNotAnalysed: WhyNotAnalysed = () => undefined,
): { sites: Site[]; baseline: BaselineComparison } {
  const items = baseline?.items ?? [];
  const known = new Set(items.map((item) => item.fingerprint));
  // Items in format 1 (a whole format-1 file, or items kept through its migration) match format-1 fingerprints.
  const legacy = items.some((item) => item.format === 1) ? getLegacyFingerprints(sites) : undefined;
  const present = new Set<string>();
  let knownCount = 0;
  let newCount = 0;
  const marked = sites.map((site, index) => {
    // A suppressed site is no baseline item: a baseline item whose site is now suppressed is fixed.
    if (!isCountedBypass(site)) return site;
    const keys = legacy ? [site.fingerprint, legacy[index]] : [site.fingerprint];
    for (const key of keys) present.add(key);
    if (keys.some((key) => known.has(key))) {
      knownCount += 1;
      return { ...site, known: true };
    }
    newCount += 1;
    return site;
  });
  const fixed: BaselineItem[] = [];
  const kept: KeptBaselineItem[] = [];
  for (const item of [...items].sort(compareItems)) {
    if (present.has(item.fingerprint)) continue;
    const reason = whyNotAnalysed(item.file);
    if (reason === undefined) fixed.push(item);
    else kept.push({ ...item, reason });
  }
  const comparison: BaselineComparison = { file, exists: baseline !== undefined, known: knownCount, new: newCount, fixed, kept };
  if (baseline) comparison.format = baseline.format;
  return { sites: marked, baseline: comparison };
}

/** new (no baseline yet), worse (a new bypass), better (something fixed), else same. */
export function getBaselineVerdict(baseline: Pick<BaselineComparison, 'exists' | 'new' | 'fixed'>): BaselineVerdict {
  if (!baseline.exists) return 'new';
  if (baseline.new > 0) return 'worse';
  return baseline.fixed.length > 0 ? 'better' : 'same';
}

/** What a kept item needs to be described: the check's own items and the report's (which add a project). */
export type KeptItemText = Pick<KeptBaselineItem, 'reason' | 'file' | 'entry' | 'text'>;

/**
 * Kept items by reason (sorted), each group with its heading: `2 known bypasses kept: file not
 * analysed (file-unreadable) — fix the file or remove the items`. The check and every report format say it so.
 */
export function groupKeptItems<T extends KeptItemText>(kept: readonly T[] | undefined): { reason: string; heading: string; items: T[] }[] {
  const byReason = new Map<string, T[]>();
  for (const item of kept ?? []) byReason.set(item.reason, [...(byReason.get(item.reason) ?? []), item]);
  return [...byReason]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([reason, items]) => {
      const count = items.length === 1 ? '1 known bypass' : `${items.length} known bypasses`;
      return { reason, heading: `${count} kept: file not analysed (${reason}) — fix the file or remove the items`, items };
    });
}

/** What the check says about kept items: each reason's heading, then each item's file, entry and text. */
export function describeKeptItems(kept: readonly KeptItemText[] | undefined): string[] {
  return groupKeptItems(kept).flatMap(({ heading, items }) => [heading, ...items.map((item) => `  ${item.file}  ${item.entry}  ${item.text}`)]);
}

/** A format-1 baseline (or item) still works; the check says how to upgrade it (the next update migrates it). */
export function describeOldFormat(baseline: BaselineFile, file: string, updateCommand: string): Diagnostic | undefined {
  const why = 'fingerprints count occurrences, so a bypass inserted above a known one can be reported at the wrong line';
  let message: string;
  if (baseline.format === 1) {
    message = `the baseline is in format 1 (${why}); it is compared best-effort until you upgrade it with: ${updateCommand}`;
  } else {
    const old = baseline.items.filter((item) => item.format === 1).length;
    if (old === 0) return undefined;
    const items = old === 1 ? '1 item keeps its format-1 fingerprint (its file was' : `${old} items keep their format-1 fingerprints (their files were`;
    message = `${items} not analysed when the baseline was migrated; ${why}); once analysed, upgrade with: ${updateCommand}`;
  }
  return { file, line: 1, column: 1, code: 'baseline-format-1', message };
}
