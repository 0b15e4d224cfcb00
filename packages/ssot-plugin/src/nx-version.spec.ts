import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTempWorkspace } from './__fixtures__/infer-targets';
import { getNxBehaviour, readInstalledNxVersion } from './nx-version';
import { nxSeesImports } from './plugin/nx-sees-imports';
import { findToolExternalDependencies } from './plugin/tool-external-dependencies';

describe('getNxBehaviour', () => {
  it.each([
    ['19.8.15', true, false, false],
    ['20.8.4', false, true, false],
    ['22.5.4', false, true, false],
    ['22.6.0', false, true, true],
    ['24.0.7', false, true, true],
    [undefined, false, true, true],
    ['not-a-version', false, true, true],
  ])('nx %s: reads @nrwl/* %s, reads bun.lock %s, ^fileset %s', (version, readsNrwlScope, readsBunTextLock, hashesDependencyFilesets) => {
    expect(getNxBehaviour(version)).toEqual({ ...(version !== undefined && { version }), readsNrwlScope, readsBunTextLock, hashesDependencyFilesets });
  });
});

describe('per Nx version', () => {
  const workspace = useTempWorkspace();
  let root = '';
  beforeEach(() => {
    root = workspace.root();
  });
  const write = (file: string, text: string) => {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  };

  it("reads the workspace's own installed nx", () => {
    write('package.json', '{ "name": "ws" }');
    write('node_modules/nx/package.json', '{ "name": "nx", "version": "19.8.15" }');
    expect(readInstalledNxVersion(root)).toBe('19.8.15');
  });

  it('counts @nrwl/* packages as turning import analysis on only before Nx 20, as Nx does', () => {
    write('package.json', JSON.stringify({ devDependencies: { '@nrwl/workspace': '19.8.15' } }));
    expect(nxSeesImports(root, {}, getNxBehaviour('19.8.15'))).toBe(true);
    expect(nxSeesImports(root, {}, getNxBehaviour('20.8.4'))).toBe(false);
    expect(nxSeesImports(root, { pluginsConfig: { '@nrwl/js': { analyzeSourceFiles: false } } }, getNxBehaviour('19.8.15'))).toBe(false);
  });

  it("names tool packages from bun's text lock file only where Nx reads it (20 and later)", () => {
    write('package.json', '{}');
    write('bun.lock', '{ "packages": { "typescript": ["typescript@6.0.3", "", {}, "sha512"] } }');
    expect(findToolExternalDependencies(root, {}, getNxBehaviour('24.0.7'))).toEqual(['typescript']);
    expect(findToolExternalDependencies(root, {}, getNxBehaviour('19.8.15'))).toEqual([]);
  });

  it('on Nx 19, honours pluginsConfig["@nrwl/js"].analyzeLockfile', () => {
    write('package.json', '{}');
    write('package-lock.json', JSON.stringify({ lockfileVersion: 3, packages: { 'node_modules/typescript': { version: '6.0.3' } } }));
    const nxJson = { pluginsConfig: { '@nrwl/js': { analyzeLockfile: false } } };
    expect(findToolExternalDependencies(root, nxJson, getNxBehaviour('19.8.15'))).toEqual([]);
    expect(findToolExternalDependencies(root, nxJson, getNxBehaviour('20.8.4'))).toEqual(['typescript']);
  });

  it.each([
    ['a lock file Nx sees', {}, ['ssot-core', 'typescript']],
    ['a git-ignored one (Nx has no external nodes then)', { '.gitignore': 'node_modules\npackage-lock.json\n' }, []],
    ['an nx-ignored one', { '.nxignore': '/package-lock.json\n' }, []],
    ['a pattern that spares it', { '.gitignore': 'examples/**/package-lock.json\n' }, ['ssot-core', 'typescript']],
  ])('names tool packages from %s', (_, ignoreFiles: Record<string, string>, expected) => {
    write('package.json', '{}');
    write('package-lock.json', JSON.stringify({ lockfileVersion: 3, packages: { 'node_modules/ssot-core': { version: '0.1.0' }, 'node_modules/typescript': { version: '6.0.3' } } }));
    for (const [file, text] of Object.entries(ignoreFiles)) write(file, text);
    expect(findToolExternalDependencies(root, {}, getNxBehaviour('22.7.5'))).toEqual(expected);
  });
});
