import type { NxJsonConfiguration, ProjectConfiguration } from '@nx/devkit';
import type { PluginOptions } from '../plugin';
import { infer as inferIn, useTempWorkspace, workspaces, type Tree } from '../__fixtures__/infer-targets';

const workspace = useTempWorkspace();
const withImports: NxJsonConfiguration = { pluginsConfig: { '@nx/js': { analyzeSourceFiles: true } } };

/** The configuration createNodes gives each project root. */
async function projectsByRoot(tree: Tree, options?: PluginOptions): Promise<Record<string, Partial<ProjectConfiguration>>> {
  const byRoot: Record<string, Partial<ProjectConfiguration>> = {};
  for (const [, result] of await inferIn(workspace.root(), tree, options, withImports)) Object.assign(byRoot, result.projects);
  return byRoot;
}

describe('createNodes: the root project checks the files no other project owns (SPEC §6)', () => {
  const tree: Tree = { 'package.json': workspaces(['packages/*']), 'packages/a/package.json': { name: 'a' } };

  it('the root project it creates has ssot-check, ssot-baseline and ssot-report, and no implicit dependencies', async () => {
    const root = (await projectsByRoot(tree))['.'];
    expect(root.name).toBe('root');
    expect(Object.keys(root.targets ?? {}).sort()).toEqual(['ssot-baseline', 'ssot-check', 'ssot-report']);
    // Implicit dependencies on `*` would make the root check's `^` inputs every file of the workspace.
    expect(root.implicitDependencies).toBeUndefined();
  });

  it.each([
    ['a root project.json', { 'project.json': { name: 'ws' } }],
    ['a root package.json with an nx field', { 'package.json': { ...workspaces(['packages/*']), nx: {} } }],
  ])("the workspace's own project at . (%s) gets the same targets and is not created twice", async (_name, files: Tree) => {
    const results = await inferIn(workspace.root(), { ...tree, ...files }, undefined, withImports);
    const roots = results.filter(([, result]) => result.projects?.['.'] !== undefined);
    expect(roots).toHaveLength(1);
    const root = roots[0][1].projects?.['.'];
    expect(root?.name).toBeUndefined(); // Nx names its own project
    expect(Object.keys(root?.targets ?? {}).sort()).toEqual(['ssot-baseline', 'ssot-check', 'ssot-report']);
    expect(root?.implicitDependencies).toBeUndefined();
  });

  it("its check has every project's inputs, with the tool's outputs at the root left out of its own files", async () => {
    const byRoot = await projectsByRoot({ ...tree, 'ssot.json': { entries: [{ name: 'A', source: 'packages/a/src/a.ts' }] } });
    const project = byRoot['packages/a'].targets?.['ssot-check'];
    const root = byRoot['.'].targets?.['ssot-check'];
    expect(root?.inputs).toEqual([
      '{projectRoot}/**/*',
      '!{projectRoot}/dist/ssot/projects/**/*',
      '!{projectRoot}/dist/ssot/**/*',
      '!{projectRoot}/ssot-history.jsonl',
      ...(project?.inputs ?? []).filter((input) => input !== '{projectRoot}/**/*'),
    ]);
    // `^` follows the root project's own dependencies: the projects its files import.
    expect(root?.inputs).toContain('^{projectRoot}/**/*');
    expect({ ...root, inputs: undefined }).toEqual({ ...project, inputs: undefined });
    expect(root?.options).toEqual({ outputFile: 'dist/ssot/projects/{projectName}.json', registry: 'ssot.json', baselineTarget: 'ssot-baseline' });
  });

  it('leaves out the outputs where the plugin options put them', async () => {
    const options: PluginOptions = { outputDir: 'out/results', reportDir: 'out/report', history: 'metrics/ssot.jsonl' };
    const inputs = (await projectsByRoot(tree, options))['.'].targets?.['ssot-check'].inputs;
    expect(inputs?.slice(0, 4)).toEqual(['{projectRoot}/**/*', '!{projectRoot}/out/results/**/*', '!{projectRoot}/out/report/**/*', '!{projectRoot}/metrics/ssot.jsonl']);
  });

  it("the report depends on every project's check, the root's included, through dependsOn projects", async () => {
    const byRoot = await projectsByRoot(tree, { targetName: 'ssot' });
    expect(byRoot['.'].targets?.['ssot-report'].dependsOn).toEqual([{ target: 'ssot', projects: ['*'] }]);
    expect(byRoot['.'].targets?.ssot).toBeDefined();
  });

  it('no root project, so no root check, in a workspace with neither a root package.json nor a root project.json', async () => {
    const byRoot = await projectsByRoot({ 'libs/a/project.json': { name: 'a' } });
    expect(Object.keys(byRoot)).toEqual(['libs/a']);
  });
});
