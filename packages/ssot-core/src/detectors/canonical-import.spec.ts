import { indexWorkspace } from '../stages/index-workspace';
import { entry, registry, TEST_PROJECTS, TEST_TSCONFIG } from '../testing/memory-workspace';
import { createMemoryHost } from '../workspace/memory-host';
import { createCanonicalImports } from './canonical-import';

const SOURCE = 'libs/lib/src/foo.ts';
const canonicalOf = (files: Record<string, string>, fields: Parameters<typeof entry>[0] = { name: 'Foo', source: SOURCE }) => {
  const reg = registry([entry(fields)]);
  const index = indexWorkspace({ workspaceRoot: '/memory', host: createMemoryHost({ [SOURCE]: 'export class Foo {}\nexport const getFoo = () => new Foo();\n', ...files }), projects: TEST_PROJECTS });
  return createCanonicalImports(index)(reg.entries[0]);
};

describe('canonical import of an SSOT', () => {
  it.each<[string, Record<string, string>, string | undefined]>([
    ['the root tsconfig alias of the owner\'s entry point', { 'tsconfig.base.json': TEST_TSCONFIG, 'libs/lib/src/index.ts': "export * from './foo';\n" }, '@acme/lib'],
    ['an entry point that renames the SSOT', { 'tsconfig.base.json': TEST_TSCONFIG, 'libs/lib/src/index.ts': "export { Foo as Bar } from './foo';\n" }, '@acme/lib'],
    ['the owner\'s package name, without an alias', { 'libs/lib/package.json': '{ "name": "@acme/lib-pkg" }', 'libs/lib/src/index.ts': "export * from './foo';\n" }, '@acme/lib-pkg'],
    ['none when the entry point does not export it', { 'tsconfig.base.json': TEST_TSCONFIG, 'libs/lib/src/index.ts': 'export const other = 1;\n' }, undefined],
    ['not an alias that points into another project (a shim)', { 'tsconfig.base.json': TEST_TSCONFIG, 'libs/old/index.ts': "export { Foo } from '../lib/src/foo';\n" }, undefined],
  ])('%s', (_rule, files, expected) => {
    expect(canonicalOf(files)).toBe(expected);
  });

  it('the factory alone is enough, and a module entry\'s is its module', () => {
    const files = { 'tsconfig.base.json': TEST_TSCONFIG, 'libs/lib/src/index.ts': "export { getFoo } from './foo';\n" };
    expect(canonicalOf(files, { name: 'Foo', source: SOURCE, factory: 'getFoo' })).toBe('@acme/lib');
    expect(canonicalOf({}, { name: 'Nest', module: '@nestjs/common', exports: ['Logger'] })).toBe('@nestjs/common');
  });
});
