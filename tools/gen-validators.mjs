// Ajv standalone validators for the schemas ssot-core validates at run time, so that no process
// compiles a schema (0.10-0.14 s per `ssot-check` task, tools/bench proposal 6) or loads Ajv's
// compiler. tools/gen-types.mjs writes and checks them with the types:
//   packages/ssot-core/schema/registry.schema.json       → src/registry/registry-validator.generated.ts
//   packages/ssot-core/schema/project-result.schema.json → src/result/project-result-validator.generated.ts
// The Ajv options are those the validators were compiled with at run time before; the error
// messages (registry reliability specs, conformance vectors) depend on them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { _, Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

const core = 'packages/ssot-core';

export const VALIDATOR_TARGETS = [
  {
    schema: `${core}/schema/registry.schema.json`,
    out: `${core}/src/registry/registry-validator.generated.ts`,
    exportName: 'validateRegistryFile',
    type: { name: 'RegistryFile', from: './registry.generated' },
    // Errors (allErrors, verbose: with their schema) are turned into words by explain-schema-errors,
    // which needs schema paths that nest like the schema: hence the `$ref`s inlined first.
    inline: true,
    options: {
      allErrors: true,
      verbose: true,
      strict: true,
      // `required` alone in a branch (exactly one of source/module) is deliberate.
      strictRequired: false,
      allowUnionTypes: true,
      // Compiled as a reference to the run-time function: the generated code requires it.
      formats: { date: () => true },
      code: { formats: _`require("./calendar-date").REGISTRY_FORMATS` },
    },
    // Annotations that VS Code also reads; explain-schema-errors uses them for the words of `not` and `pattern` errors.
    keywords: ['errorMessage', 'patternErrorMessage'],
  },
  {
    schema: `${core}/schema/project-result.schema.json`,
    out: `${core}/src/result/project-result-validator.generated.ts`,
    exportName: 'validateProjectResult',
    type: { name: 'ProjectResult', from: './project-result' },
    inline: false,
    options: { allErrors: false, strict: false },
    keywords: [],
  },
];

export function generateValidator(root, target) {
  const { code: codeOptions, ...options } = target.options;
  const ajv = new Ajv({ ...options, code: { ...codeOptions, source: true, esm: true } });
  for (const keyword of target.keywords) ajv.addKeyword({ keyword, schemaType: 'string' });
  const parsed = JSON.parse(readFileSync(join(root, target.schema), 'utf8'));
  const validate = ajv.compile(target.inline ? inlineRefs(parsed) : parsed);
  const code = standaloneCode(ajv, validate);
  // Ajv exports the function under two names; one typed export replaces them.
  const exports = /^"use strict";export const validate = (validate\d+);export default \1;/.exec(code);
  if (!exports) throw new Error(`unexpected standalone code for ${target.schema}: ${code.slice(0, 80)}`);
  const { imports, body } = requiresToImports(code.slice(exports[0].length));
  return [
    '/* eslint-disable */',
    '// @ts-nocheck',
    '/**',
    ` * GENERATED from ${target.schema} by tools/gen-types.mjs (Ajv standalone code): do not edit by hand.`,
    ' * Change the schema, then run `npm run gen:types`; a unit test fails while this file is stale.',
    ' */',
    "import type { ValidateFunction } from 'ajv';",
    `import type { ${target.type.name} } from '${target.type.from}';`,
    ...imports,
    '',
    `export const ${target.exportName}: ValidateFunction<${target.type.name}> = ${exports[1]};`,
    '',
    body,
    '',
  ].join('\n');
}

/**
 * Ajv's standalone code requires its run-time helpers (`ucs2length`) and our formats; static
 * imports instead keep our sources free of `require()` (security.reliability.spec.ts audits them).
 */
function requiresToImports(code) {
  const imports = new Map();
  const body = code.replace(/require\("([^"]+)"\)\.(\w+)/g, (_match, specifier, member) => {
    const key = `${specifier} ${member}`;
    if (!imports.has(key)) {
      const local = `imported${imports.size}`;
      const clause = member === 'default' ? local : `{ ${member} as ${local} }`;
      imports.set(key, { local, line: `import ${clause} from '${specifier}';` });
    }
    return imports.get(key).local;
  });
  if (body.includes('require(')) throw new Error('a require() of another shape is left in the standalone code');
  return { imports: [...imports.values()].map((i) => i.line), body };
}

/**
 * Replaces each local `$ref` with the definition it names (the registry schema has no cycles).
 * Ajv reports errors inside a `$ref` with paths relative to the definition, which would hide which
 * `oneOf` branch they belong to; inlined, every schema path nests like the schema.
 */
function inlineRefs(schema, root = schema) {
  if (Array.isArray(schema)) return schema.map((item) => inlineRefs(item, root));
  return isRecord(schema) ? inlineObject(schema, root) : schema;
}

function inlineObject(schema, root) {
  // `definitions` go: once every reference is inlined nothing points at them.
  const { $ref, definitions: _definitions, ...rest } = schema;
  const own = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, inlineRefs(value, root)]));
  // Siblings of `$ref` (a description) are annotations; the definition's keywords do the checking.
  return typeof $ref === 'string' ? { ...inlineObject(resolveLocalRef($ref, root), root), ...own } : own;
}

function resolveLocalRef(ref, root) {
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, found ${ref}`);
  let node = root;
  for (const key of ref.slice(2).split('/')) node = isRecord(node) ? node[key] : undefined;
  if (!isRecord(node)) throw new Error(`unresolved $ref ${ref}`);
  return node;
}

function isRecord(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
