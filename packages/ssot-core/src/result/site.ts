/**
 * The one result shape: every counted site is a plain record (SPEC §4). Per-project results,
 * the baseline and the report all carry these. The types are generated from
 * `schema/project-result.schema.json` (edit the schema, then `npm run gen:types`).
 */
export type {
  Diagnostic,
  EntryTotals,
  Side,
  SideCounts,
  Site,
  SiteKind,
  UsagePattern,
} from './project-result.generated';
