import type { MigrationPlan } from './migration-plan';

/**
 * The plan as lines for a terminal: a summary, then one line per site — applied with the code that
 * replaces it, refused with the reason — at file:line:column so editors can jump there.
 */
export function formatMigrationPlan(plan: MigrationPlan): string[] {
  const applied = plan.steps.filter((step) => step.status === 'applied').length;
  const refused = plan.steps.length - applied;
  const lines = [
    plan.steps.length === 0
      ? 'ssot migrate: nothing to migrate'
      : `ssot migrate: ${applied} applied, ${refused} refused, ${plan.changes.length} file${plan.changes.length === 1 ? '' : 's'} changed`,
  ];
  for (const step of plan.steps) {
    const detail = step.status === 'applied' ? `→ ${shorten(step.replacement ?? '')}` : `(${step.reason ?? ''})`;
    lines.push(`  ${step.status.padEnd(7)} ${step.file}:${step.line}:${step.column}  ${step.entry} ${step.fix}: ${step.text} ${detail}`);
  }
  if (plan.unfixable > 0) {
    lines.push(`  ${plan.unfixable} other bypass site${plan.unfixable === 1 ? ' has' : 's have'} no mechanical fix: see the fix suggestions of ssot-check's findings.`);
  }
  return lines;
}

/** One line per site: a multi-line call is shown on one line, cut after 120 characters. */
function shorten(code: string): string {
  const line = code.replace(/\s+/g, ' ');
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}
