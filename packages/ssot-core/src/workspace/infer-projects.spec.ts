import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inferProjects } from './infer-projects';
import type { ProjectInfo } from './workspace-projects';

type Tree = Record<string, object | string>;

function infer(tree: Tree): ProjectInfo[] {
  const root = mkdtempSync(join(tmpdir(), 'infer-projects-'));
  try {
    for (const [file, content] of Object.entries(tree)) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), typeof content === 'string' ? content : JSON.stringify(content));
    }
    return inferProjects(root, Object.keys(tree));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('inferProjects: the projects Nx would infer, without Nx', () => {
  it.each<[string, Tree, ProjectInfo[]]>([
    [
      'project.json names and tags; the root project named after the root package.json',
      { 'package.json': { name: 'acme' }, 'apps/api/project.json': { name: 'api', tags: ['scope:server'] }, 'libs/core/project.json': { name: 'core' } },
      [
        { name: 'acme', root: '.', tags: [] },
        { name: 'api', root: 'apps/api', tags: ['scope:server'] },
        { name: 'core', root: 'libs/core', tags: [] },
      ],
    ],
    [
      'package.json projects only where the workspaces glob names them; nx.tags read',
      { 'package.json': { name: 'acme', workspaces: ['packages/*'] }, 'packages/a/package.json': { name: '@acme/a', nx: { tags: ['type:lib'] } }, 'tools/x/package.json': { name: 'x' } },
      [
        { name: '@acme/a', root: 'packages/a', tags: ['type:lib'] },
        { name: 'acme', root: '.', tags: [] },
      ],
    ],
    [
      'a project.json without a name: the package.json name beside it, else the folder (lower case)',
      { 'package.json': { name: 'acme' }, 'libs/Named/project.json': {}, 'libs/Named/package.json': { name: 'named-pkg' }, 'libs/Bare/project.json': { tags: ['t'] } },
      [
        { name: 'acme', root: '.', tags: [] },
        { name: 'bare', root: 'libs/Bare', tags: ['t'] },
        { name: 'named-pkg', root: 'libs/Named', tags: [] },
      ],
    ],
    [
      'a root project.json is the root project (no second one); comments and trailing commas as Nx allows',
      { 'package.json': { name: 'acme' }, 'project.json': '{ // the workspace\n "name": "ws", "tags": ["root"], }' },
      [{ name: 'ws', root: '.', tags: ['root'] }],
    ],
    ['no root package.json: no root project', { 'apps/a/project.json': { name: 'a' } }, [{ name: 'a', root: 'apps/a', tags: [] }]],
  ])('%s', (_name, tree, expected) => {
    expect(infer(tree)).toEqual(expected);
  });
});
