/**
 * Validates a parsed `ssot.json` against `schema/registry.schema.json`, the one definition of its
 * shape (the TypeScript type and the validator are both generated from it by tools/gen-types.mjs;
 * the validator is Ajv standalone code, so no process compiles the schema).
 */
import { join } from 'node:path';
import { explainSchemaErrors } from './explain-schema-errors';
import type { JsonProblem } from './json-document';
import type { RegistryFile } from './registry.generated';
import { validateRegistryFile } from './registry-validator.generated';

/** `src/registry` in tests, `dist/registry` when built: the schema folder is two levels up either way. */
export const REGISTRY_SCHEMA_FILE = join(__dirname, '..', '..', 'schema', 'registry.schema.json');

export function validateRegistrySchema(value: unknown): { registry?: RegistryFile; problems: JsonProblem[] } {
  if (validateRegistryFile(value)) return { registry: value, problems: [] };
  return { problems: explainSchemaErrors(validateRegistryFile.errors ?? [], value) };
}
