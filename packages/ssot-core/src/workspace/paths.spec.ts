import { escapesWorkspace, isWithin, joinPath } from './paths';

describe('escapesWorkspace: the one "inside the workspace" check', () => {
  it.each([
    ['libs/core/src/json.ts', false],
    ['libs/**/*.ts', false],
    ['@acme/json', false],
    ['.', false],
    ['..', true],
    ['../outside/json.ts', true],
    ['libs/../../outside', true], // any `..` segment, even one that would stay inside once normalised: callers normalise first
    ['libs\\..\\..\\outside', true],
    ['/etc/passwd', true],
    ['\\\\server\\share', true],
    ['C:/work/x.ts', true],
    ['c:x.ts', true],
    ['libs/..hidden/x.ts', false],
    ['libs/x../y.ts', false],
  ])('%s escapes: %s', (path, expected) => {
    expect(escapesWorkspace(path)).toBe(expected);
  });
});

describe('workspace-relative path helpers', () => {
  it.each([
    ['.', 'libs/a.ts', 'libs/a.ts'],
    ['libs/a', '../b/x.ts', 'libs/b/x.ts'],
    ['libs', '..', '.'],
  ])('joinPath(%s, %s) = %s', (dir, relative, expected) => {
    expect(joinPath(dir, relative)).toBe(expected);
  });

  it('isWithin: the folder itself and below, "." contains everything', () => {
    expect([isWithin('libs/a/x.ts', 'libs/a'), isWithin('libs/a', 'libs/a'), isWithin('libs/ab/x.ts', 'libs/a'), isWithin('x.ts', '.')]).toEqual([true, true, false, true]);
  });
});
