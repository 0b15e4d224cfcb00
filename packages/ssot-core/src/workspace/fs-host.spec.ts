import * as fs from 'node:fs';
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

  describe('confinement from the listing', () => {
    let outside: string;
    beforeEach(() => {
      outside = mkdtempSync(join(tmpdir(), 'ssot-fs-outside-'));
      writeFileSync(join(outside, 'secret.ts'), 'export const secret = 1;\n');
    });
    afterEach(() => {
      jest.restoreAllMocks();
      rmSync(outside, { recursive: true, force: true });
    });

    it('answers paths in folders the walk read without a realpath call: listed, ignored, absent, folders', () => {
      write('.gitignore', 'generated.ts\n');
      write('libs/a/src/index.ts', 'export {};\n');
      write('libs/a/src/generated.ts', 'export const g = 1;\n');
      const host = createFileSystemHost(root);
      host.listFiles();
      const realpath = jest.spyOn(fs.realpathSync, 'native');
      const answers = ['libs/a/src/index.ts', 'libs/a/src/generated.ts', 'libs/a/src/missing.ts', 'libs/a/src/missing/index.ts', 'libs/a/src', './libs/a/src/index.ts'].map((path) => [path, host.fileExists(path), host.readFile(path)]);
      expect(answers).toEqual([
        ['libs/a/src/index.ts', true, 'export {};\n'],
        ['libs/a/src/generated.ts', true, 'export const g = 1;\n'], // ignored, but inside: readable as before
        ['libs/a/src/missing.ts', false, undefined],
        ['libs/a/src/missing/index.ts', false, undefined],
        ['libs/a/src', false, undefined],
        ['./libs/a/src/index.ts', true, 'export {};\n'],
      ]);
      expect(host.fileSize?.('libs/a/src/index.ts')).toBe(11);
      expect(realpath).not.toHaveBeenCalled();
    });

    it.each([
      ['a link to a file outside, in a listed folder', (r: string, o: string) => symlinkSync(join(o, 'secret.ts'), join(r, 'libs/a/out.ts')), 'libs/a/out.ts', undefined],
      ['a file under a link to a folder outside', (r: string, o: string) => symlinkSync(o, join(r, 'libs/a/out')), 'libs/a/out/secret.ts', undefined],
      ['a file under a link to a folder inside', (r: string) => symlinkSync(join(r, 'libs/b'), join(r, 'libs/a/b')), 'libs/a/b/b.ts', 'export const b = 2;\n'],
      ['a file under an ignored folder', (r: string) => write('libs/a/dist/b.ts', 'export const b = 2;\n'), 'libs/a/dist/b.ts', 'export const b = 2;\n'],
      ['a path that climbs out', () => undefined, '../outside.ts', undefined],
    ])('still resolves the rest with realpath: %s', (_name, arrange, path, expected) => {
      write('libs/a/.gitignore', 'dist\n');
      write('libs/a/a.ts');
      write('libs/b/b.ts', 'export const b = 2;\n');
      arrange(root, outside);
      const host = createFileSystemHost(root);
      host.listFiles();
      expect([host.fileExists(path), host.readFile(path)]).toEqual([expected !== undefined, expected]);
    });

    it('reads a listed folder as a snapshot: a file created after the walk does not exist for this host', () => {
      write('libs/a/a.ts');
      const host = createFileSystemHost(root);
      host.listFiles();
      write('libs/a/later.ts', 'export {};\n');
      expect([host.fileExists('libs/a/later.ts'), host.readFile('libs/a/later.ts')]).toEqual([false, undefined]);
      expect(createFileSystemHost(root).readFile('libs/a/later.ts')).toBe('export {};\n');
    });

    it('does not take a folder reached through a link as proof of containment when listing below it', () => {
      mkdirSync(join(outside, 'src'));
      writeFileSync(join(outside, 'src/x.ts'), 'export {};\n');
      mkdirSync(join(root, 'libs'));
      symlinkSync(outside, join(root, 'libs/linked'));
      const host = createFileSystemHost(root);
      host.listFiles();
      host.listFiles('libs/linked');
      expect(host.fileExists('libs/linked/src/y.ts')).toBe(false);
      expect(host.readFile('libs/linked/secret.ts')).toBeUndefined();
    });
  });
});
