import { E2eWorkspace, buildPackages, fail, step } from './support/e2e-workspace';

/**
 * `nx g ssot-plugin:init` with the real Nx CLI on a workspace whose nx.json a person formatted:
 * the diff is the added plugin line (and the comma before it), the output ends with the next steps
 * naming the root project, no baseline is written, and a second run changes nothing.
 */
const NX_JSON = [
  '// acme: Nx settings',
  '{',
  '    "$schema": "./node_modules/nx/schemas/nx-schema.json",',
  '    "namedInputs": { "default": ["{projectRoot}/**/*"] },',
  '    /* plugins, in the order they load */',
  '    "plugins": [',
  '        { "plugin": "./tools/local-plugin.js", "options": { "tag": "local" } } // infers nothing',
  '    ],',
  '    "defaultBase": "main"',
  '}',
  '',
].join('\n');

const tree: Record<string, string> = {
  '.gitignore': 'node_modules\n.nx\n',
  'package.json': `${JSON.stringify({ name: '@acme/source', private: true }, null, 2)}\n`,
  'nx.json': NX_JSON,
  'libs/core/project.json': `${JSON.stringify({ name: 'core', root: 'libs/core' }, null, 2)}\n`,
  'libs/core/src/index.ts': 'export const answer = 42;\n',
  // An object-form plugin entry that Nx can load here (no @nx/* package is installed): it infers nothing.
  'tools/local-plugin.js': "const createNodes = ['**/never-such-file.json', async () => []];\nmodule.exports = { createNodes, createNodesV2: createNodes };\n",
};

let ws: E2eWorkspace;
beforeAll(async () => {
  await step('build the packages (node tools/build.mjs)', buildPackages);
  ws = await step('generate a workspace with a hand-formatted nx.json, git commit', () => E2eWorkspace.fromFiles(tree));
});
afterAll(() => ws?.dispose());

describe('nx g ssot-plugin:init', () => {
  it('edits nx.json minimally, prints the next steps, writes no baseline, and changes nothing the second time', async () => {
    await step('nx g ssot-plugin:init: nx.json gains one line, the rest of it byte for byte as it was', () => {
      const init = ws.nx('g', 'ssot-plugin:init', '--no-interactive');
      if (init.status !== 0) fail('init failed', init);
      const expected = NX_JSON.replace(
        '} } // infers nothing\n',
        '} }, // infers nothing\n        "ssot-plugin"\n',
      );
      expect(ws.read('nx.json')).toBe(expected);
      const numstat = ws.git('diff', '--numstat', '--', 'nx.json').output.trim();
      expect(numstat).toBe('2\t1\tnx.json'); // the comma on the line before, and the new line
      if (!init.output.includes('nx run @acme/source:ssot-report')) fail('the next steps do not name the root project\'s report', init);
      if (!init.output.includes('nx run-many -t ssot-check')) fail('the next steps do not say how to run the check', init);
      const baselines = ws.git('ls-files', '--others', '--exclude-standard').output.split('\n').filter((file) => file.endsWith('ssot-baseline.txt'));
      expect(baselines).toEqual([]);
      ws.commit('nx g ssot-plugin:init');
    });

    await step('nx g ssot-plugin:init again: nothing changes', () => {
      const again = ws.nx('g', 'ssot-plugin:init', '--no-interactive');
      if (again.status !== 0) fail('the second init failed', again);
      const status = ws.git('status', '--porcelain').output.trim();
      if (status !== '') fail(`the second init changed files:\n${status}`, again);
    });
  });
});
