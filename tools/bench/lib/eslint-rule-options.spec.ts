/** Two registry entries may restrict the same thing; ESLint's rule schemas reject repeated options (lib/eslint-config.mjs toRules). */
import { callEach } from './call-module';

const entry = (name: string, bypasses: unknown[], extra: Record<string, unknown> = {}) => ({ name, exports: '*', bypasses, ...extra });

describe('toRules', () => {
  const cases: Array<[string, unknown[], Record<string, unknown>]> = [
    ['the same global from two entries: once, the first message', [entry('A', [{ kind: 'global', path: 'console' }]), entry('B', [{ kind: 'global', path: 'console' }])], { 'no-restricted-globals': ['error', { name: 'console', message: 'use A' }] }],
    ['the same property and import: once each', [
      entry('A', [{ kind: 'global', path: 'JSON.parse' }, { kind: 'import', pattern: 'axios' }]),
      entry('B', [{ kind: 'global', path: 'JSON.parse' }, { kind: 'import', pattern: 'axios' }]),
    ], {
      'no-restricted-properties': ['error', { object: 'JSON', property: 'parse', message: 'use A' }],
      'no-restricted-imports': ['error', { paths: [{ name: 'axios', message: 'use A' }], patterns: [] }],
    }],
    ['one factory export in two entries: one selector', [entry('A', [], { factory: 'makeA', exports: ['Thing'] }), entry('B', [], { factory: 'makeB', exports: ['Thing'] })], {
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Thing']", message: 'use makeA()' }],
    }],
  ];
  const results = callEach<Record<string, unknown>>('eslint-config.mjs', 'toRules', cases.map(([, entries]) => [entries]));
  it.each(cases.map((c, i) => [c[0], results[i], c[2]]))('%s', (_, actual, expected) => expect(actual).toMatchObject(expected));
});
