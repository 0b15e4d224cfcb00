import { readJson, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { parseRegistry } from 'ssot-core';
import { snapshotTree } from '../__fixtures__/snapshot-tree';
import { initGenerator } from './generator';
import { renderInline } from '../shared/render-json';
import { EXAMPLE_ENTRY, renderRegistry } from './registry-file';

// `formatter: 'none'`: the assertions are about what the generator writes, not a formatter's output.
const emptyWorkspace = (): Tree => createTreeWithEmptyWorkspace({ formatter: 'none' });

describe('init generator', () => {
  it('registers the plugin, creates the registry and ignores the results in an empty workspace', async () => {
    const tree = emptyWorkspace();
    const nxJsonBefore = readJson(tree, 'nx.json');

    await initGenerator(tree, {});

    expect(readJson(tree, 'nx.json')).toEqual({ ...nxJsonBefore, plugins: ['ssot-plugin'] });
    const registry = readJson(tree, 'ssot.json');
    expect(registry).toEqual({
      $schema: './node_modules/ssot-core/schema/registry.schema.json',
      $comment: expect.stringContaining('nx g ssot-plugin:class'),
      entries: [],
    });
    expect(parseRegistry(tree.read('ssot.json', 'utf-8') ?? '').entries).toEqual([]);
    expect(tree.read('.gitignore', 'utf-8')).toBe('# ssot results and reports (rebuilt by nx run-many -t ssot-check)\n/dist/ssot\n');
  });

  it('shows an example entry that is valid against the registry schema', () => {
    const comment: unknown = JSON.parse(renderRegistry('ssot.json')).$comment;
    expect(comment).toContain(`Example entry: ${renderInline(EXAMPLE_ENTRY)}`);
    const parsed = parseRegistry(JSON.stringify({ entries: [EXAMPLE_ENTRY] }));
    expect(parsed.entries.map((entry) => entry.name)).toEqual(['JsonHandler']);
  });

  it('changes nothing when run a second time', async () => {
    const tree = emptyWorkspace();
    await initGenerator(tree, {});
    const afterFirst = snapshotTree(tree);
    const write = jest.spyOn(tree, 'write');
    const remove = jest.spyOn(tree, 'delete');

    await initGenerator(tree, {});

    expect(write).not.toHaveBeenCalled();
    expect(remove).not.toHaveBeenCalled();
    expect(snapshotTree(tree)).toEqual(afterFirst);
  });

  it('keeps an object-form plugin entry, an existing registry and an ignore rule that covers the results', async () => {
    const tree = emptyWorkspace();
    const nxJson = JSON.stringify({
      plugins: [{ plugin: 'ssot-plugin', options: { targetName: 'ssot', registry: 'config/ssot.json' } }],
    });
    const registry = '{\n  "entries": [{ "name": "Json", "module": "@acme/json" }]\n}\n';
    tree.write('nx.json', nxJson);
    tree.write('config/ssot.json', registry);
    tree.write('.gitignore', 'node_modules\ndist/\n');

    await initGenerator(tree, {});

    expect(tree.read('nx.json', 'utf-8')).toBe(nxJson);
    expect(tree.read('config/ssot.json', 'utf-8')).toBe(registry);
    expect(tree.exists('ssot.json')).toBe(false);
    expect(tree.read('.gitignore', 'utf-8')).toBe('node_modules\ndist/\n');
  });

  it('keeps a string-form entry and creates the registry where the options put it', async () => {
    const tree = emptyWorkspace();
    tree.write('nx.json', JSON.stringify({ plugins: ['@nx/js/typescript', 'ssot-plugin'] }));

    await initGenerator(tree, {});

    expect(readJson(tree, 'nx.json')).toEqual({ plugins: ['@nx/js/typescript', 'ssot-plugin'] });
    expect(readJson(tree, 'ssot.json').$schema).toBe('./node_modules/ssot-core/schema/registry.schema.json');
  });

  it('points $schema up from a registry in a folder, and ignores a custom output folder', async () => {
    const tree = emptyWorkspace();
    const options = { registry: 'tools/ssot/ssot.json', outputDir: 'out/ssot-results' };
    tree.write('nx.json', JSON.stringify({ plugins: [{ plugin: 'ssot-plugin', options }] }));
    tree.write('.gitignore', '# deps\r\nnode_modules');

    await initGenerator(tree, {});

    expect(readJson(tree, 'tools/ssot/ssot.json').$schema).toBe('../../node_modules/ssot-core/schema/registry.schema.json');
    expect(tree.read('.gitignore', 'utf-8')).toBe(
      '# deps\r\nnode_modules\r\n# ssot results and reports (rebuilt by nx run-many -t ssot-check)\r\n/dist/ssot\r\n/out/ssot-results\r\n',
    );
  });

  it('creates nx.json when the workspace has none', async () => {
    const tree = emptyWorkspace();
    tree.delete('nx.json');

    await initGenerator(tree, { skipFormat: true });

    expect(readJson(tree, 'nx.json')).toEqual({ plugins: ['ssot-plugin'] });
  });

  it('stops on a wrong option of an existing plugin entry, naming it', async () => {
    const tree = emptyWorkspace();
    tree.write('nx.json', JSON.stringify({ plugins: [{ plugin: 'ssot-plugin', options: { registry: '../ssot.json' } }] }));

    await expect(initGenerator(tree, {})).rejects.toThrow('invalid option "registry"');
  });
});
