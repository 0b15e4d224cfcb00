export { planMigration } from './plan-migration';
export { formatMigrationPlan } from './format-plan';
export { parseReplaceWith, REPLACE_WITH_GRAMMAR } from './replace-with';
export type { ReplaceWith } from './replace-with';
export type { FileChange, FixKind, MigrateOptions, MigrationPlan, MigrationStep } from './migration-plan';
