import { globToRegExp } from './glob-to-regexp';

describe('globToRegExp (workspace globs, minimatch semantics)', () => {
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
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });
});
