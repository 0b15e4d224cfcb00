import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * STYLE 2: dependencies point one way. ssot-core and eslint-plugin-ssot know nothing of Nx (an
 * ESLint user need not have Nx installed); nothing depends on the Nx plugin; ssot-runtime stands alone.
 */
const PACKAGES = join(__dirname, '..', 'packages');
const NX = /from '(nx|@nx\/[^']*|@nrwl\/[^']*)(\/[^']*)?'|require\('(nx|@nx\/|@nrwl\/)|import\('(nx|@nx\/|@nrwl\/)/;

function sourcesOf(name: string): { file: string; text: string }[] {
  const src = join(PACKAGES, name, 'src');
  return readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|mts|cts)$/.test(file))
    .map((file) => ({ file: `${name}/src/${file}`, text: readFileSync(join(src, file), 'utf8') }));
}

function dependenciesOf(name: string): string[] {
  const manifest: { dependencies?: Record<string, string>; peerDependencies?: Record<string, string> } = JSON.parse(readFileSync(join(PACKAGES, name, 'package.json'), 'utf8'));
  return [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})];
}

describe('dependency direction (STYLE 2)', () => {
  it.each(['ssot-core', 'eslint-plugin-ssot'])('%s imports nothing from Nx and does not depend on it', (name) => {
    expect(sourcesOf(name).filter(({ text }) => NX.test(text)).map(({ file }) => file)).toEqual([]);
    expect(dependenciesOf(name).filter((dependency) => dependency === 'nx' || dependency.startsWith('@nx/') || dependency.startsWith('@nrwl/'))).toEqual([]);
  });

  it.each(['ssot-core', 'eslint-plugin-ssot', 'ssot-runtime'])('%s does not use the Nx plugin', (name) => {
    expect(sourcesOf(name).filter(({ text }) => /['"]ssot-plugin['"/]/.test(text) && /(from|require\(|import\()\s*'ssot-plugin/.test(text)).map(({ file }) => file)).toEqual([]);
    expect(dependenciesOf(name)).not.toContain('ssot-plugin');
  });

  it('ssot-runtime stands alone: no ssot-core', () => {
    expect(sourcesOf('ssot-runtime').filter(({ text }) => /(from|require\(|import\()\s*'ssot-core/.test(text)).map(({ file }) => file)).toEqual([]);
    expect(dependenciesOf('ssot-runtime')).toEqual([]);
  });
});
