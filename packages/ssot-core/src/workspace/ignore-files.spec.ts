import { createIgnoreFiles } from './ignore-files';
import { createMemoryHost } from './memory-host';

const files: Record<string, string> = {
  '.gitignore': 'dist/\n*.log\n!keep.log\n',
  '.nxignore': 'generated/\n',
  'apps/a/.gitignore': 'out-tsc\n/local.ts\n',
};
const ignoreFiles = createIgnoreFiles((path) => files[path]);

describe('createIgnoreFiles: the files Nx sees', () => {
  it.each([
    ['a source file', 'apps/a/src/main.ts', false],
    ['under a folder the root .gitignore names', 'dist/apps/a/main.ts', true],
    ['the same folder name deeper down', 'apps/a/dist/main.ts', true],
    ['a pattern of the root .gitignore', 'apps/a/debug.log', true],
    ['negated by the root .gitignore', 'apps/a/keep.log', false],
    ['under a folder the root .nxignore names', 'libs/generated/x.ts', true],
    ['under a folder a nested .gitignore names', 'apps/a/src/out-tsc/x.ts', true],
    ['anchored to the nested .gitignore folder', 'apps/a/local.ts', true],
    ['an anchored name elsewhere', 'apps/a/src/local.ts', false],
    ['a nested rule does not reach a sibling project', 'apps/b/out-tsc/x.ts', false],
    ['a source folder named build', 'apps/a/src/build/gen.ts', false],
    ['node_modules at any depth', 'apps/a/node_modules/x/index.ts', true],
    ['.git and .nx', '.nx/cache/x.ts', true],
  ])('%s: %s ignored = %s', (_label, path, ignored) => {
    expect(ignoreFiles.ignoresFile(path)).toBe(ignored);
  });

  it('lists in memory what it lists on disk: ignored files are not listed but can be read', () => {
    const host = createMemoryHost({ ...files, 'apps/a/src/main.ts': 'x', 'dist/main.ts': 'y', 'apps/a/src/build/gen.ts': 'z' });
    expect(host.listFiles()).toEqual(['.gitignore', '.nxignore', 'apps/a/.gitignore', 'apps/a/src/build/gen.ts', 'apps/a/src/main.ts']);
    expect(host.readFile('dist/main.ts')).toBe('y');
  });
});
