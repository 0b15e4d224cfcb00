import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createFileSystemHost } from './fs-host';

describe('createFileSystemHost', () => {
  let root: string;
  const write = (path: string, text = '') => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ssot-fs-host-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('lists what Nx sees: root and nested .gitignore, .nxignore, never node_modules/.git/.nx, no symlinks', () => {
    write('.gitignore', 'dist\n*.log\n');
    write('.nxignore', 'examples/\n');
    write('apps/a/src/main.ts');
    write('apps/a/.gitignore', 'generated/\n');
    write('apps/a/generated/x.ts');
    write('apps/a/debug.log');
    write('dist/out.ts');
    write('examples/e.ts');
    write('node_modules/m/index.ts');
    write('apps/a/node_modules/n/index.ts');
    write('.nx/cache/x.ts');
    write('libs/b/index.ts');
    symlinkSync(join(root, 'libs'), join(root, 'apps/a/loop'));
    const host = createFileSystemHost(root);
    expect(host.listFiles()).toEqual(['.gitignore', '.nxignore', 'apps/a/.gitignore', 'apps/a/src/main.ts', 'libs/b/index.ts']);
    expect(host.listFiles('apps/a')).toEqual(['apps/a/.gitignore', 'apps/a/src/main.ts']);
    expect(host.listSkippedLinks?.('apps/a')).toEqual(['apps/a/loop']);
  });

  it('reads files and answers existence without throwing', () => {
    write('a.ts', 'const a = 1;\n');
    mkdirSync(join(root, 'folder.ts'));
    const host = createFileSystemHost(root);
    expect(host.readFile('a.ts')).toBe('const a = 1;\n');
    expect(host.readFile('missing.ts')).toBeUndefined();
    expect(host.fileExists('a.ts')).toBe(true);
    expect(host.fileExists('folder.ts')).toBe(false);
    expect(host.fileExists('missing.ts')).toBe(false);
  });
});
