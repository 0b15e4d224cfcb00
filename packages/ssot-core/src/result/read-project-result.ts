import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SsotConfigError } from '../errors';
import type { ProjectResult } from './project-result';
import { validateProjectResult } from './project-result-validator.generated';

/** `src/result` in tests, `dist/result` when built: the schema folder is two levels up either way. */
export const PROJECT_RESULT_SCHEMA_FILE = join(__dirname, '..', '..', 'schema', 'project-result.schema.json');

/**
 * Reads one `ssot-check` result for the report. A truncated, corrupted or older-version file is
 * refused with its name and how to regenerate it — never treated as empty.
 */
export function parseProjectResult(text: string, file: string, regenerate: string): ProjectResult {
  const refuse = (found: string, expected = 'a ProjectResult (schema/project-result.schema.json)') =>
    new SsotConfigError([{ file, path: '$', expected, found }], `The ssot-check result ${file} is unusable (${found}). Regenerate it with: ${regenerate}`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw refuse(`invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isRecord(value)) throw refuse(`${value === null ? 'null' : Array.isArray(value) ? 'a JSON array' : `a JSON ${typeof value}`}, not a result object`);
  const version = value.schemaVersion;
  if (version !== 1) throw refuse(`schemaVersion ${JSON.stringify(version ?? null)}; this ssot reads version 1`, 'schemaVersion 1');
  if (!validateProjectResult(value)) {
    const [first] = validateProjectResult.errors ?? [];
    throw refuse(`${first?.instancePath || '$'} ${first?.message ?? 'does not match the schema'}`);
  }
  return value;
}

export function readProjectResult(path: string, file: string, regenerate: string): ProjectResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new SsotConfigError([{ file, path: '$', expected: 'the result file of ssot-check', found: 'nothing' }], `The ssot-check result ${file} is missing. Regenerate it with: ${regenerate}`);
  }
  return parseProjectResult(text, file, regenerate);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
