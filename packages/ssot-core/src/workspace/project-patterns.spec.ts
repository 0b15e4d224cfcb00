import { createMemoryHost } from './memory-host';
import { createProjectFilter } from './project-patterns';
import { WorkspaceProjects } from './workspace-projects';

const projects = [
  { name: 'app-a', root: 'apps/a', tags: ['scope:backend'] },
  { name: 'app-b', root: 'apps/b', tags: ['scope:frontend'] },
  { name: '@scope/web', root: 'apps/web', tags: ['scope:frontend', 'web'] },
  { name: 'lib', root: 'libs/lib', tags: [] },
];
const names = (patterns: string[] | undefined) => {
  const filter = createProjectFilter(patterns);
  return [...projects.filter((p) => filter(p)).map((p) => p.name), ...(filter(undefined) ? ['(none)'] : [])];
};

describe('createProjectFilter (SPEC §3 project patterns)', () => {
  it.each<[string, string[] | undefined, string[]]>([
    ['absent: everything, unowned files included', undefined, ['app-a', 'app-b', '@scope/web', 'lib', '(none)']],
    ['* matches names with / but not (none)', ['*'], ['app-a', 'app-b', '@scope/web', 'lib']],
    ['! excludes', ['*', '!app-b'], ['app-a', '@scope/web', 'lib']],
    ['only negatives start from everything', ['!(none)'], ['app-a', 'app-b', '@scope/web', 'lib']],
    ['tag: globs', ['tag:scope:*'], ['app-a', 'app-b', '@scope/web']],
    ['? is one character', ['app-?'], ['app-a', 'app-b']],
    ['(none) alone', ['(none)'], ['(none)']],
    ['scoped glob', ['@scope/*'], ['@scope/web']],
    ['regex characters are literal', ['app.a'], []],
  ])('%s', (_label, patterns, expected) => {
    expect(names(patterns)).toEqual(expected);
  });
});

describe('the root project is a project like any other (SPEC §6)', () => {
  const withRoot = new WorkspaceProjects([{ name: 'acme', root: '.', tags: [] }, ...projects], createMemoryHost({}));
  const ownerOf = (file: string, patterns: string[]) => createProjectFilter(patterns)(withRoot.getOwnerInfo(file));

  it('owns the files no other project owns', () => {
    expect(['tools/seed.ts', 'scripts/x/y.ts', 'main.ts', 'libs/other.ts'].map((file) => withRoot.getOwner(file))).toEqual(['acme', 'acme', 'acme', 'acme']);
    expect(withRoot.getOwner('libs/lib/src/index.ts')).toBe('lib');
  });

  it.each<[string[], boolean]>([
    [['*'], true],
    [['acme'], true],
    [['*', '!acme'], false],
    [['(none)'], false],
    [['tag:*'], false],
  ])('%j selects its files: %s', (patterns, selected) => {
    expect(ownerOf('tools/seed.ts', patterns)).toBe(selected);
  });
});
