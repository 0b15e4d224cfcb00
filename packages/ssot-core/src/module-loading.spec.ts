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
