import type { ProjectReport } from '../report/report-model';
import { formatBypassedEntries, formatMostBypassed, getMostBypassedEntry, topBypassedEntries } from './most-bypassed';

const counts = (bypass: number): ProjectReport['entries'][string] => ({ usage: 1, bypass });

describe('getMostBypassedEntry', () => {
  it.each<[string, Record<string, number>, ReturnType<typeof getMostBypassedEntry>]>([
    ['no SSOT', {}, undefined],
    ['no bypass anywhere', { Alpha: 0, Beta: 0 }, undefined],
    ['one most', { Alpha: 1, Beta: 3, Gamma: 2 }, { name: 'Beta', bypass: 3 }],
    ['a tie: by name, whatever the order of the entries', { Gamma: 2, Beta: 2, Alpha: 1 }, { name: 'Beta', bypass: 2 }],
  ])('%s', (_, bypass, expected) => {
    const entries = Object.fromEntries(Object.entries(bypass).map(([name, n]) => [name, counts(n)]));
    expect(getMostBypassedEntry({ entries })).toEqual(expected);
  });
});

describe('the words of "most bypassed"', () => {
  it.each<[string, string, string]>([
    ['none', formatBypassedEntries([]), '—'],
    ['one project, counts grouped by thousands', formatMostBypassed({ entries: { Json: counts(1234) } }), 'Json (1,234)'],
    ['escaped by the caller', formatBypassedEntries([{ name: '<b>', bypass: 1 }], (text) => text.replace('<', '&lt;')), '&lt;b> (1)'],
    [
      'an owner: the first three of its top entries',
      formatBypassedEntries(topBypassedEntries({ topEntries: ['A', 'B', 'C', 'D'].map((entry, index) => ({ entry, usage: 1, bypass: 4 - index, coverage: null })) })),
      'A (4), B (3), C (2)',
    ],
  ])('%s', (_, actual, expected) => {
    expect(actual).toBe(expected);
  });
});
