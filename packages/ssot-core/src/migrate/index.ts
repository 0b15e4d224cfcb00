import { isFixableSite } from './fix-kinds';
import type { MigrateOptions, MigrationPlan } from './migration-plan';

export { formatMigrationPlan } from './format-plan';
export { parseReplaceWith, REPLACE_WITH_GRAMMAR } from './replace-with';
export type { ReplaceWith } from './replace-with';
export type { FileChange, FixKind, MigrateOptions, MigrationPlan, MigrationStep } from './migration-plan';
export type { FileFixPlanner, SiteFix, SiteRefusal } from './plan-file-fixes';

/**
 * The planner edits with ts-morph's Project API, which the analysis never needs: it is loaded on
 * the first plan, so that `require('ssot-core')` (every `ssot-check` task) does not load ts-morph
 * and its own copy of TypeScript (tools/bench, proposal 7).
 */
export function planMigration(options: MigrateOptions): MigrationPlan {
  return loadPlanner().planMigration(options);
}

/**
 * `migrate`'s planner for one file's text at a time (see plan-file-fixes.ts). ts-morph loads on the
 * first plan, not when the planner is made nor when a site is asked whether it is fixable.
 */
export function createFileFixPlanner(...args: Parameters<typeof import('./plan-file-fixes').createFileFixPlanner>): import('./plan-file-fixes').FileFixPlanner {
  const [, compiled] = args;
  let planner: import('./plan-file-fixes').FileFixPlanner | undefined;
  return {
    isFixable: (site) => isFixableSite(site, compiled.byName.get(site.entry)?.entry),
    planFileFixes: (...plan) => (planner ??= loadPlanner().createFileFixPlanner(...args)).planFileFixes(...plan),
  };
}

function loadPlanner(): typeof import('./plan-migration') {
  return require('./plan-migration');
}
