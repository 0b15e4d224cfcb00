import { detectFreshness, type Freshness } from './run-kind';

describe('detectFreshness: a one-shot eslint command checks its inputs once, any other process at every lint', () => {
  it.each<[string | undefined, Freshness]>([
    ['/repo/node_modules/eslint/bin/eslint.js', 'once'],
    ['/repo/node_modules/.pnpm/eslint@9.39.1/node_modules/eslint/bin/eslint.js', 'once'],
    ['C:\\repo\\node_modules\\eslint\\bin\\eslint.js', 'once'],
    ['/repo/node_modules/eslint/bin/eslint.mjs', 'once'],
    ['/home/me/.vscode/extensions/dbaeumer.vscode-eslint-3.0.10/server/out/eslintServer.js', 'every-lint'],
    ['/repo/node_modules/eslint_d/bin/eslint_d.js', 'every-lint'],
    ['/repo/node_modules/nx/bin/run-executor.js', 'every-lint'],
    ['/repo/node_modules/jest/bin/jest.js', 'every-lint'],
    ['/repo/tools/eslint.js', 'every-lint'],
    [undefined, 'every-lint'],
  ])('%s → %s', (main, expected) => {
    expect(detectFreshness(main)).toBe(expected);
  });
});
