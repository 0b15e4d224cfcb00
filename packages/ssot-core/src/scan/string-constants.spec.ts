import { scanFile } from './scan-file';

const interest = {
  globalRoots: new Set<string>(),
  globalNewNames: new Set<string>(),
  literals: new Set<string>(),
};
const constantsOf = (text: string) => scanFile('a.ts', text, interest).constants.map(({ name, value, line, column }) => `${name}=${value} ${line}:${column}`);

describe('exported string constants', () => {
  it.each([
    ["export const DATE_FORMAT = 'yyyy-MM-dd';", ['DATE_FORMAT=yyyy-MM-dd 1:14']],
    ["export const A = `x-y`, B = ('z' as const);", ['A=x-y 1:14', 'B=z 1:25']],
    ["const LOCAL = 'yyyy';", []],
    ["export let MUTABLE = 'yyyy';", []],
    ['export const T = `a${b}`;', []],
    ['export const N = 42;', []],
    ["export declare const D: 'x';", []],
  ])('%s', (text, expected) => {
    expect(constantsOf(text)).toEqual(expected);
  });
});
