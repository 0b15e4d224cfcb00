import { findClosestNames, formatDidYouMean, mergeClosestNames } from './closest-name';

describe('findClosestNames', () => {
  // Good hints: a slip of the keyboard, a case difference, a file moved one folder down.
  it.each<[string, string[], string[]]>([
    ['axois', ['axios', 'rxjs', '@angular/core'], ['axios']],
    ['JSON.prase', ['JSON.parse', 'JSON.stringify'], ['JSON.parse']],
    ['json.parse', ['JSON.parse'], ['JSON.parse']],
    ['libs/http/src/http-clinet.ts', ['libs/http/src/http-client.ts', 'libs/http/src/index.ts'], ['libs/http/src/http-client.ts']],
    ['HttpClinet', ['HttpClient', 'HttpHeaders'], ['HttpClient']],
    ['@acme/loger', ['@acme/logger', '@acme/ledger'], ['@acme/logger']],
    ['legacy-ap', ['legacy-app', 'web', 'api'], ['legacy-app']],
    ['process.env.API_URl', ['process.env.API_URL', 'process.env.API_KEY'], ['process.env.API_URL']],
    ['console.lgo', ['console.log', 'console.error'], ['console.log']],
    ['tag:scope:backnd', ['tag:scope:backend', 'tag:scope:frontend'], ['tag:scope:backend']],
  ])('%s → %j', (wanted, vocabulary, names) => {
    expect(findClosestNames(wanted, vocabulary, wanted.includes('/') ? '/' : '.')?.names).toEqual(names);
  });

  // No silly hints: another real name that happens to be near, short names, unrelated ones.
  it.each<[string, string[]]>([
    ['fs', ['os', 'vm']],
    ['pg', ['ws']],
    ['axios', ['rxjs', 'ky']],
    ['JSON.parse', ['JSON.stringify']],
    ['console.log', ['console.info', 'console.error']],
    ['Date', ['Map', 'Set']],
    ['HttpClient', ['HttpHandler', 'HttpHeaders']],
    ['@acme/config', ['@acme/core', '@acme/common']],
    ['libs/http/src/client.ts', ['libs/data/src/store.ts']],
    ['api', ['app']],
    ['process.env.API_URL', ['process.env.API_KEY', 'process.env.DB_URL']],
    ['console.warn', ['logger.warn']],
    ['console.log', ['console.dir']],
    ['libs/store/shared/change.ts', ['libs/effects/shared/change.ts', 'libs/data/shared/change.ts']], // copies, not a move
  ])('%s gets no hint from %j', (wanted, vocabulary) => {
    expect(findClosestNames(wanted, vocabulary, wanted.includes('/') ? '/' : '.')).toBeUndefined();
  });

  it('suggests a file moved one folder down only for a path known not to exist (moves)', () => {
    const files = ['libs/http/src/lib/http-client.ts', 'libs/http/src/index.ts'];
    expect(findClosestNames('libs/http/src/http-client.ts', files, '/', true)?.names).toEqual(['libs/http/src/lib/http-client.ts']);
    expect(findClosestNames('libs/http/src/http-client.ts', files)).toBeUndefined();
    // A copy's path in another project is no slip for the original's, nor the reverse.
    expect(findClosestNames('libs/store/shared/change.ts', ['libs/shared/change.ts'])).toBeUndefined();
  });

  it('never suggests the name itself, and lists ties sorted, at most three', () => {
    expect(findClosestNames('Logger', ['Logger'])).toBeUndefined();
    expect(findClosestNames('abcdefg', ['abcdefX', 'abcdefZ', 'abcdefY', 'abcdefW'])).toEqual({ names: ['abcdefW', 'abcdefX', 'abcdefY'], distance: 1 });
  });

  it('merges projects\' hints by the smallest distance', () => {
    expect(mergeClosestNames([{ names: ['b'], distance: 2 }, { names: ['c', 'a'], distance: 1 }, { names: ['a'], distance: 1 }])).toEqual({ names: ['a', 'c'], distance: 1 });
    expect(mergeClosestNames([])).toBeUndefined();
  });

  it.each<[string[], string]>([
    [[], ''],
    [['axios'], ' — did you mean `axios`?'],
    [['a', 'b', 'c'], ' — did you mean `a`, `b` or `c`?'],
  ])('spells %j as %j', (names, text) => {
    expect(formatDidYouMean(names)).toBe(text);
  });
});
