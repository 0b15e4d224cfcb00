/**
 * What `require('ssot-core')` loads, which every `ssot-check` task pays (tools/bench, proposals 6
 * and 7): not ts-morph (only the migrate planner uses it, loaded on the first plan) and not Ajv's
 * schema compiler (the registry and result validators are precompiled; detector options load it).
 */
import { runTsChild } from './testing/ts-child-process';

it('loading ssot-core loads neither ts-morph nor Ajv’s compiler', async () => {
  const heavy = String.raw`/node_modules\/(ts-morph|@ts-morph)\/|\/node_modules\/ajv\/dist\/(ajv|core|compile)\b/`;
  const { code, stdout, stderr } = await runTsChild(`require('ssot-core'); console.log(JSON.stringify(Object.keys(require.cache).filter((file) => ${heavy}.test(file))));`);
  expect({ code, stderr, loaded: JSON.parse(stdout || 'null') }).toEqual({ code: 0, stderr: '', loaded: [] });
}, 60_000);

it('loading ssot-core loads neither the report renderers nor discovery, and they still load on first use', async () => {
  const lazy = String.raw`/\/src\/(reporters\/(html|json|markdown|sarif|terminal|renderers)|discover\/discover)\.ts$/`;
  const script = [
    `const core = require('ssot-core');`,
    `const loaded = () => Object.keys(require.cache).filter((file) => ${lazy}.test(file)).map((file) => file.replace(/.*\\/src\\//, '')).sort();`,
    `const before = loaded();`,
    `core.REPORTERS.json({});`,
    `console.log(JSON.stringify({ before, after: loaded(), discover: typeof core.discover }));`,
  ].join('\n');
  const { code, stdout, stderr } = await runTsChild(script);
  expect({ code, stderr, ...JSON.parse(stdout || '{}') }).toEqual({
    code: 0,
    stderr: '',
    before: [],
    after: ['reporters/html.ts', 'reporters/json.ts', 'reporters/markdown.ts', 'reporters/renderers.ts', 'reporters/sarif.ts', 'reporters/terminal.ts'],
    discover: 'function',
  });
}, 60_000);
