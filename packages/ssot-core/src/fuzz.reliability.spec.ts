/**
 * A bounded fuzz run inside the unit tests (the long one is `npm run fuzz`): every `.d.ts` that
 * TypeScript ships and a few dozen seeded mutations of the example's sources go through
 * `analyze()`. No exception may escape it, no file may take longer than a generous hang bound, and
 * the example's counts, with the fuzz inputs beside it, must still equal its answer key. Timings
 * are printed, not asserted: speed is the benchmarks' business (SPEC §9).
 */
import { formatFuzzOutcome, generateInputs, isCleanFuzzRun, readExampleFiles, runFuzz, type FuzzOutcome } from './testing/fuzz';

/** Generous: a hang guard, not a speed test. `npm run fuzz` uses 2 s. */
const HANG_MS = 20_000;
const MUTATED_FILES = 40;

describe('fuzz (bounded)', () => {
  let outcome: FuzzOutcome;
  beforeAll(() => {
    outcome = runFuzz({ seed: 20261125, files: MUTATED_FILES, hangMs: HANG_MS });
    console.log(formatFuzzOutcome(outcome).join('\n'));
  });

  it('tries every TypeScript .d.ts and every mutated input', () => {
    expect(outcome.libFiles).toBeGreaterThan(50);
    expect(outcome.mutatedFiles).toBe(MUTATED_FILES);
  });

  it('zero crashes: no exception escapes analyze(), no scan fails but for nesting too deep', () => {
    expect(outcome.crashes).toEqual([]);
  });

  it(`zero hangs: no file over ${HANG_MS / 1000} s`, () => {
    expect(outcome.hangs).toEqual([]);
  });

  it("the example's counts are unchanged with the fuzz inputs beside them (answer-key.json)", () => {
    expect(outcome.countMismatches).toEqual([]);
  });
});

describe('fuzz: reproducible and readable', () => {
  it('the same seed makes the same inputs; another seed, others', () => {
    const example = readExampleFiles();
    const inputs = (seed: number) => [...generateInputs(seed, 25, example)];
    expect(inputs(7)).toEqual(inputs(7));
    expect(inputs(8).map((input) => input.text)).not.toEqual(inputs(7).map((input) => input.text));
  });

  it('prints each crash and hang with its file, origin and seed, and fails the run', () => {
    const outcome: FuzzOutcome = {
      seed: 7,
      tried: 3,
      libFiles: 1,
      mutatedFiles: 2,
      crashes: [{ file: 'fuzz/mutated/00001-main.ts', origin: 'apps/web/src/main.ts (truncate)', seed: 123, error: 'TypeError: x is undefined' }],
      hangs: [{ file: 'fuzz/mutated/00002-main.ts', origin: 'apps/web/src/main.ts (nest deeply)', seed: 456, error: 'took 2500 ms (bound 2000 ms)' }],
      timings: [{ file: 'fuzz/mutated/00002-main.ts', bytes: 2048, ms: 2500 }],
      diagnostics: { 'syntax-error': 2 },
      countMismatches: [],
    };
    expect(isCleanFuzzRun(outcome)).toBe(false);
    expect(formatFuzzOutcome(outcome)).toEqual([
      'fuzz: seed 7: 3 files tried (1 TypeScript .d.ts, 2 mutated example sources)',
      'fuzz: 1 crashes, 1 hangs; diagnostics {"syntax-error":2}',
      'fuzz: slowest: fuzz/mutated/00002-main.ts 2500 ms (2 KiB)',
      'fuzz: example counts with the fuzz inputs beside them: equal to answer-key.json',
      'fuzz: crashes:',
      '  fuzz/mutated/00001-main.ts  apps/web/src/main.ts (truncate)  (input seed 123)\n    TypeError: x is undefined',
      'fuzz: hangs:',
      '  fuzz/mutated/00002-main.ts  apps/web/src/main.ts (nest deeply)  (input seed 456)\n    took 2500 ms (bound 2000 ms)',
    ]);
  });
});
