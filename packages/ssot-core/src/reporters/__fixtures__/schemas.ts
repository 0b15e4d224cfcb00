/**
 * Validators for the tests: the report schema (with the result schema it `$ref`s for `Site` and
 * `SideCounts`, loaded as a consumer would), and the official SARIF 2.1.0 schema as published on
 * SchemaStore (release `rtm.5`), which Microsoft's `@microsoft/jest-sarif` ships. That one is
 * written in draft-04, hence `ajv-draft-04`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { WorkspaceReport } from '../../report/report-model';

const SCHEMA_DIR = join(__dirname, '..', '..', '..', 'schema');
const readJson = (path: string): object => JSON.parse(readFileSync(path, 'utf8'));

export function compileReportSchema() {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  ajv.addSchema(readJson(join(SCHEMA_DIR, 'project-result.schema.json')), 'project-result.schema.json');
  return ajv.compile<WorkspaceReport>(readJson(join(SCHEMA_DIR, 'report.schema.json')));
}

export const OFFICIAL_SARIF_SCHEMA = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

export function compileSarifSchema() {
  // The official schema predates Ajv's strict mode (it has, e.g., `default` beside `$ref`), and its
  // `language` pattern ends in a stray `]` that is valid only without the `u` flag.
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(readJson(OFFICIAL_SARIF_SCHEMA));
}
