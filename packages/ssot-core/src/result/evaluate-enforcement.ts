import type { NormalizedRegistry } from '../registry/normalized-registry';
import { isCountedBypass } from './compute-totals';
import type { ProjectResult } from './project-result';

export interface EnforcementFailure {
  file: string;
  line: number;
  column: number;
  entry: string;
  text: string;
  /** What to do about it, in words. */
  fix: string;
}

export interface EnforcementOutcome {
  success: boolean;
  /** New bypass sites (not in the baseline) of `enforce: "error"` entries, and expired exemptions. */
  failures: EnforcementFailure[];
  /** New bypass sites of `enforce: "warn"` entries. */
  warnings: EnforcementFailure[];
}

/**
 * SPEC §6 exit status: fail on bypass sites of `error` entries that the baseline does not list, and
 * on expired exemptions; `warn` prints; `off` only counts.
 */
export function evaluateEnforcement(result: ProjectResult, registry: NormalizedRegistry): EnforcementOutcome {
  const entries = new Map(registry.entries.map((entry) => [entry.name, entry]));
  const failures: EnforcementFailure[] = [];
  const warnings: EnforcementFailure[] = [];
  for (const site of result.sites) {
    if (!isCountedBypass(site) || site.known) continue;
    const entry = entries.get(site.entry);
    if (!entry || entry.enforce === 'off') continue;
    const item = { file: site.file, line: site.line, column: site.column, entry: site.entry, text: site.text, fix: describeFix(entry.name, entry.factory, site.kind, entry.source ?? entry.module) };
    (entry.enforce === 'error' ? failures : warnings).push(item);
  }
  for (const diagnostic of result.diagnostics) {
    if (diagnostic.code !== 'expired-exemption') continue;
    const entry = diagnostic.entry ?? '';
    failures.push({ file: diagnostic.file, line: diagnostic.line, column: diagnostic.column, entry, text: diagnostic.message, fix: 'renew the exemption\'s "expires" in ssot.json or remove the bypasses it covered' });
  }
  return { success: failures.length === 0, failures, warnings };
}

/**
 * What to do about a bypass site, in words: the check's failures and the ESLint rule's messages
 * (which also name the matched `text`, as the editor shows no separate column for it), and the
 * compare delta.
 */
export function describeFix(name: string, factory: string | undefined, kind: string, location: string | undefined, text?: string): string {
  const where = location ? ` from ${location}` : '';
  if (kind === 'factory-bypass' && factory) return `construct ${name} through ${factory}()${where} instead of ${text ?? 'new'}`;
  return `use ${name}${where} instead${text === undefined ? '' : ` of ${text}`}`;
}
