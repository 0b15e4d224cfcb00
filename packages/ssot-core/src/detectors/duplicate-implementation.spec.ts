import { scanFile } from '../scan/scan-file';
import { entry, registry } from '../testing/memory-workspace';
import { CASE_FILE, caseName, runDetectorCase, toExpected, type DetectorCase, type InvalidDetectorCase } from '../testing/detector-cases';
import { compareMembers, duplicateImplementation, type DuplicateImplementationOptions } from './duplicate-implementation';
import { countNeededMembers } from './duplicate-text-filter';

const HANDLER = [
  'export class JsonHandler {',
  '  private cache = new Map();',
  '  parse(text: string) { return text; }',
  '  stringify(value: unknown) { return String(value); }',
  '  clone<T>(value: T) { return value; }',
  '  get strict() { return true; }',
  '}',
  'export function getJsonHandler() { return new JsonHandler(); }',
  '',
].join('\n');
const defaults = {
  files: { 'libs/lib/src/json.ts': HANDLER },
  entries: [entry({ name: 'JsonHandler', source: 'libs/lib/src/json.ts', factory: 'getJsonHandler', duplicates: ['*JsonHelper', 'parse*Json'], projects: ['*', '!web'] })],
};

const valid: DetectorCase[] = [
  { code: 'export class Parser { parse(text: string) { return text; } }\n' },
  { name: 'two shared members are below minSharedMembers', code: 'export class Codec { parse() {} stringify() {} encode() {} }\n' },
  { name: 'private and protected members do not count', code: 'export class Codec { private parse() {} protected stringify() {} #clone() {} strict = 1; other() {} }\n' },
  { name: 'a project the entry leaves out', code: 'export class JsonHandler {}\n', file: 'apps/web/src/json.ts' },
  { name: 'ambient declarations and overload signatures implement nothing', code: "declare class JsonHandler {}\ndeclare module 'x' { export function getJsonHandler(): void; }\nexport function parseJson(a: string): void;\nexport function parseJson2() {}\n" },
  { name: 'a file on a legacy path is a shim (legacy-shim reports it)', code: 'export class LegacyJsonHelper {}\n', file: 'libs/old/index.ts', entries: [{ ...defaults.entries[0], legacyPaths: ['libs/old/**'] }] },
  { name: 'the SSOT itself', code: HANDLER, file: 'libs/lib/src/json.ts' },
  { name: 'similarity off for functions', code: 'export function parse() {}\nexport function stringify() {}\n' },
  {
    name: 'another registered SSOT that wraps this one (same members, a name the globs match)',
    code: 'import { JsonHandler } from \'@acme/lib\';\nexport class CachedJsonHelper {\n  private inner = new JsonHandler();\n  parse(text: string) { return text; }\n  stringify(value: unknown) { return String(value); }\n  clone<T>(value: T) { return value; }\n  get strict() { return true; }\n}\nexport function getCachedJsonHelper() { return new CachedJsonHelper(); }\n',
    entries: [...defaults.entries, entry({ name: 'CachedJsonHelper', source: CASE_FILE, factory: 'getCachedJsonHelper', duplicates: ['*JsonHandler'] })],
  },
  {
    name: 'a class that implements the SSOT (same members) is built on it, not a rival (seen on ngrx/platform: DefaultLogger implements Logger)',
    code: "import { JsonHandler } from '@acme/lib';\nexport class FastJsonHandler implements JsonHandler {\n  parse(text: string) { return text; }\n  stringify(value: unknown) { return String(value); }\n  clone<T>(value: T) { return value; }\n  get strict() { return true; }\n}\n",
  },
  { name: 'a subclass of the SSOT through a namespace, named as the globs say', code: "import * as lib from '@acme/lib';\nexport class SafeJsonHelper extends lib.JsonHandler {}\n" },
  { name: 'minSimilarity raised', code: 'export class Codec { parse() {} stringify() {} clone() {} encode() {} }\n', options: { minSimilarity: 0.9 } },
];

const invalid: InvalidDetectorCase[] = [
  { name: 'the SSOT\'s export name', code: 'export class JsonHandler { parse() {} }\n', errors: [{ messageId: 'nameMatch', line: 1, column: 14 }] },
  { name: 'the factory name, and a duplicates glob on a const arrow function', code: 'function getJsonHandler() {}\nconst parseUserJson = (text: string) => text;\n', errors: [{ messageId: 'nameMatch', line: 1, column: 10 }, { messageId: 'nameMatch', line: 2, column: 7 }] },
  { name: 'a class expression, not exported', code: 'const SafeJsonHelper = class {};\n', errors: [{ messageId: 'nameMatch', line: 1, column: 7 }] },
  { name: 'public members overlap: 4 of 5 names (80 %)', code: 'export class Codec {\n  constructor(public readonly strict: boolean) {}\n  parse() {}\n  stringify() {}\n  clone() {}\n  encode() {}\n}\n', errors: [{ messageId: 'similarMembers', line: 1, column: 14 }] },
  { name: 'a class built on something else still rivals by its members', code: 'export class Codec extends Base implements Serializer {\n  parse() {}\n  stringify() {}\n  clone() {}\n  encode() {}\n}\n', errors: [{ messageId: 'similarMembers', line: 1, column: 14 }] },
  { name: 'minSharedMembers lowered', code: 'export class Codec { parse() {} stringify() {} }\n', options: { minSharedMembers: 2, minSimilarity: 0.4 }, errors: [{ messageId: 'similarMembers', line: 1, column: 14 }] },
  {
    name: 'a rival beside a registered SSOT in the same file is still reported',
    code: 'export class CachedJsonHelper {}\nexport class SafeJsonHelper {}\n',
    entries: [...defaults.entries, entry({ name: 'CachedJsonHelper', source: CASE_FILE })],
    errors: [{ messageId: 'nameMatch', line: 2, column: 14 }],
  },
  { name: 'nested declarations count too', code: 'export function make() {\n  class JsonHandler {}\n  return JsonHandler;\n}\n', errors: [{ messageId: 'nameMatch', line: 2, column: 9 }] },
];

/**
 * The text filter: a file it turns away is not parsed for this detector, so it must admit every
 * file the detector could report on. With the defaults, JsonHandler's four public members (clone,
 * parse, strict, stringify) need three shared names; the glob `parse*Json` makes `parse` a name word.
 */
const filterCases: { name: string; code: string; admitted: boolean; options?: Partial<DuplicateImplementationOptions> }[] = [
  { name: 'the export name', code: 'export class JsonHandler {}\n', admitted: true },
  { name: 'the factory name', code: 'function getJsonHandler() {}\n', admitted: true },
  { name: 'a duplicates glob\'s literal run', code: 'const SafeJsonHelper = class {};\n', admitted: true },
  { name: 'the longest run of a glob', code: 'const parseUserJson = (text: string) => text;\n', admitted: true },
  { name: 'three shared public members', code: 'class Codec { stringify() {} clone() {} strict = 1; }\n', admitted: true },
  { name: 'members as string-literal keys', code: "class Codec { 'stringify'() {} \"clone\" = 1; get strict() { return 1; } }\n", admitted: true },
  { name: 'a backslash may spell any name', code: 'class C { str\\u0069ngify() {} }\n', admitted: true },
  { name: 'a non-ASCII neighbour may be no identifier character', code: 'class C { éstringify() {} clone() {} strict() {} }\n', admitted: true },
  { name: 'minSharedMembers lowered to two', code: 'class Codec { stringify() {} clone() {} }\n', admitted: true, options: { minSharedMembers: 2, minSimilarity: 0.4 } },
  { name: 'no class or function declared', code: 'export const handler = JsonHandler;\n', admitted: false },
  { name: 'a plain model', code: 'export function computeTotal(amounts: number[]) { return amounts.length; }\n', admitted: false },
  { name: 'two shared members are too few', code: 'class Codec { stringify() {} clone() {} encode() {} }\n', admitted: false },
  { name: 'member names inside longer words', code: 'class Codec { stringifyAll() {} cloneDeep() {} strictMode = 1; }\n', admitted: false },
  { name: 'member overlap needs a class', code: 'function f() { stringify(); clone(); strict(); }\n', admitted: false },
  { name: 'minSimilarity 1 needs all four', code: 'class Codec { stringify() {} clone() {} strict = 1; }\n', admitted: false, options: { minSimilarity: 1 } },
];

describe('duplicate-implementation', () => {
  describe('text filter', () => {
    const handlerFacts = scanFile('libs/lib/src/json.ts', HANDLER, { globalRoots: new Set(), globalNewNames: new Set(), literals: new Set() });
    const createFilter = (options: Partial<DuplicateImplementationOptions> = {}) =>
      duplicateImplementation.createTextFilter!({
        options: { ...duplicateImplementation.defaultOptions, ...options },
        registry: registry(defaults.entries),
        getFacts: (file) => (file === 'libs/lib/src/json.ts' ? handlerFacts : undefined),
      });

    it.each(filterCases.map((c) => [c.name, c] as const))('%s', (_name, { code, admitted, options }) => {
      expect(createFilter(options)(code)).toBe(admitted);
    });

    // An import makes the sites' prefilter parse the file anyway, so the detector sees what the filter turned away.
    it.each(filterCases.filter((c) => !c.admitted).map((c) => [c.name, c] as const))('turned away, and the detector agrees: %s', (_name, { code, options }) => {
      expect(runDetectorCase(duplicateImplementation, { code: `import { x } from './x';\n${code}`, options }, defaults)).toEqual([]);
    });

    it.each([
      [4, { minSimilarity: 0.6, minSharedMembers: 3 }, 3],
      [5, { minSimilarity: 0.6, minSharedMembers: 3 }, 3],
      [10, { minSimilarity: 0.7, minSharedMembers: 3 }, 7],
      [10, { minSimilarity: 0.3, minSharedMembers: 1 }, 3],
      [2, { minSimilarity: 0.6, minSharedMembers: 3 }, undefined],
      [3, { minSimilarity: 1, minSharedMembers: 1 }, 3],
    ])('a class of %i members needs %o → %s shared', (size, thresholds, need) => {
      expect(countNeededMembers(size, thresholds)).toBe(need);
    });

    it('admits every declaring file when a glob has other syntax than * and ?', () => {
      const filter = duplicateImplementation.createTextFilter!({
        options: duplicateImplementation.defaultOptions,
        registry: registry([entry({ name: 'Codec', module: 'codec', exports: ['Codec'], duplicates: ['{Json,Xml}Helper'] })]),
        getFacts: () => undefined,
      });
      expect([filter('function anything() {}'), filter('export const a = 1;')]).toEqual([true, false]);
    });
  });

  it.each(valid.map((c) => [caseName(c), c] as const))('valid: %s', (_name, testCase) => {
    expect(runDetectorCase(duplicateImplementation, testCase, defaults)).toEqual([]);
  });

  it.each(invalid.map((c) => [caseName(c), c] as const))('invalid: %s', (_name, testCase) => {
    const findings = runDetectorCase(duplicateImplementation, testCase, defaults);
    expect(findings.map((f) => toExpected(f, testCase.file ?? CASE_FILE))).toEqual(testCase.errors);
  });

  it('names both places: the duplicate and the SSOT (message, fix and related location)', () => {
    const [byName] = runDetectorCase(duplicateImplementation, invalid[1], defaults);
    expect(byName).toMatchObject({
      message: 'function getJsonHandler duplicates the SSOT JsonHandler (libs/lib/src/json.ts): its name matches the factory name getJsonHandler',
      text: 'function getJsonHandler',
      fix: 'use JsonHandler from libs/lib/src/json.ts instead of getJsonHandler: move what only getJsonHandler does into the SSOT, then delete it',
      related: [{ file: 'libs/lib/src/json.ts', line: 1, column: 14 }],
    });
    const [bySimilarity] = runDetectorCase(duplicateImplementation, invalid[3], defaults);
    expect(bySimilarity.message).toBe('class Codec duplicates the SSOT JsonHandler (libs/lib/src/json.ts): it shares 4 public members with JsonHandler (80% similar: clone, parse, strict, stringify)');
    expect(bySimilarity.related).toEqual([{ file: 'libs/lib/src/json.ts', line: 1, column: 14 }]);
  });

  it('scores similarity as the Jaccard index of public member names', () => {
    expect(compareMembers(['a', 'b', 'c'], ['b', 'c', 'd'])).toEqual({ shared: ['b', 'c'], similarity: 0.5 });
    expect(compareMembers([], [])).toEqual({ shared: [], similarity: 0 });
  });
});
