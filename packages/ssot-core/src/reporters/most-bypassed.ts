/**
 * "Most bypassed" as every table of the Markdown and HTML reports says it: a project's single most
 * bypassed SSOT, an owner's or tag's first three, each as `Name (count)`, so both formats read alike.
 */
import type { ProjectReport, Rollup } from '../report/report-model';
import { compareStrings } from '../result/fingerprint';
import { formatCount } from './format';

/** How many SSOTs an owner's or tag's row names. */
export const MOST_BYPASSED_SHOWN = 3;

export interface BypassedEntry {
  name: string;
  bypass: number;
}

/** The SSOT with the most bypass sites in the project (ties: by name), or undefined when it has none. */
export function getMostBypassedEntry(project: Pick<ProjectReport, 'entries'>): BypassedEntry | undefined {
  let best: BypassedEntry | undefined;
  for (const [name, counts] of Object.entries(project.entries)) {
    if (counts.bypass > 0 && (!best || counts.bypass > best.bypass || (counts.bypass === best.bypass && compareStrings(name, best.name) < 0))) best = { name, bypass: counts.bypass };
  }
  return best;
}

/** An owner's or tag's most bypassed SSOTs, the report's order (most first). */
export function topBypassedEntries(rollup: Pick<Rollup, 'topEntries'>): BypassedEntry[] {
  return rollup.topEntries.slice(0, MOST_BYPASSED_SHOWN).map((entry) => ({ name: entry.entry, bypass: entry.bypass }));
}

/** `JsonCodec (12), ApiClient (3)`, or `—` for none; `escape` makes each name safe for the medium. */
export function formatBypassedEntries(entries: readonly BypassedEntry[], escape: (text: string) => string = (text) => text): string {
  return entries.map((entry) => `${escape(entry.name)} (${formatCount(entry.bypass)})`).join(', ') || '—';
}

/** A project's row: its most bypassed SSOT, `JsonCodec (12)`, or `—`. */
export function formatMostBypassed(project: Pick<ProjectReport, 'entries'>, escape?: (text: string) => string): string {
  const most = getMostBypassedEntry(project);
  return formatBypassedEntries(most ? [most] : [], escape);
}
