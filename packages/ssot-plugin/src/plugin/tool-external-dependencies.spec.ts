import { lockFileInstalls } from './tool-external-dependencies';

describe('lockFileInstalls', () => {
  const npm = (packages: object) => JSON.stringify({ lockfileVersion: 3, packages });
  it.each([
    ['package-lock.json', npm({ 'node_modules/ssot-core': { version: '0.1.0' } }), 'ssot-core', true],
    ['package-lock.json', npm({ 'node_modules/ssot-core': { link: true } }), 'ssot-core', false],
    ['package-lock.json', npm({ 'node_modules/ssot-plugin/node_modules/ssot-core': { version: '0.1.0' } }), 'ssot-core', false],
    ['package-lock.json', JSON.stringify({ lockfileVersion: 1, dependencies: { typescript: { version: '5.0.0' } } }), 'typescript', true],
    ['package-lock.json', '{ broken', 'typescript', false],
    ['yarn.lock', 'typescript@~6.0.3:\n  version "6.0.3"\n', 'typescript', true],
    ['yarn.lock', '"ssot-core@npm:0.1.0, ssot-core@npm:^0.1.0":\n  version: 0.1.0\n', 'ssot-core', true],
    ['yarn.lock', '"ssot-core@workspace:packages/ssot-core":\n  version: 0.0.0-use.local\n', 'ssot-core', false],
    ['yarn.lock', 'my-ssot-core@1.0.0:\n  version "1.0.0"\n', 'ssot-core', false],
    ['pnpm-lock.yaml', "lockfileVersion: '9.0'\npackages:\n  ssot-core@0.1.0:\n    resolution: {}\n", 'ssot-core', true],
    ['pnpm-lock.yaml', "lockfileVersion: '6.0'\npackages:\n  /typescript@6.0.3:\n    resolution: {}\n", 'typescript', true],
    ['pnpm-lock.yaml', "importers:\n  .:\n    devDependencies:\n      ssot-core:\n        specifier: link:../core\n        version: link:../core\n", 'ssot-core', false],
    ['bun.lock', '{ "packages": { "typescript": ["typescript@6.0.3", "", {}, "sha512"] } }', 'typescript', true],
    ['bun.lock', '{ "packages": { "ssot-core": ["ssot-core@workspace:packages/ssot-core"] } }', 'ssot-core', false],
  ])('%s installs %#', (lockFile, text, name, expected) => {
    expect(lockFileInstalls(lockFile, text, name)).toBe(expected);
  });
});
