/**
 * The oxlint rows compare like with like only if oxlint runs the rules ESLint's row runs: the
 * same blocks (lib/eslint-config.mjs), no rule of oxlint's own, and `no-restricted-syntax`, which
 * oxlint lacks, left out of oxlint's config and of the ESLint count put beside it.
 */
import { callEach } from './call-module';

const globals = ['error', { name: 'console', message: 'use Log' }];
const properties = ['error', { object: 'JSON', property: 'parse', message: 'use Json' }];
const syntax = ['error', { selector: "NewExpression[callee.name='Engine']", message: 'use createEngine()' }];
const base = { plugins: [], categories: { correctness: 'off' }, ignorePatterns: ['dist/**', '.nx/**', 'node_modules/**', '.bench/**'] };

describe('toOxlintConfig', () => {
  const cases: Array<[string, unknown[], unknown]> = [
    ['one block: its rules, no overrides', [{ files: ['**/*.ts'], rules: { 'no-restricted-globals': globals, 'no-restricted-imports': 'off' } }], {
      config: { ...base, rules: { 'no-restricted-globals': globals, 'no-restricted-imports': 'off' } },
      leftOut: [],
    }],
    ['project blocks become overrides with their globs', [
      { files: ['**/*.ts'], rules: { 'no-restricted-globals': globals } },
      { files: ['apps/api/**/*.ts'], rules: { 'no-restricted-globals': globals, 'no-restricted-properties': properties } },
    ], {
      config: { ...base, rules: { 'no-restricted-globals': globals }, overrides: [{ files: ['apps/api/**/*.ts'], rules: { 'no-restricted-globals': globals, 'no-restricted-properties': properties } }] },
      leftOut: [],
    }],
    ['no-restricted-syntax is left out and named', [
      { files: ['**/*.ts'], rules: { 'no-restricted-syntax': syntax } },
      { files: ['libs/a/**/*.ts'], rules: { 'no-restricted-syntax': 'off' } },
    ], {
      config: { ...base, rules: {}, overrides: [{ files: ['libs/a/**/*.ts'], rules: {} }] },
      leftOut: ['no-restricted-syntax'],
    }],
    ['no-restricted-syntax turned off everywhere is not named', [{ files: ['**/*.ts'], rules: { 'no-restricted-syntax': 'off' } }], { config: { ...base, rules: {} }, leftOut: [] }],
  ];
  const results = callEach('oxlint-config.mjs', 'toOxlintConfig', cases.map(([, blocks]) => [blocks]));
  it.each(cases.map((c, i) => [c[0], results[i], c[2]]))('%s', (_, actual, expected) => expect(actual).toEqual(expected));
});

describe('comparableEslintProblems', () => {
  const cases: Array<[string, unknown, number]> = [
    ['every rule oxlint has', { 'no-restricted-globals': 3, 'no-restricted-properties': 4, 'no-restricted-imports': 1 }, 8],
    ['without no-restricted-syntax', { 'no-restricted-globals': 3, 'no-restricted-syntax': 10 }, 3],
    ['nothing reported', {}, 0],
    ['not the rules eslint-disable comments name (reported as missing definitions)', { 'no-restricted-globals': 2, '@typescript-eslint/no-explicit-any': 61 }, 2],
    ['no count at all', undefined, 0],
  ];
  const results = callEach<number>('oxlint-config.mjs', 'comparableEslintProblems', cases.map(([, byRule]) => [byRule]));
  it.each(cases.map((c, i) => [c[0], results[i], c[2]]))('%s', (_, actual, expected) => expect(actual).toBe(expected));
});
