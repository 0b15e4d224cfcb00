import { createMemoryHost } from '../workspace/memory-host';
import { TsconfigPathsIndex } from '../workspace/tsconfig-paths-index';
import { getPublicSpecifiers } from './public-entries';

const tsconfig = (paths: Record<string, string[]>) => JSON.stringify({ compilerOptions: { paths } });

describe('getPublicSpecifiers: what can name a project\'s public entry point', () => {
  it.each([
    ['exact root aliases in name order, no wildcard ones', { 'tsconfig.base.json': tsconfig({ '@acme/zeta': ['libs/z/src/index.ts'], '@acme/*': ['libs/*'], '@acme/alpha': ['libs/a/src/index.ts'] }) }, ['@acme/alpha', '@acme/zeta']],
    ['then the package name', { 'tsconfig.base.json': tsconfig({ '@acme/alpha': ['libs/a/src/index.ts'] }), 'libs/a/package.json': '{ "name": "@acme/a-pkg" }' }, ['@acme/alpha', '@acme/a-pkg']],
    ['a package name that is also an alias only once', { 'tsconfig.base.json': tsconfig({ '@acme/a': ['libs/a/src/index.ts'] }), 'libs/a/package.json': '{ "name": "@acme/a" }' }, ['@acme/a']],
    ['no tsconfig, no package name: none', { 'libs/a/package.json': '{ "version": "1.0.0" }' }, []],
  ])('%s', (_label, files: Record<string, string>, expected) => {
    const host = createMemoryHost(files);
    expect(getPublicSpecifiers(host, new TsconfigPathsIndex(host), 'libs/a')).toEqual(expected);
  });
});
