import { createMemoryHost } from './memory-host';
import { mapBuildPathToSource, ModuleResolver } from './module-resolver';
import { TsconfigPathsIndex } from './tsconfig-paths-index';
import { WorkspaceProjects } from './workspace-projects';

const files: Record<string, string> = {
  'tsconfig.base.json': '{ // comments and trailing commas are allowed\n "compilerOptions": { "paths": { "@acme/lib": ["libs/lib/src/index.ts"], "@acme/lib/*": ["libs/lib/src/*"], }, }, }',
  'libs/lib/src/index.ts': '',
  'libs/lib/src/deep/thing.ts': '',
  'libs/pkg/package.json': '{ "name": "@acme/pkg", "main": "dist/lib/entry.js" }',
  'libs/pkg/src/lib/entry.ts': '',
  'libs/idx/package.json': '{ "name": "@acme/idx" }',
  'libs/idx/index.ts': '',
  'apps/web/tsconfig.json': '{ "extends": "./tsconfig.paths.json", "compilerOptions": { "baseUrl": "." } }',
  'apps/web/tsconfig.paths.json': '{ "compilerOptions": { "paths": { "~/*": ["src/*"] } } }',
  'apps/web/src/util/index.tsx': '',
  'apps/web/src/a.ts': '',
  'apps/web/src/b.mts': '',
  'apps/web/src/types.d.ts': '',
};

const projects = new WorkspaceProjects(
  [
    { name: 'lib', root: 'libs/lib', tags: [] },
    { name: 'pkg', root: 'libs/pkg', tags: [] },
    { name: 'idx', root: 'libs/idx', tags: [] },
    { name: 'web', root: 'apps/web', tags: [] },
  ],
  createMemoryHost(files),
);
const host = createMemoryHost(files);
const resolver = new ModuleResolver(host, new TsconfigPathsIndex(host), projects);

describe('ModuleResolver', () => {
  it.each([
    ['relative with .js → .ts', 'apps/web/src/x.ts', './a.js', 'apps/web/src/a.ts'],
    ['relative .mjs → .mts', 'apps/web/src/x.ts', './b.mjs', 'apps/web/src/b.mts'],
    ['relative folder → index.tsx', 'apps/web/src/x.ts', './util', 'apps/web/src/util/index.tsx'],
    ['relative .d.ts', 'apps/web/src/x.ts', './types', 'apps/web/src/types.d.ts'],
    ['nearest tsconfig paths, inherited through extends, relative to baseUrl', 'apps/web/src/x.ts', '~/util', 'apps/web/src/util/index.tsx'],
    ['root paths (exact)', 'apps/web/src/x.ts', '@acme/lib', 'libs/lib/src/index.ts'],
    ['root paths (wildcard)', 'apps/web/src/x.ts', '@acme/lib/deep/thing', 'libs/lib/src/deep/thing.ts'],
    ['package name → main mapped from the build folder back to src', 'apps/web/src/x.ts', '@acme/pkg', 'libs/pkg/src/lib/entry.ts'],
    ['package name → index.ts at the root', 'apps/web/src/x.ts', '@acme/idx', 'libs/idx/index.ts'],
  ])('%s', (_label, from, specifier, expected) => {
    expect(resolver.resolve(from, specifier)).toEqual({ kind: 'file', file: expected });
  });

  it.each([
    ['a package sub-path', '@acme/pkg/src/lib/entry'],
    ['an npm package', 'lodash'],
    ['a missing relative file', './nothing'],
    ['an absolute path', '/etc/passwd'],
  ])('%s is external', (_label, specifier) => {
    expect(resolver.resolve('apps/web/src/x.ts', specifier)).toEqual({ kind: 'external' });
  });

  it.each([
    ['build/main/index.js', ['src/index', 'build/main/index']],
    ['./dist/lib/foo.d.ts', ['src/lib/foo', 'dist/lib/foo']],
    ['index.js', ['index']],
  ])('maps %s back to source candidates', (field, expected) => {
    expect(mapBuildPathToSource(field)).toEqual(expected);
  });
});
