/**
 * What `ssot-check` writes for one project (SPEC §6). The type is generated from
 * `schema/project-result.schema.json` (edit the schema, then `npm run gen:types`).
 */
export type { ProjectResult } from './project-result.generated';
