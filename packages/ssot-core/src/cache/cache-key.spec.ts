import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScanInterest } from '../scan/file-facts';
import { createCacheNamespace, getEntryKey, getParseKind } from './cache-key';

const interest = (globalRoots: string[] = ['JSON'], globalNewNames: string[] = ['Date'], literals: string[] = ['yyyy-MM-dd']): ScanInterest => ({
  globalRoots: new Set(globalRoots),
  globalNewNames: new Set(globalNewNames),
  literals: new Set(literals),
});

describe('getParseKind: what of a file name decides how TypeScript parses it', () => {
  it.each([
    ['libs/a/src/index.ts', '.ts'],
    ['libs/a/src/Button.TSX', '.tsx'],
    ['libs/a/src/x.component.ts', '.ts'],
    ['libs/a/src/x.mts', '.mts'],
    ['libs/a/src/types.d.ts', 'declaration.ts'],
    ['libs/a/src/types.d.mts', 'declaration.mts'],
    ['libs/a/src/styles.d.css.ts', 'declaration.ts'],
    ['libs/a.d/src/index.ts', '.ts'],
    ['libs/a/src/index.js', '.js'],
  ])('%s → %s', (file, kind) => {
    expect(getParseKind(file)).toBe(kind);
  });
});

describe('getEntryKey', () => {
  const namespace = createCacheNamespace(interest());

  it('is the same for the same text under another name with the same parse kind', () => {
    expect(getEntryKey(namespace, 'libs/a/src/x.ts', 'export const a = 1;')).toBe(getEntryKey(namespace, 'apps/b/y.ts', 'export const a = 1;'));
  });

  it.each([
    ['another text', ['a.ts', 'export const a = 1;'], ['a.ts', 'export const a = 2;']],
    ['TS against TSX', ['a.ts', 'const a = <T,>(x: T) => x;'], ['a.tsx', 'const a = <T,>(x: T) => x;']],
    ['a declaration file against a source file', ['a.d.ts', 'declare const a: 1;'], ['a.ts', 'declare const a: 1;']],
  ])('differs for %s', (_, [fileA, textA], [fileB, textB]) => {
    expect(getEntryKey(namespace, fileA, textA)).not.toBe(getEntryKey(namespace, fileB, textB));
  });
});

describe('createCacheNamespace', () => {
  let scanDirectory: string;
  beforeEach(() => {
    scanDirectory = mkdtempSync(join(tmpdir(), 'ssot-scan-'));
    writeFileSync(join(scanDirectory, 'scan-file.js'), 'walk();');
  });
  afterEach(() => rmSync(scanDirectory, { recursive: true, force: true }));

  it('does not depend on the order of the interest sets', () => {
    expect(createCacheNamespace(interest(['JSON', 'process']), scanDirectory)).toBe(createCacheNamespace(interest(['process', 'JSON']), scanDirectory));
  });

  it.each([
    ['global roots', interest(['JSON', 'process'])],
    ['global classes', interest(['JSON'], ['Date', 'Pool'])],
    ['literals', interest(['JSON'], ['Date'], [])],
    ['a token moved from one set to another', interest(['JSON', 'Date'], [])],
  ])('changes with the interest: %s', (_, other) => {
    expect(createCacheNamespace(other, scanDirectory)).not.toBe(createCacheNamespace(interest(), scanDirectory));
  });

  it('changes when the scan code changes (same version, another build)', () => {
    const before = createCacheNamespace(interest(), scanDirectory);
    writeFileSync(join(scanDirectory, 'scan-file.js'), 'walkFaster();');
    utimesSync(join(scanDirectory, 'scan-file.js'), new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect(createCacheNamespace(interest(), scanDirectory)).not.toBe(before);
  });

  it('ignores spec files next to the scan code', () => {
    const before = createCacheNamespace(interest(), scanDirectory);
    writeFileSync(join(scanDirectory, 'scan-file.spec.ts'), 'it();');
    expect(createCacheNamespace(interest(), scanDirectory)).toBe(before);
  });
});
