import { addProjectConfiguration, workspaceRoot, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { readTreeProjects } from '../shared/tree-projects';
import { readMigrationProjects } from './workspace-projects';

function treeWith(rootPackageJson: object | undefined): Tree {
  const tree = createTreeWithEmptyWorkspace();
  if (rootPackageJson === undefined) tree.delete('package.json');
  else tree.write('package.json', JSON.stringify(rootPackageJson));
  addProjectConfiguration(tree, 'web', { root: 'apps/web', tags: ['scope:web'] });
  return tree;
}

describe('the projects migrate attributes files to', () => {
  it('adds the root project the plugin creates, named after the root package.json', () => {
    expect(readTreeProjects(treeWith({ name: '@acme/source' }))).toEqual([
      { name: '@acme/source', root: '.', tags: [] },
      { name: 'web', root: 'apps/web', tags: ['scope:web'] },
    ]);
  });

  it('names it "workspace" when the root package.json has no name, as the plugin does', () => {
    expect(readTreeProjects(treeWith({})).map((p) => p.name)).toEqual(['web', 'workspace']);
  });

  it("keeps the workspace's own project at . and adds none", () => {
    const tree = treeWith({ name: 'source' });
    addProjectConfiguration(tree, 'ws', { root: '.' });
    expect(readTreeProjects(tree).map((p) => `${p.name}@${p.root}`)).toEqual(['web@apps/web', 'ws@.']);
  });

  it('has no root project without a root package.json: those files are (none)', () => {
    expect(readTreeProjects(treeWith(undefined)).map((p) => p.root)).toEqual(['apps/web']);
  });

  it("reads a Tree rooted outside this workspace from the Tree, not from Nx's graph of the workspace", async () => {
    const tree = treeWith({ name: 'virtual' });
    expect(tree.root).not.toBe(workspaceRoot);
    expect(await readMigrationProjects(tree)).toEqual(readTreeProjects(tree));
  });
});
