import { nameGlobToRegExp, pathGlobToRegExp } from './globs';

describe('pathGlobToRegExp (workspace globs, minimatch semantics)', () => {
  it.each([
    ['packages/*/package.json', 'packages/a/package.json', true],
    ['packages/*/package.json', 'packages/a/b/package.json', false],
    ['packages/*/package.json', 'packages/.hidden/package.json', false],
    ['packages/**/package.json', 'packages/package.json', true],
    ['packages/**/package.json', 'packages/a/b/c/package.json', true],
    ['packages/**/package.json', 'packages/a/.cache/package.json', false],
    ['**/package.json', 'package.json', true],
    ['**/package.json', 'a/b/package.json', true],
    ['libs/{a,b}/package.json', 'libs/b/package.json', true],
    ['libs/{a,b}/package.json', 'libs/c/package.json', false],
    ['libs/x-?/package.json', 'libs/x-1/package.json', true],
    ['libs/[ab]*/package.json', 'libs/alpha/package.json', true],
    ['libs/[!ab]*/package.json', 'libs/alpha/package.json', false],
    ['apps/web.app/package.json', 'apps/webxapp/package.json', false],
    ['@scope/*/package.json', '@scope/pkg/package.json', true],
    ['packages/**', 'packages/a/package.json', true],
  ])('%s matches %s: %s', (glob, path, expected) => {
    expect(pathGlobToRegExp(glob).test(path)).toBe(expected);
  });
});

describe('nameGlobToRegExp (SPEC §3 project patterns)', () => {
  it.each([
    ['*', '@acme/orders', true],
    ['@acme/*', '@acme/orders/api', true],
    ['orders-*', 'orders-api', true],
    ['orders-?', 'orders-ab', false],
    ['libs.{a,b}', 'libs.{a,b}', true],
    ['libs.{a,b}', 'libs.a', false],
    ['scope:[x]', 'scope:[x]', true],
    ['a.b', 'axb', false],
    ['.hidden*', '.hidden-project', true],
  ])('%s matches %s: %s', (glob, name, expected) => {
    expect(nameGlobToRegExp(glob).test(name)).toBe(expected);
  });
});
