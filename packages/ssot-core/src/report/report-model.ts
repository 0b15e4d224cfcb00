/**
 * The workspace report (SPEC §7): what `merge → score` produces from the per-project results and
 * what every reporter renders. Plain data, deterministic (sorted, no clock except `today`).
 * The types are generated from `schema/report.schema.json`, which also describes `report.json`
 * (edit the schema, then `npm run gen:types`). Its `Site` is the result schema's own definition
 * (a `$ref` into `project-result.schema.json`), so a report site is a result site.
 */
export type {
  ActionItem,
  AntiPatternSummary,
  BaselineSummary,
  DiagnosticGroup,
  DiagnosticPlace,
  Diagnostics,
  EntryReport,
  GoalEta,
  GoalReport,
  GoalState,
  KeptItem,
  Matrices,
  Matrix,
  MatrixCell,
  OwnerBypass,
  Ownership,
  PatternReport,
  ProjectReport,
  Rollup,
  TierReport,
  TierStatus,
  TrendPoint,
  TrendReport,
  WorkspaceReport,
  WorkspaceWarning,
} from './report-model.generated';
