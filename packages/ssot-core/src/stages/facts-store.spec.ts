import { scanFile } from '../scan/scan-file';
import { createMemoryHost } from '../workspace/memory-host';
import { createFactsStore } from './facts-store';

const INTEREST = { globalRoots: new Set<string>(), globalNewNames: new Set<string>(), literals: new Set<string>() };
const BARREL = "export { Logger as Log } from './logger';\nexport * from './json';\n";

/** A store over one file whose reads are counted. */
function storeOf(text: string) {
  const host = createMemoryHost({ 'libs/core/src/index.ts': text });
  let reads = 0;
  const counted = { ...host, readFile: (file: string) => (reads++, host.readFile(file)) };
  return { store: createFactsStore({ host: counted, interest: INTEREST, keep: [] }), reads: () => reads };
}

describe('offerFacts: facts scanned elsewhere from the text on disk', () => {
  it('are what export chains read afterwards, without a read or a parse', () => {
    const { store, reads } = storeOf(BARREL);
    const facts = scanFile('libs/core/src/index.ts', BARREL, INTEREST);
    store.offerFacts('libs/core/src/index.ts', facts);
    const kept = store.getKeptFacts('libs/core/src/index.ts');
    expect(kept?.exports).toEqual({ local: [], aliases: [], from: [{ exported: 'Log', imported: 'Logger', specifier: './logger' }], star: ['./json'] });
    expect(kept?.bindings).toBe(facts.bindings);
    expect(reads()).toBe(0);
  });

  it('never replace facts the store has read itself', () => {
    const { store, reads } = storeOf(BARREL);
    const parsed = store.getKeptFacts('libs/core/src/index.ts');
    store.offerFacts('libs/core/src/index.ts', scanFile('libs/core/src/index.ts', "export * from './other';\n", INTEREST));
    expect(store.getKeptFacts('libs/core/src/index.ts')).toBe(parsed);
    expect(reads()).toBe(1);
  });
});
