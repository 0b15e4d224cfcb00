import { logger, readJson, type Tree } from '@nx/devkit';
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

  it('edits a formatted nx.json minimally: only the added line and its comma change, comments and order kept', async () => {
    const tree = emptyWorkspace();
    const before = [
      '// nx.json of acme',
      '{',
      '    "$schema": "./node_modules/nx/schemas/nx-schema.json",',
      '    "targetDefaults": { "build": { "dependsOn": ["^build"], "cache": true } },',
      '    /* plugins first added by hand */',
      '    "plugins": [',
      '        "@nx/js/typescript",',
      '        { "plugin": "@nx/jest/plugin", "options": { "targetName": "test" } } // unit tests',
      '    ],',
      '    "defaultBase": "main"',
      '}',
      '',
    ];
    tree.write('nx.json', before.join('\n'));

    await initGenerator(tree, {});

    const after = [...before];
    after[7] = '        { "plugin": "@nx/jest/plugin", "options": { "targetName": "test" } }, // unit tests';
    after.splice(8, 0, '        "ssot-plugin"');
    expect(tree.read('nx.json', 'utf-8')).toBe(after.join('\n'));

    await initGenerator(tree, {});
    expect(tree.read('nx.json', 'utf-8')).toBe(after.join('\n'));
  });

  it.each([
    ['absent', '{\n  "npmScope": "acme"\n}\n', '{\n  "npmScope": "acme",\n  "plugins": ["ssot-plugin"]\n}\n'],
    ['empty', '{\n  "plugins": []\n}\n', '{\n  "plugins": ["ssot-plugin"]\n}\n'],
    ['a string entry', '{\n  "plugins": ["@nx/js"]\n}\n', '{\n  "plugins": ["@nx/js", "ssot-plugin"]\n}\n'],
    ['an object entry', '{\n  "plugins": [\n    { "plugin": "@nx/js" }\n  ]\n}\n', '{\n  "plugins": [\n    { "plugin": "@nx/js" },\n    "ssot-plugin"\n  ]\n}\n'],
    ['ssot-plugin already', '{\n    "plugins": [ "ssot-plugin" ]\n}\n', '{\n    "plugins": [ "ssot-plugin" ]\n}\n'],
  ])('registers the plugin when plugins is %s, and is idempotent', async (_case, before, after) => {
    const tree = emptyWorkspace();
    tree.write('nx.json', before);

    await initGenerator(tree, {});
    expect(tree.read('nx.json', 'utf-8')).toBe(after);
    await initGenerator(tree, {});
    expect(tree.read('nx.json', 'utf-8')).toBe(after);
  });

  it('prints the next steps with the root project\'s real name, and writes no baseline', async () => {
    const tree = emptyWorkspace();
    tree.write('package.json', JSON.stringify({ name: '@acme/source', private: true }));
    tree.write('libs/a/project.json', JSON.stringify({ name: 'a', root: 'libs/a' }));
    const info = jest.spyOn(logger, 'info').mockImplementation(() => undefined);

    const printNextSteps = await initGenerator(tree, {});
    expect(info).not.toHaveBeenCalled(); // printed after Nx writes the files, not before
    printNextSteps();

    const printed = info.mock.calls.map(([line]) => String(line));
    info.mockRestore();
    expect(printed).toEqual([
      'ssot is set up. Next:',
      '  1. Let ssot propose entries from your code: nx g ssot-plugin:discover --dry-run (then --apply to add them to ssot.json),',
      '     or register one yourself in ssot.json ("entries"; its $comment shows an example),',
      '     or scaffold one with its registry entry: nx g ssot-plugin:class <ClassName> --project <project>',
      '  2. Check every project: nx run-many -t ssot-check',
      '  3. See the workspace report: nx run @acme/source:ssot-report (files in dist/ssot/)',
      "  To accept a project's current bypasses as known, so that only new ones fail: nx run <project>:ssot-baseline",
    ]);
    expect(Object.keys(snapshotTree(tree)).filter((file) => file.endsWith('ssot-baseline.txt'))).toEqual([]);
  });

  it('names the workspace\'s own project at the root, and the targets the plugin entry renames', async () => {
    const tree = emptyWorkspace();
    tree.write('project.json', JSON.stringify({ name: 'platform', root: '.' }));
    tree.write('nx.json', JSON.stringify({ plugins: [{ plugin: 'ssot-plugin', options: { targetName: 'ssot', reportTargetName: 'adoption' } }] }));
    const info = jest.spyOn(logger, 'info').mockImplementation(() => undefined);

    (await initGenerator(tree, {}))();

    const printed = info.mock.calls.map(([line]) => String(line));
    info.mockRestore();
    expect(printed).toContain('  2. Check every project: nx run-many -t ssot');
    expect(printed).toContain('  3. See the workspace report: nx run platform:adoption (files in dist/ssot/)');
  });

  it('stops on a wrong option of an existing plugin entry, naming it', async () => {
    const tree = emptyWorkspace();
    tree.write('nx.json', JSON.stringify({ plugins: [{ plugin: 'ssot-plugin', options: { registry: '../ssot.json' } }] }));

    await expect(initGenerator(tree, {})).rejects.toThrow('invalid option "registry"');
  });
});
