import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileFacts, ScanInterest } from '../scan/file-facts';
import { scanFile } from '../scan/scan-file';
import { listKeyPaths } from '../testing/key-paths';
import { readState } from './cache-budget';
import { createCacheNamespace, getEntryKey } from './cache-key';
import { createFactsCache } from './facts-cache';

const interest: ScanInterest = { globalRoots: new Set(['JSON']), globalNewNames: new Set(['Date']), literals: new Set() };
const TEXT = "import { a } from './a';\nexport const b = JSON.parse(a(new Date()));\n";

/** `scanFile`, counting its calls. */
function countingScan(): { scan: typeof scanFile; calls: string[] } {
  const calls: string[] = [];
  return { calls, scan: (file, text, wanted) => (calls.push(file), scanFile(file, text, wanted)) };
}

function listEntries(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .filter((shard) => shard.isDirectory())
    .flatMap((shard) => readdirSync(join(directory, shard.name)).map((name) => join(directory, shard.name, name)));
}

function expectSameFacts(actual: FileFacts, expected: FileFacts): void {
  expect(actual).toEqual(expected);
  expect(listKeyPaths(actual)).toEqual(listKeyPaths(expected));
}

describe('createFactsCache', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ssot-facts-cache-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('scans a file once, then reads the same facts back in another run (another cache object)', () => {
    const directory = join(root, 'cache');
    const first = countingScan();
    const cold = createFactsCache({ directory }).getOrScan('libs/a/src/b.ts', TEXT, interest, first.scan);
    const second = countingScan();
    const warmCache = createFactsCache({ directory });
    const warm = warmCache.getOrScan('libs/a/src/b.ts', TEXT, interest, second.scan);
    expect([first.calls, second.calls]).toEqual([['libs/a/src/b.ts'], []]);
    expectSameFacts(warm, cold);
    expect(warmCache.getStats()).toMatchObject({ hits: 1, misses: 0, refused: 0 });
  });

  it('shares one entry between files with the same text and gives each its own name', () => {
    const cache = createFactsCache({ directory: join(root, 'cache') });
    const { scan, calls } = countingScan();
    cache.getOrScan('libs/a/src/b.ts', TEXT, interest, scan);
    const copy = cache.getOrScan('apps/web/src/copy.ts', TEXT, interest, scan);
    expect(calls).toEqual(['libs/a/src/b.ts']);
    expectSameFacts(copy, scanFile('apps/web/src/copy.ts', TEXT, interest));
  });

  it('scans again for another text, another parse kind or another interest', () => {
    const cache = createFactsCache({ directory: join(root, 'cache') });
    const { scan, calls } = countingScan();
    cache.getOrScan('a.ts', TEXT, interest, scan);
    cache.getOrScan('a.ts', `${TEXT}\n`, interest, scan);
    cache.getOrScan('a.tsx', TEXT, interest, scan);
    cache.getOrScan('a.ts', TEXT, { ...interest, literals: new Set(['x']) }, scan);
    expect(calls).toEqual(['a.ts', 'a.ts', 'a.tsx', 'a.ts']);
  });

  it.each([
    ['truncated', (bytes: Buffer) => bytes.subarray(0, bytes.length - 5)],
    ['damaged', (bytes: Buffer) => Buffer.concat([bytes.subarray(0, bytes.length - 3), Buffer.from('zzz')])],
    ['emptied', () => Buffer.alloc(0)],
    ['replaced by a foreign file', () => Buffer.from('not ours\n')],
  ])('ignores an entry that was %s: scans again, gives the right facts and rewrites the entry', (_, damage) => {
    const directory = join(root, 'cache');
    createFactsCache({ directory }).getOrScan('a.ts', TEXT, interest, scanFile);
    const [entry] = listEntries(directory);
    const good = readFileSync(entry);
    writeFileSync(entry, damage(good));
    const { scan, calls } = countingScan();
    const cache = createFactsCache({ directory });
    expectSameFacts(cache.getOrScan('a.ts', TEXT, interest, scan), scanFile('a.ts', TEXT, interest));
    expect(calls).toEqual(['a.ts']);
    expect(cache.getStats()).toMatchObject({ refused: 1, misses: 1 });
    expect(readFileSync(entry).equals(good)).toBe(true);
  });

  it('works without a cache, saying so in one debug line, when the directory cannot be created', () => {
    writeFileSync(join(root, 'a-file'), '');
    const debug: string[] = [];
    const cache = createFactsCache({ directory: join(root, 'a-file', 'cache'), debug: (line) => debug.push(line) });
    const { scan, calls } = countingScan();
    expectSameFacts(cache.getOrScan('a.ts', TEXT, interest, scan), scanFile('a.ts', TEXT, interest));
    cache.getOrScan('a.ts', TEXT, interest, scan);
    cache.flush();
    expect(calls).toEqual(['a.ts', 'a.ts']);
    expect(debug).toHaveLength(1);
    expect(debug[0]).toMatch(/^ssot facts cache: cannot use the directory in .*a-file\/cache \(.*\); analysing without it$/);
  });

  it('stops writing, with one debug line, when the directory is removed during the run', () => {
    const directory = join(root, 'cache');
    const debug: string[] = [];
    const cache = createFactsCache({ directory, debug: (line) => debug.push(line) });
    rmSync(directory, { recursive: true });
    writeFileSync(directory, 'now a file'); // `nx reset`, then something else took the name
    const { scan, calls } = countingScan();
    cache.getOrScan('a.ts', TEXT, interest, scan);
    cache.getOrScan('b.ts', `${TEXT};`, interest, scan);
    cache.flush();
    expect(calls).toEqual(['a.ts', 'b.ts']);
    expect(debug).toEqual([expect.stringMatching(/^ssot facts cache: cannot write an entry in /)]);
  });

  it('still serves its entries when it cannot write (a full disk, a folder it may not write)', () => {
    const directory = join(root, 'cache');
    createFactsCache({ directory }).getOrScan('a.ts', TEXT, interest, scanFile);
    const other = `${TEXT};`;
    const key = getEntryKey(createCacheNamespace(interest), 'b.ts', other);
    writeFileSync(join(directory, key.slice(0, 2)), 'in the way'); // where b's entry would go
    const debug: string[] = [];
    const cache = createFactsCache({ directory, debug: (line) => debug.push(line) });
    const { scan, calls } = countingScan();
    expectSameFacts(cache.getOrScan('b.ts', other, interest, scan), scanFile('b.ts', other, interest));
    expectSameFacts(cache.getOrScan('a.ts', TEXT, interest, scan), scanFile('a.ts', TEXT, interest));
    expect(calls).toEqual(['b.ts']);
    expect(debug).toEqual([expect.stringMatching(/^ssot facts cache: cannot write an entry in /)]);
  });

  it('records the bytes it wrote on flush and refreshes the time of the entries it reads', () => {
    const directory = join(root, 'cache');
    const cold = createFactsCache({ directory });
    cold.getOrScan('a.ts', TEXT, interest, scanFile);
    cold.flush();
    const [entry] = listEntries(directory);
    expect(readState(directory)?.bytes).toBe(statSync(entry).size);
    const old = new Date(Date.now() - 3 * 24 * 60 * 60 * 1000);
    utimesSync(entry, old, old);
    createFactsCache({ directory }).getOrScan('a.ts', TEXT, interest, scanFile);
    expect(statSync(entry).mtimeMs).toBeGreaterThan(old.getTime() + 24 * 60 * 60 * 1000);
  });

  it('evicts the least recently used entries when a run takes the cache over its cap', () => {
    const directory = join(root, 'cache');
    const texts = Array.from({ length: 7 }, (_, index) => `${TEXT}export const n${index} = ${index};\n`);
    const namespace = createCacheNamespace(interest);
    const entryOf = (text: string) => {
      const key = getEntryKey(namespace, 'f.ts', text);
      return join(directory, key.slice(0, 2), key);
    };
    const first = createFactsCache({ directory });
    texts.slice(0, 6).forEach((text) => first.getOrScan('f.ts', text, interest, scanFile));
    first.flush();
    // Last used: text 0 six days ago, text 1 five days ago, … text 5 a day ago.
    texts.slice(0, 6).forEach((text, index) => {
      const usedAt = new Date(Date.now() - (6 - index) * 24 * 60 * 60 * 1000);
      utimesSync(entryOf(text), usedAt, usedAt);
    });
    const size = Math.max(...texts.slice(0, 6).map((text) => statSync(entryOf(text)).size));
    const second = createFactsCache({ directory, maxBytes: 4 * size + 10 });
    second.getOrScan('f.ts', texts[6], interest, scanFile); // the 7th entry takes it over 4
    second.flush();
    expect(second.getStats().evicted).toBe(4); // down to three quarters of the cap: three entries
    expect(texts.map((text) => existsSync(entryOf(text)))).toEqual([false, false, false, false, true, true, true]);
    expect(readState(directory)?.bytes).toBe(listEntries(directory).reduce((sum, path) => sum + statSync(path).size, 0));
  });
});
