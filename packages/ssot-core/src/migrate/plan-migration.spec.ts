import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { applyPlan, FIXTURES, fixtureWorkspace, planFor, readTree } from './__fixtures__/fixture-workspace';
import { formatMigrationPlan } from './format-plan';

/**
 * Fixture trees: `__fixtures__/workspace` is a small workspace (its ssot.json, libraries and
 * tsconfig); each `cases/<name>/before` adds files to it, `after` holds the full expected text of
 * every file the plan changes, and `plan.txt` the plan as the generator prints it.
 * `UPDATE_FIXTURES=1` rewrites `after` and `plan.txt` from the current output (review the diff).
 */
const CASES = readdirSync(join(FIXTURES, 'cases')).sort();

function writeTree(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
}

describe.each(CASES)('migrate fixture %s', (name) => {
  const caseDir = join(FIXTURES, 'cases', name);
  const before = fixtureWorkspace(readTree(join(caseDir, 'before')));
  const plan = planFor(before);
  const changed = Object.fromEntries(plan.changes.map((change) => [change.file, change.after]));
  const printed = `${formatMigrationPlan(plan).join('\n')}\n`;
  if (process.env.UPDATE_FIXTURES === '1') {
    writeTree(join(caseDir, 'after'), changed);
    writeFileSync(join(caseDir, 'plan.txt'), printed);
  }

  it('rewrites exactly the files of after/, to their text', () => {
    expect(changed).toEqual(readTree(join(caseDir, 'after')));
    for (const change of plan.changes) expect(change.before).toBe(before[change.file]);
  });

  it('prints the plan of plan.txt: every site applied or refused with its reason', () => {
    expect(printed).toBe(readFileSync(join(caseDir, 'plan.txt'), 'utf8'));
  });

  it('changes nothing the second time', () => {
    const again = planFor(applyPlan(before, plan));
    expect(again.changes).toEqual([]);
    expect(again.steps.filter((step) => step.status === 'applied')).toEqual([]);
  });
});
