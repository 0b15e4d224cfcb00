import { formatDiscoverySummary } from './format-summary';

describe('formatDiscoverySummary', () => {
  it.each<[string[], string]>([
    [['a.ts'], 'bypasses import a.ts'],
    [['a.ts', 'b.ts', 'c.ts'], 'bypasses import a.ts, import b.ts, import c.ts'],
    [['a.ts', 'b.ts', 'c.ts', 'd.ts', 'e.ts'], 'bypasses import a.ts, import b.ts, import c.ts and 2 more'],
  ])('keeps one line per entry readable: %j', (files, text) => {
    const [, line] = formatDiscoverySummary({
      entries: [],
      unpaired: [],
      checked: [{ entry: { name: 'X', source: 'x.ts', bypasses: files.map((file) => ({ import: file })) }, families: ['rival-implementations'], evidence: [], usage: 1, bypass: 2, coverage: 33.3 }],
    });
    expect(line).toBe(`  X (x.ts): 1 usage, 2 bypass, coverage 33.3 %; rival-implementations; ${text}`);
  });
});
