import { createMemoryHost } from '../workspace/memory-host';
import { findProjectsAtCommit } from './projects-at-commit';

const current = [
  { name: 'root', root: '.', tags: [] },
  { name: 'core', root: 'libs/core', tags: ['scope:shared'] },
  { name: 'web', root: 'apps/web', tags: [] },
  { name: 'admin', root: 'apps/admin', tags: [] },
];

describe('findProjectsAtCommit: the current graph, placed in the commit\'s tree', () => {
  it.each<[string, Record<string, string>, { roots: Record<string, string>; moved: string[]; absent: string[] }]>([
    [
      'every project at its root',
      { 'libs/core/src/a.ts': '', 'apps/web/src/main.ts': '', 'apps/admin/project.json': '{"name":"admin"}' },
      { roots: { root: '.', core: 'libs/core', web: 'apps/web', admin: 'apps/admin' }, moved: [], absent: [] },
    ],
    [
      'a project that moved is found by the name in its project.json, and keeps its tags',
      { 'libs/core/src/a.ts': '', 'apps/web/src/main.ts': '', 'legacy/admin/project.json': '{"name":"admin"}' },
      { roots: { root: '.', core: 'libs/core', web: 'apps/web', admin: 'legacy/admin' }, moved: ['admin'], absent: [] },
    ],
    [
      "or by a package.json's nx.name",
      { 'libs/core/src/a.ts': '', 'apps/web/src/main.ts': '', 'old/admin/package.json': '{"name":"@x/admin","nx":{"name":"admin"}}' },
      { roots: { root: '.', core: 'libs/core', web: 'apps/web', admin: 'old/admin' }, moved: ['admin'], absent: [] },
    ],
    [
      'a project that did not exist yet',
      { 'libs/core/src/a.ts': '', 'apps/web/src/main.ts': '' },
      { roots: { root: '.', core: 'libs/core', web: 'apps/web' }, moved: [], absent: ['admin'] },
    ],
    [
      "a folder that only shares a root's prefix is not that root",
      { 'libs/core/src/a.ts': '', 'apps/web-old/main.ts': '', 'apps/admin/x.ts': '' },
      { roots: { root: '.', core: 'libs/core', admin: 'apps/admin' }, moved: [], absent: ['web'] },
    ],
  ])('%s', (_label, files, expected) => {
    const found = findProjectsAtCommit(current, createMemoryHost(files));
    expect({ roots: Object.fromEntries(found.projects.map((p) => [p.name, p.root])), moved: found.moved, absent: found.absent }).toEqual(expected);
    expect(found.projects.find((p) => p.name === 'core')?.tags).toEqual(['scope:shared']);
  });
});
