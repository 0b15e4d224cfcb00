#!/usr/bin/env node
// Summarises a V8 CPU profile (`node --cpu-prof`): self time by module and the top functions.
//
//   node tools/bench/summarize-profile.mjs <file.cpuprofile> [--top 25]
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** `{ totalMs, modules: [{ module, ms, share }], functions: [{ fn, module, ms, share }] }`. */
export function summarizeProfile(profile, top = 25) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicros = new Map();
  // timeDeltas[i] is the time between sample i-1 and sample i, spent in samples[i].
  profile.samples.forEach((id, index) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const total = [...selfMicros.values()].reduce((sum, value) => sum + value, 0);
  const modules = new Map();
  const functions = new Map();
  for (const [id, micros] of selfMicros) {
    const { callFrame } = byId.get(id);
    const module = moduleOf(callFrame);
    const fn = `${callFrame.functionName || '(anonymous)'} ${shortUrl(callFrame.url)}:${callFrame.lineNumber + 1}`;
    modules.set(module, (modules.get(module) ?? 0) + micros);
    const known = functions.get(fn) ?? { fn, module, micros: 0 };
    known.micros += micros;
    functions.set(fn, known);
  }
  const share = (micros) => Math.round((micros / total) * 1000) / 10;
  const ms = (micros) => Math.round(micros / 100) / 10;
  return {
    totalMs: ms(total),
    modules: [...modules].sort((a, b) => b[1] - a[1]).map(([module, micros]) => ({ module, ms: ms(micros), share: share(micros) })),
    functions: [...functions.values()].sort((a, b) => b.micros - a.micros).slice(0, top).map((f) => ({ fn: f.fn, module: f.module, ms: ms(f.micros), share: share(f.micros) })),
  };
}

/**
 * Inclusive time (ms) of the functions each matcher names (`{ fn, url }`, url a substring),
 * counting a recursive call once, and of each module's top-level evaluation (its `require`).
 */
export function inclusiveTimes(profile, matchers, modules = []) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map();
  profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const inclusive = new Map();
  const total = (node) => {
    if (!inclusive.has(node.id)) inclusive.set(node.id, (self.get(node.id) ?? 0) + (node.children ?? []).reduce((sum, id) => sum + total(byId.get(id)), 0));
    return inclusive.get(node.id);
  };
  const sumOutermost = (test) => {
    let micros = 0;
    for (const node of profile.nodes) {
      if (!test(node.callFrame)) continue;
      let ancestor = parent.get(node.id);
      while (ancestor !== undefined && !test(byId.get(ancestor).callFrame)) ancestor = parent.get(ancestor);
      if (ancestor === undefined) micros += total(node);
    }
    return Math.round(micros / 100) / 10;
  };
  const result = { total: Math.round(total(profile.nodes[0]) / 100) / 10 };
  for (const { label, fn, url } of matchers) result[label] = sumOutermost((frame) => frame.functionName === fn && frame.url.includes(url));
  // A CommonJS module's top-level code is an anonymous function at line 0 of its file.
  for (const { label, url } of modules) result[label] = sumOutermost((frame) => frame.functionName === '' && frame.lineNumber === 0 && frame.url.endsWith(url));
  return result;
}

/** typescript (the parser), ts-morph, one ssot-core file, another package, node internals, GC. */
function moduleOf({ url, functionName }) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const core = url.match(/ssot-core\/dist\/(.+)\.js$/);
  if (core) return `ssot-core/${core[1]}`;
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/);
  if (pkg) return pkg[1] === '@ts-morph/common' && pkg[2].endsWith('typescript.js') ? 'typescript (bundled in @ts-morph/common)' : pkg[1];
  return shortUrl(url);
}

function shortUrl(url) {
  return url.replace(/^file:\/\//, '').replace(/^.*node_modules\//, '').replace(/^.*\/packages\//, '');
}

function main() {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' } } });
  if (positionals.length !== 1) throw new Error('usage: summarize-profile.mjs <file.cpuprofile> [--top 25]');
  const summary = summarizeProfile(JSON.parse(readFileSync(positionals[0], 'utf8')), Number(values.top));
  console.log(`self time by module (total ${summary.totalMs} ms sampled)`);
  for (const m of summary.modules.slice(0, 15)) console.log(`  ${String(m.ms).padStart(8)} ms ${String(m.share).padStart(5)} %  ${m.module}`);
  console.log('top functions by self time');
  for (const f of summary.functions) console.log(`  ${String(f.ms).padStart(8)} ms ${String(f.share).padStart(5)} %  ${f.fn}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
