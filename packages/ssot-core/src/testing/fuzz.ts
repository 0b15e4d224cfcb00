/**
 * The fuzzer behind `npm run fuzz` (tools/fuzz/run.mjs) and its bounded run in the unit tests
 * (fuzz.reliability.spec.ts). Inputs: every `.d.ts` that the `typescript` package ships, and seeded
 * random mutations of the example workspace's sources (truncations, byte flips, stray braces,
 * deleted and duplicated lines, injected tokens, deep nesting). Each input is analysed alone, timed
 * (a hang is a file over the bound), with a registry that exercises every matcher kind; then all of
 * them are analysed together beside the untouched example, whose counts must still equal its
 * answer key. A crash is an exception out of `analyze()`, or a `scan-failed` diagnostic for any
 * reason other than nesting too deep for the stack (that one is the documented outcome).
 */
import { performance } from 'node:perf_hooks';
import { analyze, type AnalysisResult } from '../analyze';
import { parseRegistry } from '../registry/load-registry';
import type { NormalizedRegistry } from '../registry/normalized-registry';
import { computeTotals } from '../result/compute-totals';
import type { EntryTotals } from '../result/site';
import { createMemoryHost } from '../workspace/memory-host';
import { readExampleProjects } from './example-platform';
import { FUZZ_DIR, generateInputs, readExampleFiles, readTypescriptLibs, type FuzzInput } from './fuzz-inputs';

export { FUZZ_DIR, generateInputs, mutateSource, readExampleFiles, type FuzzInput } from './fuzz-inputs';

const TODAY_FALLBACK = '2026-06-01';

export interface FuzzFailure {
  file: string;
  origin: string;
  seed?: number;
  error: string;
}

export interface FuzzTiming {
  file: string;
  bytes: number;
  ms: number;
}

export interface FuzzOptions {
  /** The run's seed: the same seed yields the same inputs. */
  seed: number;
  /** How many mutated inputs to generate. */
  files: number;
  /** Stop generating mutated inputs after this many seconds (0 or absent: no limit). */
  seconds?: number;
  /** A file whose analysis takes longer than this many milliseconds is reported as a hang. */
  hangMs: number;
  /** Feed TypeScript's own `.d.ts` files too (default true). */
  libs?: boolean;
  /** Called before each input is analysed (a watchdog can then name the file that never finishes). */
  onStart?: (input: FuzzInput, index: number) => void;
  /** Called before the final run of all inputs together with the example. */
  onCombinedRun?: (inputs: number) => void;
}

export interface FuzzOutcome {
  seed: number;
  tried: number;
  libFiles: number;
  mutatedFiles: number;
  crashes: FuzzFailure[];
  hangs: FuzzFailure[];
  /** Every input, slowest first. */
  timings: FuzzTiming[];
  /** Diagnostics of the single-file runs, by code. */
  diagnostics: Record<string, number>;
  /** The example's per-entry totals (its own files only) against answer-key.json; empty when equal. */
  countMismatches: string[];
}

/**
 * The fuzz inputs' own project. Without one they would be the example's root project's files (it
 * owns what no other project does), and entries meant only for them would reach its `tools/` too.
 */
const FUZZ_PROJECT = 'fuzz-inputs';

/** The example's registry plus entries (for the fuzz inputs' project only) that use every matcher kind. */
export function createFuzzRegistry(exampleRegistryText: string): NormalizedRegistry {
  const example: { entries: unknown[] } = JSON.parse(exampleRegistryText);
  const fuzzOnly = [FUZZ_PROJECT];
  const entries = [
    ...example.entries,
    {
      name: 'FuzzModule',
      module: 'fuzz-module',
      export: ['Client', 'createClient'],
      factory: 'createClient',
      projects: fuzzOnly,
      legacyPaths: ['@fuzz/legacy', 'fuzz-legacy/*', 'libs/legacy/src/websocket-shim.ts'],
      duplicates: ['*Handler', '*Manager', 'Logger'],
      bypasses: [
        { import: 'lodash', names: ['cloneDeep'] },
        { import: 'lodash/*' },
        { import: 'ws' },
        { import: 'libs/core/src/index.ts' },
        { new: 'Pool', from: 'pg' },
        { new: 'Error' },
        { new: 'Map' },
        { literal: 'yyyy-MM-dd' },
        { literal: 'use strict' },
        { global: 'process.env' },
        { global: 'import.meta.env' },
        { global: 'Promise.all' },
        { global: 'console.log' },
        { global: 'document' },
      ],
      exemptions: [{ files: `${FUZZ_DIR}/typescript/lib.es5.d.ts`, reason: 'fuzz: an exempt file', expires: '2099-12-31' }],
    },
    { name: 'FuzzStar', source: 'libs/core/src/index.ts', export: '*', projects: fuzzOnly, bypasses: [{ import: '@platform/legacy*' }] },
  ];
  return parseRegistry(JSON.stringify({ ...example, entries }), 'ssot.json (fuzz)');
}

const DEEP_NESTING = /nests too deeply/;

/** Runs the fuzzer; never throws for what an input does (that is what it reports). */
export function runFuzz(options: FuzzOptions): FuzzOutcome {
  const exampleFiles = readExampleFiles();
  const registry = createFuzzRegistry(exampleFiles['ssot.json']);
  const projects = [...readExampleProjects(), { name: FUZZ_PROJECT, root: FUZZ_DIR, tags: [] }];
  const key: { today?: string; entries: Record<string, Pick<EntryTotals, 'usage' | 'bypass' | 'exempt' | 'suppressed' | 'byPattern'>> } = JSON.parse(exampleFiles['answer-key.json']);
  const today = key.today ?? TODAY_FALLBACK;
  const tsconfig = exampleFiles['tsconfig.base.json'];
  const outcome: FuzzOutcome = { seed: options.seed, tried: 0, libFiles: 0, mutatedFiles: 0, crashes: [], hangs: [], timings: [], diagnostics: {}, countMismatches: [] };
  const inputs: FuzzInput[] = [];
  const deadline = options.seconds ? performance.now() + options.seconds * 1000 : Number.POSITIVE_INFINITY;

  const tryInput = (input: FuzzInput) => {
    options.onStart?.(input, outcome.tried);
    outcome.tried += 1;
    inputs.push(input);
    const failure = (error: string): FuzzFailure => ({ file: input.file, origin: input.origin, ...(input.seed !== undefined ? { seed: input.seed } : {}), error });
    const started = performance.now();
    let result: AnalysisResult | undefined;
    try {
      result = analyze({ workspaceRoot: '/fuzz', host: createMemoryHost({ 'tsconfig.base.json': tsconfig, [input.file]: input.text }), registry, projects, today });
    } catch (error) {
      outcome.crashes.push(failure(error instanceof Error ? `${error.name}: ${error.message}` : String(error)));
    }
    const ms = performance.now() - started;
    outcome.timings.push({ file: input.file, bytes: Buffer.byteLength(input.text), ms });
    if (ms > options.hangMs) outcome.hangs.push(failure(`took ${Math.round(ms)} ms (bound ${options.hangMs} ms)`));
    for (const diagnostic of result?.diagnostics ?? []) {
      outcome.diagnostics[diagnostic.code] = (outcome.diagnostics[diagnostic.code] ?? 0) + 1;
      if (diagnostic.code === 'scan-failed' && !DEEP_NESTING.test(diagnostic.message)) outcome.crashes.push(failure(`scan-failed: ${diagnostic.message}`));
    }
  };

  if (options.libs !== false) {
    for (const input of readTypescriptLibs()) {
      tryInput(input);
      outcome.libFiles += 1;
    }
  }
  for (const input of generateInputs(options.seed, options.files, exampleFiles)) {
    if (performance.now() > deadline) break;
    tryInput(input);
    outcome.mutatedFiles += 1;
  }

  // All inputs beside the untouched example: its own files must count exactly as before.
  options.onCombinedRun?.(inputs.length);
  try {
    const together = analyze({ workspaceRoot: '/fuzz', host: createMemoryHost({ ...exampleFiles, ...Object.fromEntries(inputs.map((input) => [input.file, input.text])) }), registry, projects, today });
    const exampleSites = together.sites.filter((site) => !site.file.startsWith(`${FUZZ_DIR}/`));
    const totals = computeTotals(exampleSites, Object.keys(key.entries));
    for (const [name, expected] of Object.entries(key.entries)) {
      const { usage, bypass, exempt, suppressed, byPattern } = totals[name];
      const actual = { usage, bypass, exempt, ...(suppressed !== undefined && { suppressed }), byPattern };
      if (JSON.stringify(sortKeys(actual)) !== JSON.stringify(sortKeys(expected))) outcome.countMismatches.push(`${name}: expected ${JSON.stringify(expected)}, found ${JSON.stringify(actual)}`);
    }
  } catch (error) {
    outcome.crashes.push({ file: '(all inputs with the example)', origin: 'combined run', error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
  outcome.timings.sort((a, b) => b.ms - a.ms);
  return outcome;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, sortKeys(v)]));
}

/** What a run prints: inputs tried, crashes and hangs (each with file, origin and seed), slowest files, counts. */
export function formatFuzzOutcome(outcome: FuzzOutcome, slowest = 5): string[] {
  const describe = (failure: FuzzFailure) => `  ${failure.file}  ${failure.origin}${failure.seed !== undefined ? `  (input seed ${failure.seed})` : ''}\n    ${failure.error}`;
  const lines = [
    `fuzz: seed ${outcome.seed}: ${outcome.tried} files tried (${outcome.libFiles} TypeScript .d.ts, ${outcome.mutatedFiles} mutated example sources)`,
    `fuzz: ${outcome.crashes.length} crashes, ${outcome.hangs.length} hangs; diagnostics ${JSON.stringify(outcome.diagnostics)}`,
    `fuzz: slowest: ${outcome.timings.slice(0, slowest).map((t) => `${t.file} ${Math.round(t.ms)} ms (${Math.round(t.bytes / 1024)} KiB)`).join(', ')}`,
    outcome.countMismatches.length === 0 ? 'fuzz: example counts with the fuzz inputs beside them: equal to answer-key.json' : 'fuzz: example counts differ from answer-key.json:',
    ...outcome.countMismatches.map((line) => `  ${line}`),
  ];
  if (outcome.crashes.length > 0) lines.push('fuzz: crashes:', ...outcome.crashes.map(describe));
  if (outcome.hangs.length > 0) lines.push('fuzz: hangs:', ...outcome.hangs.map(describe));
  return lines;
}

/** A run passes with no crash, no hang and the example's counts unchanged. */
export function isCleanFuzzRun(outcome: FuzzOutcome): boolean {
  return outcome.crashes.length === 0 && outcome.hangs.length === 0 && outcome.countMismatches.length === 0;
}
