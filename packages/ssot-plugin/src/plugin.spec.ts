import { createNodes, createNodesV2 } from './plugin';
import { infer as inferIn, targetsByRoot as targetsIn, useTempWorkspace, workspaces, type Tree } from './__fixtures__/infer-targets';

const workspace = useTempWorkspace();
const infer = (tree: Tree) => inferIn(workspace.root(), tree);
const targetsByRoot = (tree: Tree) => targetsIn(workspace.root(), tree);

describe('createNodes: which files are projects', () => {
  const cases: Array<{ name: string; tree: Tree; roots: string[] }> = [
    {
      name: 'every project.json, whatever its name',
      tree: { 'package.json': { name: 'root' }, 'apps/web/project.json': { name: 'web' }, 'libs/a/project.json': {} },
      roots: ['.', 'apps/web', 'libs/a'],
    },
    {
      name: 'package.json projects named by npm workspaces',
      tree: { 'package.json': workspaces(['packages/*']), 'packages/a/package.json': { name: '@s/a' } },
      roots: ['.', 'packages/a'],
    },
    {
      name: 'not a package.json outside the workspaces globs (its files are the root project\'s)',
      tree: { 'package.json': workspaces(['packages/*']), 'tools/x/package.json': { name: 'x' } },
      roots: ['.'],
    },
    {
      name: 'the root project, created from a root package.json without an nx field',
      tree: { 'package.json': workspaces(['packages/*']) },
      roots: ['.'],
    },
    {
      name: 'the root package.json with an nx field',
      tree: { 'package.json': { name: 'root', nx: {} } },
      roots: ['.'],
    },
    {
      name: 'a root project.json',
      tree: { 'package.json': { name: 'root' }, 'project.json': { name: 'root' } },
      roots: ['.'],
    },
    {
      name: 'one entry for a package.json beside a project.json',
      tree: {
        'package.json': workspaces(['libs/*']),
        'libs/a/package.json': { name: '@s/a' },
        'libs/a/project.json': { name: 'a' },
      },
      roots: ['.', 'libs/a'],
    },
    {
      name: 'nested projects',
      tree: {
        'package.json': workspaces(['libs/**']),
        'libs/a/project.json': { name: 'a' },
        'libs/a/plugins/b/package.json': { name: 'b' },
      },
      roots: ['.', 'libs/a', 'libs/a/plugins/b'],
    },
    {
      name: 'workspaces as { packages } and negated globs',
      tree: {
        'package.json': { name: 'root', workspaces: { packages: ['packages/*', '!packages/skip'] } },
        'packages/keep/package.json': { name: 'keep' },
        'packages/skip/package.json': { name: 'skip' },
      },
      roots: ['.', 'packages/keep'],
    },
    {
      name: 'pnpm-workspace.yaml globs',
      tree: {
        'package.json': { name: 'root' },
        'pnpm-workspace.yaml': "packages:\n  - 'apps/*'\n  - \"libs/**\" # all libs\n",
        'apps/web/package.json': { name: 'web' },
        'libs/x/y/package.json': { name: 'y' },
        'other/z/package.json': { name: 'z' },
      },
      roots: ['.', 'apps/web', 'libs/x/y'],
    },
    {
      name: 'a malformed workspaces glob matches nothing, the others still apply',
      tree: { 'package.json': workspaces(['libs/[z-a]', 'packages/*']), 'packages/a/package.json': { name: 'a' } },
      roots: ['.', 'packages/a'],
    },
    {
      name: 'lerna.json packages (packages/* when it names none)',
      tree: { 'package.json': { name: 'root' }, 'lerna.json': {}, 'packages/a/package.json': { name: 'a' } },
      roots: ['.', 'packages/a'],
    },
    {
      name: 'a project.json root field',
      tree: { 'package.json': { name: 'root' }, 'config/web/project.json': { name: 'web', root: 'apps/web' } },
      roots: ['.', 'apps/web'],
    },
    {
      name: 'a project.json with comments and trailing commas, as Nx reads it',
      tree: { 'package.json': { name: 'root' }, 'libs/c/project.json': '{\n  // the c library\n  "name": "c",\n}\n' },
      roots: ['.', 'libs/c'],
    },
    {
      name: 'weird files are skipped, the rest still inferred',
      tree: {
        'package.json': workspaces(['packages/*']),
        'libs/broken/project.json': '{ not json',
        'libs/array/project.json': '[]',
        'packages/empty/package.json': '',
        'packages/ok/package.json': { name: 'ok' },
      },
      roots: ['.', 'packages/ok'],
    },
    {
      name: 'nothing when the root package.json is unreadable, but project.json still counts',
      tree: { 'package.json': '{', 'packages/a/package.json': { name: 'a' }, 'libs/b/project.json': {} },
      roots: ['.', 'libs/b'],
    },
  ];

  it.each(cases)('$name', async ({ tree, roots }) => {
    const byRoot = await targetsByRoot(tree);
    expect(Object.keys(byRoot).filter((root) => byRoot[root]['ssot-check']).sort()).toEqual(roots);
  });

  it('names the config file each project comes from (the root report comes from the root package.json)', async () => {
    const results = await infer({ 'package.json': workspaces(['packages/*']), 'packages/a/package.json': { name: 'a' } });
    expect(results.map(([file]) => file)).toEqual(['packages/a/package.json', 'package.json']);
  });

  it("puts the workspace report on the root project, which depends on every project's check", async () => {
    const results = await infer({ 'package.json': workspaces(['packages/*']), 'packages/a/package.json': { name: 'a' } });
    const root = results.find(([file]) => file === 'package.json')?.[1].projects?.['.'];
    expect(root).toMatchObject({
      name: 'root',
      targets: {
        'ssot-report': {
          executor: 'ssot-plugin:report',
          cache: true,
          dependsOn: [{ target: 'ssot-check', projects: ['*'] }],
          outputs: ['{workspaceRoot}/dist/ssot/report.md', '{workspaceRoot}/dist/ssot/report.json', '{workspaceRoot}/dist/ssot/report.sarif', '{workspaceRoot}/dist/ssot/report.html'],
          options: { outputDir: 'dist/ssot', registry: 'ssot.json', checkTarget: 'ssot-check', history: 'ssot-history.jsonl' },
        },
      },
    });
    expect(root?.targets?.['ssot-report'].inputs).toEqual(
      expect.arrayContaining([{ dependentTasksOutputFiles: '**/*.json', transitive: true }, '{workspaceRoot}/ssot.json', '{workspaceRoot}/ssot-history.jsonl']),
    );
  });

  it('honours reportTargetName and reportDir; a root package.json without a name gives the project "workspace"', async () => {
    const results = await inferIn(workspace.root(), { 'package.json': {} }, { reportTargetName: 'ssot', reportDir: 'reports/ssot' });
    const root = results.find(([file]) => file === 'package.json')?.[1].projects?.['.'];
    expect(root?.name).toBe('workspace');
    expect(root?.targets?.ssot?.options).toMatchObject({ outputDir: 'reports/ssot' });
  });

  it('does not load ssot-core: Nx loads the plugin for every command, the analysis only runs in tasks', () => {
    jest.isolateModules(() => {
      jest.doMock('ssot-core', () => {
        throw new Error('createNodes loaded ssot-core');
      });
      expect(() => require('./plugin')).not.toThrow();
    });
  });

  it('exports createNodes and createNodesV2 with one glob, and the same answer to an every-file call', async () => {
    expect(createNodes[0]).toBe('{project.json,**/project.json,package.json,**/package.json}');
    expect(createNodesV2[0]).toBe(createNodes[0]);
    const tree: Tree = { 'package.json': { name: 'root' }, 'libs/a/project.json': { name: 'a' } };
    const results = await infer(tree);
    const context = { workspaceRoot: workspace.root(), nxJsonConfiguration: {} };
    expect(await createNodes[1](['libs/a/project.json', 'package.json'], undefined, context)).toEqual(results);
  });

  it('answers a per-file call (Nx before 19.2) with that file\'s part of the every-file answer', async () => {
    const tree: Tree = { 'package.json': { name: 'root' }, 'project.json': { name: 'root' }, 'libs/a/project.json': { name: 'a' } };
    const results = await infer(tree);
    const configFiles = ['libs/a/project.json', 'package.json', 'project.json'];
    const context = { workspaceRoot: workspace.root(), nxJsonConfiguration: {}, configFiles };
    for (const file of configFiles) {
      const expected = Object.assign({}, ...results.filter(([source]) => source === file).map(([, result]) => result.projects));
      expect(await createNodes[1](file, undefined, context)).toEqual({ projects: expected });
    }
    // The root project comes from project.json; package.json, asked alone, adds no second one.
    expect(await createNodes[1]('package.json', undefined, context)).toEqual({ projects: {} });
    // Nx 18.0 passes no configFiles: the project.json beside a package.json is read from disk.
    const bare = { workspaceRoot: workspace.root(), nxJsonConfiguration: {} };
    expect(await createNodes[1]('package.json', undefined, bare)).toEqual({ projects: {} });
    expect(await createNodes[1]('libs/a/project.json', undefined, bare)).toEqual(await createNodes[1]('libs/a/project.json', undefined, context));
  });
});

