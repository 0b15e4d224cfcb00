/** The ESLint-through-Nx row lints each file once, in the task of the project that owns it (lib/lint-rows.mjs). */
import { callEach } from './call-module';

const tools = { node: '/n', eslintBin: '/e.js', config: 'eslint.config.mjs', outDir: '.bench/eslint-out' };
const command = (pattern: string, out: string, ignores: string[] = []) =>
  ["'/n'", "'/e.js'", '--config', 'eslint.config.mjs', '--no-warn-ignored', '--no-error-on-unmatched-pattern', ...ignores.map((root) => `--ignore-pattern '${root}/**'`), '-f', 'json', '-o', `.bench/eslint-out/${out}.json`, `'${pattern}'`, '|| true'].join(' ');

describe('lintCommands', () => {
  const p = (name: string, root: string) => ({ name, root, tags: [] });
  const cases: Array<[string, unknown[], Record<string, string>]> = [
    ['a project lints its own folder', [p('api', 'apps/api')], { 'apps/api': command('apps/api/**/*.ts', 'api') }],
    ['a nested project is left to its own task', [p('store', 'modules/store'), p('store-testing', 'modules/store/testing')], {
      'modules/store': command('modules/store/**/*.ts', 'store', ['modules/store/testing']),
      'modules/store/testing': command('modules/store/testing/**/*.ts', 'store-testing'),
    }],
    ['a root project leaves out every other project; scoped names make safe file names', [p('root', '.'), p('@scope/a', 'packages/a')], {
      '.': command('**/*.ts', 'root', ['packages/a']),
      'packages/a': command('packages/a/**/*.ts', '_scope_a'),
    }],
    ['a sibling with a common prefix is not nested', [p('a', 'libs/a'), p('ab', 'libs/ab')], { 'libs/a': command('libs/a/**/*.ts', 'a'), 'libs/ab': command('libs/ab/**/*.ts', 'ab') }],
  ];
  const results = callEach('lint-rows.mjs', 'lintCommands', cases.map(([, projects]) => [projects, tools]));
  it.each(cases.map((c, i) => [c[0], results[i], c[2]]))('%s', (_, actual, expected) => expect(actual).toEqual(expected));
});

describe('composeBigFile', () => {
  const texts = [
    "import { Logger } from '@bench/core';\nimport { helper } from './helper';\n\nexport class A {\n  log = new Logger();\n}\n",
    "import { Logger } from '@bench/core';\nexport * from './a';\nexport { B as BApi } from './b';\nexport const b = 1;\n",
  ];
  const [composed, capped] = callEach<string>('big-file.mjs', 'composeBigFile', [[texts, 1e6], [texts, 10]]);

  it('hoists each package import once, drops relative imports and re-exports, wraps each body in a namespace', () => {
    expect(composed.match(/^import .*$/gm)).toEqual(["import { Logger } from '@bench/core';"]);
    expect(composed).toContain('export namespace Part0 {\n');
    expect(composed).toContain('export namespace Part1 {\n');
    expect(composed).not.toContain("from './");
    expect(composed).toContain('  export const b = 1;');
  });

  it('stops once the size is reached', () => {
    expect(capped).toContain('Part0');
    expect(capped).not.toContain('Part1');
  });
});
