#!/usr/bin/env node
// Measures what eslint-plugin-ssot adds to an ESLint run (STYLE 8, 14): a generated workspace of
// N files (default 1,000) linted through ESLint's Node API with typescript-eslint's parser, once
// with no rules and once with only ssot/no-bypass, in one process; then one file re-linted warm.
// Prints ratios and how many workspace indexes were built (one is the goal). Needs `node tools/build.mjs`.
// Usage: node tools/eslint-speed.mjs [files=1000]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(repo, 'package.json'));
const { ESLint } = require('eslint');
const tsParser = require('@typescript-eslint/parser');
const ssot = require(join(repo, 'packages/eslint-plugin-ssot/dist/index.js'));
const { countSessionBuilds } = require(join(repo, 'packages/eslint-plugin-ssot/dist/workspace/workspace-session.js'));

const fileCount = Number(process.argv[2] ?? 1000);
const perProject = 25;
const root = mkdtempSync(join(tmpdir(), 'ssot-eslint-speed-'));

function write(file, text) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

write('nx.json', '{}\n');
write('package.json', JSON.stringify({ name: 'speed', private: true }));
write('tsconfig.base.json', JSON.stringify({ compilerOptions: { paths: { '@speed/core': ['libs/core/src/index.ts'] } } }));
write('ssot.json', JSON.stringify({
  entries: [
    { name: 'Logger', source: 'libs/core/src/logger.ts', bypasses: [{ global: 'console' }] },
    { name: 'Json', source: 'libs/core/src/json.ts', bypasses: [{ global: 'JSON.parse' }] },
  ],
}));
write('libs/core/project.json', JSON.stringify({ name: 'core' }));
write('libs/core/src/index.ts', "export * from './logger';\nexport * from './json';\n");
write('libs/core/src/logger.ts', 'export class Logger {\n  info(message: string): void {\n    void message;\n  }\n}\n');
write('libs/core/src/json.ts', 'export class Json {\n  static parse(text: string): unknown {\n    return text;\n  }\n}\n');
for (let i = 0; i < fileCount; i++) {
  const project = `p${Math.floor(i / perProject)}`;
  if (i % perProject === 0) write(`apps/${project}/project.json`, JSON.stringify({ name: project }));
  const body = i % 3 === 0 ? "console.log('x');\n" : i % 3 === 1 ? "import { Logger } from '@speed/core';\nnew Logger().info('x');\n" : 'export const y = JSON.parse(\'{}\');\n';
  write(`apps/${project}/src/f${i}.ts`, `export function f${i}(a: number): number {\n  return a * ${i};\n}\n${body}`);
}

const base = [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }];
const withRule = [...base, { files: ['**/*.ts'], plugins: { ssot }, rules: { 'ssot/no-bypass': 'error' } }];

async function lintAll(config) {
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config });
  const started = performance.now();
  const results = await eslint.lintFiles(['apps/**/*.ts']);
  return { ms: performance.now() - started, messages: results.reduce((sum, r) => sum + r.messages.length, 0) };
}

try {
  await lintAll(base); // warm-up: module loading and JIT are not what is measured
  const none = await lintAll(base);
  const cold = await lintAll(withRule);
  const warm = await lintAll(withRule);
  const builds = countSessionBuilds();
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: withRule });
  const file = join(root, 'apps/p0/src/f0.ts');
  const times = [];
  for (let i = 0; i < 21; i++) {
    const started = performance.now();
    await eslint.lintText(`export const n${i} = ${i};\nconsole.log('edit ${i}');\n`, { filePath: file });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const ratio = (ms) => (ms / none.ms).toFixed(2);
  console.log(`eslint-speed: ${fileCount} files, ${Math.ceil(fileCount / perProject) + 1} projects (${root})`);
  console.log(`  no rules:                 ${none.ms.toFixed(0)} ms`);
  console.log(`  ssot/no-bypass, 1st run:  ${cold.ms.toFixed(0)} ms  ratio ${ratio(cold.ms)}  (${cold.messages} messages; builds the index)`);
  console.log(`  ssot/no-bypass, 2nd run:  ${warm.ms.toFixed(0)} ms  ratio ${ratio(warm.ms)}  (${warm.messages} messages; index reused)`);
  console.log(`  workspace indexes built:  ${builds} (for ${3 * fileCount + times.length} file lints)`);
  console.log(`  one file re-linted, warm: median ${times[10].toFixed(1)} ms over ${times.length} edits`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
