import { describeKeptItems, formatCoverage, INCOMPLETE_MARK, INCOMPLETE_NOTE, toBaselineItems, type ConfigProblem, type EnforcementFailure, type EnforcementOutcome, type EntryTotals, type ProjectResult } from 'ssot-core';
import type { BaselineWrite } from './write-baseline';

/** Warnings beyond this many are counted, not listed: the result file has every one. */
export const MAX_LISTED_WARNINGS = 20;

/**
 * What `ssot-check` prints: one line per entry that has sites in the project, the baseline's
 * figures, the findings by detector, then every failure (each with the fix), the first warnings and every diagnostic. Bypasses
 * the baseline lists are neither failures nor warnings. Pure, so it is tested as text.
 */
export function formatCheckSummary(result: ProjectResult, outcome: EnforcementOutcome, outputFile: string, updateCommand = `nx run ${result.project}:ssot-baseline`): string[] {
  const withSites = Object.entries(result.entries)
    .filter(([, totals]) => siteCount(totals) > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const entryCount = Object.keys(result.entries).length;
  const skipped = result.notAnalysed?.length ?? 0;
  const lines = [
    `ssot-check ${result.project}: ${plural(result.filesAnalysed, 'file')} analysed${skipped > 0 ? ` (${skipped} not analysed: see the diagnostics)` : ''}, ` +
      `${withSites.length} of ${plural(entryCount, 'entry', 'entries')} with sites; result in ${outputFile}`,
  ];
  if (withSites.length > 0) {
    const width = Math.max(5, ...withSites.map(([name]) => name.length));
    lines.push(`  ${'entry'.padEnd(width)}  ${'usage'.padStart(6)}  ${'bypass'.padStart(6)}  ${'coverage'.padStart(8)}`);
    for (const [name, totals] of withSites) lines.push(`  ${formatEntryRow(name, totals, width)}`);
    if (withSites.some(([, totals]) => totals.incomplete)) lines.push(`  ${INCOMPLETE_MARK} ${INCOMPLETE_NOTE}`);
  }
  const { baseline } = result;
  if (baseline.exists) {
    const kept = baseline.kept?.length ?? 0;
    lines.push(`  baseline ${baseline.file}: ${baseline.known} known, ${baseline.new} new, ${baseline.fixed.length} fixed${kept > 0 ? `, ${kept} kept` : ''}`);
    lines.push(...describeKeptItems(baseline.kept).map((line) => `  ${line}`));
  }
  if (result.findings.length > 0) {
    lines.push(`  ${plural(result.findings.length, 'finding')} (${countByDetector(result.findings)}); each with its fix in ${outputFile}`);
  }
  if (outcome.failures.length > 0) {
    lines.push('', `${plural(outcome.failures.length, 'failure')} (enforce "error", or an expired exemption):`);
    lines.push(...outcome.failures.map(formatFailure));
    // SPEC §6: the one command every failure names, for bypasses that are meant to stay for now.
    lines.push(`  fix each as it says; to accept the bypasses as known instead (the baseline ratchet): ${updateCommand}`);
  }
  if (outcome.warnings.length > 0) {
    lines.push('', `${plural(outcome.warnings.length, 'warning')} (enforce "warn"):`);
    lines.push(...outcome.warnings.slice(0, MAX_LISTED_WARNINGS).map(formatFailure));
    const hidden = outcome.warnings.length - MAX_LISTED_WARNINGS;
    if (hidden > 0) lines.push(`  … and ${hidden} more in ${outputFile}`);
  }
  if (result.diagnostics.length > 0) {
    lines.push('', `${plural(result.diagnostics.length, 'diagnostic')}:`);
    lines.push(...result.diagnostics.map((d) => `  ${d.file}:${d.line}:${d.column}  ${d.code}  ${d.message}`));
  }
  return lines;
}

/** A registry warning (the run goes on): where, then what was expected and found, like a config error. */
export function formatRegistryWarning(warning: ConfigProblem): string {
  const at = warning.line !== undefined ? `${warning.file}:${warning.line}:${warning.column ?? 1}` : warning.file;
  return `ssot: warning: ${at} ${warning.path}: expected ${warning.expected}, found ${warning.found}`;
}

/** What `--update-baseline` did: the file (or why there is none), how many bypasses it lists, what was fixed and what was kept. */
export function formatBaselineUpdate(result: ProjectResult, written: BaselineWrite): string[] {
  const listed = toBaselineItems(result.sites, result.baseline.kept).length;
  const { file } = result.baseline;
  const head = `ssot-check ${result.project}:`;
  const lines = [
    written === 'removed'
      ? `${head} baseline ${file} removed: no known bypasses left`
      : written === 'not-needed'
        ? `${head} no bypasses, so no baseline file (${file} is written when there are bypasses to record)`
        : `${head} baseline ${file} ${written}: ${plural(listed, 'known bypass', 'known bypasses')}`,
  ];
  if (result.baseline.new > 0) lines.push(`  ${plural(result.baseline.new, 'new bypass', 'new bypasses')} recorded as known`);
  if (result.baseline.fixed.length > 0) {
    lines.push(`  ${plural(result.baseline.fixed.length, 'bypass', 'bypasses')} fixed since the last baseline (dropped):`);
    lines.push(...result.baseline.fixed.map((item) => `    ${item.file}  ${item.entry}  ${item.text}`));
  }
  // Kept, not dropped: an update never loses what it could not see (SPEC §7).
  lines.push(...describeKeptItems(result.baseline.kept).map((line) => `  ${line}`));
  if (written === 'removed') lines.push('  commit the removal with your change');
  else if (written !== 'not-needed') lines.push('  commit it with your change');
  return lines;
}

function formatEntryRow(name: string, totals: EntryTotals, width: number): string {
  const coverage = formatCoverage(totals.coverage, totals.incomplete);
  const exempt = totals.exempt.usage + totals.exempt.bypass;
  const row = `${name.padEnd(width)}  ${String(totals.usage).padStart(6)}  ${String(totals.bypass).padStart(6)}  ${coverage.padStart(8)}`;
  const apart = [exempt > 0 && `${exempt} exempt`, totals.suppressed && `${totals.suppressed} suppressed`].filter(Boolean).join(', ');
  return apart ? `${row}  (${apart})` : row;
}

/** `file:line:column  entry  text  — fix`: the location first, so terminals and editors link it. */
export function formatFailure(failure: EnforcementFailure): string {
  return `  ${failure.file}:${failure.line}:${failure.column}  ${failure.entry}  ${failure.text}  — ${failure.fix}`;
}

function countByDetector(findings: ProjectResult['findings']): string {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.detector, (counts.get(finding.detector) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([detector, n]) => `${detector} ${n}`).join(', ');
}

function siteCount(totals: EntryTotals): number {
  return totals.usage + totals.bypass + totals.exempt.usage + totals.exempt.bypass + (totals.suppressed ?? 0);
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
