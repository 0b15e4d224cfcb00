/** What prepare-workspace.mjs keeps of a real workspace's package.json and nx.json (lib/workspace-manifest.mjs). */
import { callEach } from './call-module';

describe('minimalManifest', () => {
  const cases: Array<[string, unknown, unknown]> = [
    ['nx alone: devkit and js follow its version', { name: 'ws', devDependencies: { nx: '22.7.5', typescript: '6.0.3', '@angular/core': '21.0.0' } }, { nx: '22.7.5', '@nx/devkit': '22.7.5', '@nx/js': '22.7.5', typescript: '6.0.3' }],
    ['declared @nx packages keep their versions', { dependencies: { nx: '23.0.1' }, devDependencies: { '@nx/devkit': '23.0.1', '@nx/js': '23.0.0', typescript: '~6.0.0' } }, { nx: '23.0.1', '@nx/devkit': '23.0.1', '@nx/js': '23.0.0', typescript: '~6.0.0' }],
    ['no typescript declared: the one ssot is built with', { devDependencies: { nx: '24.0.0' } }, { nx: '24.0.0', '@nx/devkit': '24.0.0', '@nx/js': '24.0.0', typescript: '~6.0.3' }],
  ];
  const results = callEach<{ devDependencies: unknown; private: boolean }>('workspace-manifest.mjs', 'minimalManifest', cases.map(([, manifest]) => [manifest]));
  it.each(cases.map((c, i) => [c[0], results[i], c[2]]))('%s', (_, actual, expected) => {
    expect((actual as { devDependencies: unknown }).devDependencies).toEqual(expected);
    expect(actual).toMatchObject({ private: true });
  });
});

describe('trimNxJson', () => {
  const installed = ['nx', '@nx/devkit', '@nx/js', 'typescript'];
  const cases: Array<[string, unknown, unknown]> = [
    ['plugins not installed are dropped, @nx/js and local JavaScript ones kept', { cli: { packageManager: 'pnpm' }, plugins: [{ plugin: '@nx/eslint/plugin', options: { targetName: 'eslint:lint' } }, '@nx/js/typescript', './tools/local-plugin.js', 'nx-other'] }, {
      nxJson: { cli: { packageManager: 'npm' }, plugins: ['@nx/js/typescript', './tools/local-plugin.js'] },
      dropped: ['@nx/eslint/plugin', 'nx-other'],
    }],
    ['a local TypeScript plugin is dropped: no swc-node or ts-node to load it', { plugins: [{ name: 'Sharding', plugin: './scripts/nx/playwright-plugin.ts' }, './tools/other.mts'] }, {
      nxJson: { cli: { packageManager: 'npm' }, plugins: [] },
      dropped: ['./scripts/nx/playwright-plugin.ts', './tools/other.mts'],
    }],
    ['no plugins key stays without one; npm is set', { namedInputs: { default: ['{projectRoot}/**/*'] } }, { nxJson: { namedInputs: { default: ['{projectRoot}/**/*'] }, cli: { packageManager: 'npm' } }, dropped: [] }],
  ];
  const results = callEach('workspace-manifest.mjs', 'trimNxJson', cases.map(([, nxJson]) => [nxJson, installed]));
  it.each(cases.map((c, i) => [c[0], results[i], c[2]]))('%s', (_, actual, expected) => expect(actual).toEqual(expected));

  it('keeps a local TypeScript plugin when swc-node is installed to load it', () => {
    const [result] = callEach('workspace-manifest.mjs', 'trimNxJson', [[{ plugins: ['./tools/local-plugin.ts'] }, [...installed, '@swc-node/register']]]);
    expect(result).toEqual({ nxJson: { cli: { packageManager: 'npm' }, plugins: ['./tools/local-plugin.ts'] }, dropped: [] });
  });
});
