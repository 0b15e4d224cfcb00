/**
 * Several processes on one cache directory (Nx runs tasks in parallel processes; two checks may run
 * at once): writers of the same and of different keys never let a reader see a torn entry, every
 * process gets exactly the facts a scan gives, and what stays on disk is whole.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTsChild } from '../testing/ts-child-process';

const PROCESSES = 4;
const SHARED = 40;
const OWN = 20;
const ROUNDS = 3;

/** Texts of different sizes, so that writes interleave unevenly. */
const CHILD = `
const [, cacheModule, scanModule, directory, worker, shared, own, rounds] = process.argv;
const { isDeepStrictEqual } = require('node:util');
const { createFactsCache } = require(cacheModule);
const { scanFile } = require(scanModule);
const interest = { globalRoots: new Set(['JSON', 'console']), globalNewNames: new Set(['Date']), literals: new Set(['yyyy-MM-dd']) };
const textOf = (name, i) => "import { h" + i + " } from './h';\\n" + ("export class C" + name + " { run(x) { try { return JSON.parse(h" + i + "(x, new Date(), 'yyyy-MM-dd')); } catch (e) { console.error(e); } } }\\n").repeat(1 + (i % 7) * 8);
const texts = [];
for (let i = 0; i < Number(shared); i++) texts.push(['s' + i + '.ts', textOf('s' + i, i)]);
for (let i = 0; i < Number(own); i++) texts.push(['w' + worker + '-' + i + '.ts', textOf('w' + worker + '_' + i, i)]);
let mismatches = 0;
const cache = createFactsCache({ directory });
for (let round = 0; round < Number(rounds); round++) {
  // Each process walks the files in its own order, so same-key writes collide at different times.
  const shift = Number(worker) * 7 + round * 13;
  const order = texts.map((_, i) => (i + shift) % texts.length);
  if (Number(worker) % 2 === 1) order.reverse();
  for (const i of order) {
    const [file, text] = texts[i];
    if (!isDeepStrictEqual(cache.getOrScan(file, text, interest, scanFile), scanFile(file, text, interest))) mismatches++;
  }
  cache.flush();
}
process.stdout.write(JSON.stringify({ mismatches, ...cache.getStats() }));
`;

describe('the facts cache under parallel processes', () => {
  let directory: string;
  beforeEach(() => {
    directory = join(mkdtempSync(join(tmpdir(), 'ssot-facts-parallel-')), 'cache');
  });
  afterEach(() => rmSync(join(directory, '..'), { recursive: true, force: true }));

  it(`${PROCESSES} processes scanning ${SHARED} shared and ${OWN} own files each, ${ROUNDS} times: right facts everywhere, no torn entry, nothing left over`, async () => {
    const run = (worker: number) =>
      runTsChild(CHILD, [join(__dirname, 'facts-cache.ts'), join(__dirname, '../scan/scan-file.ts'), directory, String(worker), String(SHARED), String(OWN), String(ROUNDS)]);
    const outcomes = await Promise.all(Array.from({ length: PROCESSES }, (_, worker) => run(worker)));
    expect(outcomes.map((o) => [o.code, o.stderr])).toEqual(outcomes.map(() => [0, '']));
    const stats = outcomes.map((o) => JSON.parse(o.stdout) as { mismatches: number; hits: number; misses: number; refused: number });
    expect(stats.map(({ mismatches, refused }) => ({ mismatches, refused }))).toEqual(stats.map(() => ({ mismatches: 0, refused: 0 })));
    // Every lookup is a hit or a miss; each file is missed at most once per process.
    for (const { hits, misses } of stats) {
      expect(hits + misses).toBe((SHARED + OWN) * ROUNDS);
      expect(misses).toBeLessThanOrEqual(SHARED + OWN);
    }
    // Afterwards: one whole entry per distinct text, no temporary file, and a new process reads every one.
    const names = readdirSync(directory, { withFileTypes: true }).flatMap((shard) => (shard.isDirectory() ? readdirSync(join(directory, shard.name)) : []));
    expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(names).toHaveLength(SHARED + PROCESSES * OWN);
    const [again] = await Promise.all([run(0)]);
    expect(JSON.parse(again.stdout)).toMatchObject({ mismatches: 0, refused: 0, misses: 0, hits: (SHARED + OWN) * ROUNDS });
  }, 120_000);
});
