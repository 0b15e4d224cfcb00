#!/usr/bin/env node
// Generates TypeScript from every JSON schema (the schemas are the source of truth, STYLE §5):
//   packages/ssot-core/schema/registry.schema.json       → packages/ssot-core/src/registry/registry.generated.ts
//   packages/ssot-core/schema/project-result.schema.json → packages/ssot-core/src/result/project-result.generated.ts
//   packages/ssot-core/schema/report.schema.json         → packages/ssot-core/src/report/report-model.generated.ts
//   packages/ssot-core/schema/compare.schema.json        → packages/ssot-core/src/compare/compare-model.generated.ts
//   packages/ssot-plugin/src/{executors,generators}/*/schema.json → schema.d.ts beside it
// and the precompiled validators of tools/gen-validators.mjs (Ajv standalone code).
// Usage: `npm run gen:types` writes them; `node tools/gen-types.mjs --check` writes nothing, names
// each stale file and exits 1 (a unit test runs this). Output is deterministic: no time stamps.
// `--root <dir>` runs on another checkout (the generator's own test uses a scratch copy).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import { generateValidator, VALIDATOR_TARGETS } from './gen-validators.mjs';

const rootArg = process.argv.indexOf('--root');
const root =
  rootArg > 0 ? resolve(process.argv[rootArg + 1]) : resolve(dirname(fileURLToPath(import.meta.url)), '..');

// Fixed formatting so the output does not depend on a prettier config found on disk.
const style = {
  bracketSpacing: true,
  printWidth: 110,
  semi: true,
  singleQuote: true,
  tabWidth: 2,
  trailingComma: 'all',
  useTabs: false,
};

/** Every schema → output pair, in a stable order. */
function findTargets() {
  const core = 'packages/ssot-core';
  const targets = [
    { schema: `${core}/schema/registry.schema.json`, out: `${core}/src/registry/registry.generated.ts` },
    { schema: `${core}/schema/project-result.schema.json`, out: `${core}/src/result/project-result.generated.ts` },
    { schema: `${core}/schema/report.schema.json`, out: `${core}/src/report/report-model.generated.ts` },
    { schema: `${core}/schema/compare.schema.json`, out: `${core}/src/compare/compare-model.generated.ts` },
  ];
  for (const kind of ['executors', 'generators']) {
    const dir = join(root, 'packages/ssot-plugin/src', kind);
    if (!existsSync(dir)) continue;
    const names = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'schema.json')))
      .map((d) => d.name)
      .sort();
    for (const name of names) {
      const base = `packages/ssot-plugin/src/${kind}/${name}`;
      // Nx convention (`nx g @nx/plugin:executor build` → `BuildExecutorSchema`), independent of `title`.
      const typeName = `${pascalCase(name)}${kind === 'executors' ? 'Executor' : 'Generator'}Schema`;
      targets.push({ schema: `${base}/schema.json`, out: `${base}/schema.d.ts`, typeName });
    }
  }
  return [...targets, ...VALIDATOR_TARGETS];
}

function pascalCase(name) {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
}

function banner(schemaPath) {
  return [
    '/* eslint-disable */',
    '/**',
    ` * GENERATED from ${schemaPath} by tools/gen-types.mjs: do not edit by hand.`,
    ' * Change the schema, then run `npm run gen:types`; a unit test fails while this file is stale.',
    ' */',
  ].join('\n');
}

async function generate(target) {
  if (target.exportName) return generateValidator(root, target);
  const schema = JSON.parse(readFileSync(join(root, target.schema), 'utf8'));
  if (target.typeName) {
    // The root type takes the conventional name; Nx's `$id`/`title` would otherwise name it.
    delete schema.title;
    delete schema.$id;
  }
  return compile(schema, target.typeName ?? schema.title, {
    bannerComment: banner(target.schema),
    cwd: dirname(join(root, target.schema)),
    style,
  });
}

async function main() {
  const check = process.argv.includes('--check');
  const stale = [];
  for (const target of findTargets()) {
    const text = await generate(target);
    const outPath = join(root, target.out);
    const current = existsSync(outPath) ? readFileSync(outPath, 'utf8') : undefined;
    if (current === text) continue;
    stale.push(target.out);
    if (check) continue;
    // A new target's folder may not exist yet (a scratch checkout holds only some generated files).
    mkdirSync(dirname(outPath), { recursive: true });
    writeFileSync(outPath, text);
  }
  if (check && stale.length > 0) {
    for (const file of stale) console.error(`stale: ${file}`);
    console.error(`${stale.length} generated file(s) out of date with their schema: run \`npm run gen:types\`.`);
    process.exit(1);
  }
  const verb = check ? 'up to date' : stale.length > 0 ? `written: ${stale.join(', ')}` : 'already up to date';
  console.log(`gen-types: ${verb}`);
}

main().catch((error) => {
  console.error(`gen-types failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
