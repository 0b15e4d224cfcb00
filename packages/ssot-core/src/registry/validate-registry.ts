/**
 * Validates a parsed `ssot.json` against `schema/registry.schema.json`, the one definition of its
 * shape (the TypeScript type is generated from the same file).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import type { SchemaObject, ValidateFunction } from 'ajv';
import { isCalendarDate } from './calendar-date';
import { explainSchemaErrors } from './explain-schema-errors';
import type { JsonProblem } from './json-document';
import { isRecord } from './json-path';
import type { RegistryFile } from './registry.generated';

/** `src/registry` in tests, `dist/registry` when built: the schema folder is two levels up either way. */
export const REGISTRY_SCHEMA_FILE = join(__dirname, '..', '..', 'schema', 'registry.schema.json');

let compiled: ValidateFunction<RegistryFile> | undefined;

export function validateRegistrySchema(value: unknown): { registry?: RegistryFile; problems: JsonProblem[] } {
  const validate = getValidator();
  if (validate(value)) return { registry: value, problems: [] };
  return { problems: explainSchemaErrors(validate.errors ?? [], value) };
}

function getValidator(): ValidateFunction<RegistryFile> {
  if (compiled) return compiled;
  const ajv = new Ajv({
    allErrors: true,
    // Errors then carry their schema, which turns them into words.
    verbose: true,
    strict: true,
    // `required` alone in a branch (exactly one of source/module) is deliberate.
    strictRequired: false,
    allowUnionTypes: true,
    formats: { date: isCalendarDate },
  });
  // Annotations that VS Code also reads; we use them for the words of `not` and `pattern` errors.
  ajv.addKeyword({ keyword: 'errorMessage', schemaType: 'string' });
  ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
  const schema: unknown = inlineRefs(JSON.parse(readFileSync(REGISTRY_SCHEMA_FILE, 'utf8')));
  if (!isRecord(schema)) throw new Error(`${REGISTRY_SCHEMA_FILE} is not a JSON Schema object`);
  // The schema is ours and a unit test compiles it; Ajv's own type for it is an open record anyway.
  compiled = ajv.compile<RegistryFile>(schema as SchemaObject);
  return compiled;
}

/**
 * Replaces each local `$ref` with the definition it names (the registry schema has no cycles).
 * Ajv reports errors inside a `$ref` with paths relative to the definition, which would hide which
 * `oneOf` branch they belong to; inlined, every schema path nests like the schema.
 */
export function inlineRefs(schema: unknown, root: unknown = schema): unknown {
  if (Array.isArray(schema)) return schema.map((item) => inlineRefs(item, root));
  return isRecord(schema) ? inlineObject(schema, root) : schema;
}

function inlineObject(schema: Record<string, unknown>, root: unknown): Record<string, unknown> {
  // `definitions` go: once every reference is inlined nothing points at them.
  const { $ref, definitions: _definitions, ...rest } = schema;
  const own = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, inlineRefs(value, root)]));
  // Siblings of `$ref` (a description) are annotations; the definition's keywords do the checking.
  return typeof $ref === 'string' ? { ...inlineObject(resolveLocalRef($ref, root), root), ...own } : own;
}

function resolveLocalRef(ref: string, root: unknown): Record<string, unknown> {
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, found ${ref}`);
  let node = root;
  for (const key of ref.slice(2).split('/')) node = isRecord(node) ? node[key] : undefined;
  if (!isRecord(node)) throw new Error(`unresolved $ref ${ref}`);
  return node;
}
