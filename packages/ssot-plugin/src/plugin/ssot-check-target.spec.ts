import type { NxJsonConfiguration } from '@nx/devkit';
import { CODEOWNERS_LOCATIONS } from 'ssot-core';
import type { PluginOptions } from '../plugin';
import { CODEOWNERS_INPUTS } from './ssot-check-target';
import { infer as inferIn, targetsByRoot as targetsIn, useTempWorkspace, type Tree } from '../__fixtures__/infer-targets';

const workspace = useTempWorkspace();
const infer = (tree: Tree, options?: PluginOptions) => inferIn(workspace.root(), tree, options);
const targetsByRoot = (tree: Tree, options?: PluginOptions, nxJson?: NxJsonConfiguration) =>
  targetsIn(workspace.root(), tree, options, nxJson);

describe('createNodes: the ssot-check target', () => {
  const tree: Tree = { 'package.json': { name: 'root' }, 'libs/a/project.json': { name: 'a' } };
  const withImports: NxJsonConfiguration = { pluginsConfig: { '@nx/js': { analyzeSourceFiles: true } } };

  it('is a cached executor target with explicit inputs and the result file as output', async () => {
    const target = (await targetsByRoot(tree, undefined, withImports))['libs/a']['ssot-check'];
    expect(target).toEqual({
      executor: 'ssot-plugin:check',
      cache: true,
      inputs: [
        '{projectRoot}/**/*',
        '^{projectRoot}/**/*',
        '{workspaceRoot}/ssot.json',
        '{workspaceRoot}/**/tsconfig*.json',
        '{workspaceRoot}/.nxignore',
        '{workspaceRoot}/**/.gitignore',
        '{workspaceRoot}/.github/CODEOWNERS',
        '{workspaceRoot}/CODEOWNERS',
        '{workspaceRoot}/docs/CODEOWNERS',
        '{workspaceRoot}/.gitlab/CODEOWNERS',
        '!{workspaceRoot}/dist/ssot/projects/**/*',
        { runtime: expect.stringContaining("require(n + '/package.json').version") },
        { runtime: 'node -p "new Date().toISOString().slice(0,10)"' },
      ],
      outputs: ['{options.outputFile}'],
      options: { outputFile: 'dist/ssot/projects/{projectName}.json', registry: 'ssot.json', baselineTarget: 'ssot-baseline' },
      metadata: { description: expect.stringContaining('ssot.json'), technologies: ['typescript'] },
    });
  });

  it('on Nx before 22.6, where `^` takes only a named input, declares the project files as one on every project', async () => {
    const nx21: Tree = { ...tree, 'node_modules/nx/package.json': { name: 'nx', version: '21.6.11' } };
    const [[, root], [, lib]] = await infer(nx21).then((results) => [...results].sort(([a], [b]) => b.localeCompare(a)));
    const project = lib.projects?.['libs/a'];
    expect(project?.targets?.['ssot-check']?.inputs?.slice(0, 2)).toEqual(['{projectRoot}/**/*', '^ssot-project-files']);
    expect(project?.namedInputs).toEqual({ 'ssot-project-files': ['{projectRoot}/**/*'] });
    expect(root.projects?.['.']?.namedInputs).toEqual({ 'ssot-project-files': ['{projectRoot}/**/*'] });
  });

  it.each([
    ['Nx 24', '24.0.7'],
    ['Nx 21 (named inputs)', '21.6.11'],
    ['Nx 17', '17.3.2'],
  ])('makes every CODEOWNERS location an input of every check, the root project too, on %s', async (_name, version) => {
    const results = await infer({ ...tree, 'node_modules/nx/package.json': { name: 'nx', version } });
    const checks = results.flatMap(([, result]) => Object.values(result.projects ?? {})).map((project) => project.targets?.['ssot-check']);
    expect(checks).toHaveLength(2);
    for (const check of checks) expect(check?.inputs).toEqual(expect.arrayContaining(CODEOWNERS_LOCATIONS.map((file) => `{workspaceRoot}/${file}`)));
    expect(CODEOWNERS_INPUTS).toEqual(CODEOWNERS_LOCATIONS.map((file) => `{workspaceRoot}/${file}`));
  });

  it('adds an uncached ssot-baseline target that records the baseline (a cache hit would skip the write)', async () => {
    const baseline = (await targetsByRoot(tree, {}, withImports))['libs/a']['ssot-baseline'];
    expect(baseline).toEqual({
      executor: 'ssot-plugin:check',
      cache: false,
      options: { outputFile: 'dist/ssot/projects/{projectName}.json', registry: 'ssot.json', baselineTarget: 'ssot-baseline', updateBaseline: true },
      metadata: { description: expect.stringContaining('ssot-baseline.txt'), technologies: ['typescript'] },
    });
  });

  const optionCases: Array<{ name: string; options: PluginOptions; targetName: string; outputFile: string; registry: string }> = [
    { name: 'defaults', options: {}, targetName: 'ssot-check', outputFile: 'dist/ssot/projects/{projectName}.json', registry: 'ssot.json' },
    { name: 'targetName', options: { targetName: 'ssot' }, targetName: 'ssot', outputFile: 'dist/ssot/projects/{projectName}.json', registry: 'ssot.json' },
    { name: 'outputDir, normalised', options: { outputDir: './reports\\ssot/' }, targetName: 'ssot-check', outputFile: 'reports/ssot/{projectName}.json', registry: 'ssot.json' },
    { name: 'registry', options: { registry: 'config/ssot.json' }, targetName: 'ssot-check', outputFile: 'dist/ssot/projects/{projectName}.json', registry: 'config/ssot.json' },
  ];

  it.each(optionCases)('plugin option: $name', async ({ options, targetName, outputFile, registry }) => {
    const target = (await targetsByRoot(tree, options, withImports))['libs/a'][targetName];
    expect(target.options).toEqual({ outputFile, registry, baselineTarget: 'ssot-baseline' });
    expect(target.inputs).toContain(`{workspaceRoot}/${registry}`);
    expect(target.inputs).toContain(`!{workspaceRoot}/${outputFile.replace('/{projectName}.json', '')}/**/*`);
  });

  it.each([
    ['targetName', { targetName: 'a:b' }],
    ['targetName', { targetName: '' }],
    ['outputDir', { outputDir: '../out' }],
    ['outputDir', { outputDir: '/abs/out' }],
    ['registry', { registry: 42 }],
  ])('rejects a bad %s with a message naming it', async (option, options) => {
    // A deliberately wrong value, as a hand-edited nx.json could hold.
    const bad = options as unknown as PluginOptions;
    await expect(infer(tree, bad)).rejects.toThrow(`invalid option "${option}" in the nx.json "plugins" entry`);
  });

  it("adds the registry's SSOT sources, sorted, once each, never outside the workspace", async () => {
    const registry = {
      entries: [
        { name: 'B', source: 'libs/b/src/b.ts' },
        { name: 'A', source: './libs/a/src/a.ts' },
        { name: 'A2', source: 'libs/a/src/a.ts' },
        { name: 'M', module: '@nestjs/common' },
        { name: 'X', source: '../outside.ts' },
      ],
    };
    const inputs = (await targetsByRoot({ ...tree, 'ssot.json': registry }, undefined, withImports))['libs/a']['ssot-check'].inputs ?? [];
    expect(inputs.filter((input) => typeof input === 'string' && /\/src\//.test(input))).toEqual([
      '{workspaceRoot}/libs/a/src/a.ts',
      '{workspaceRoot}/libs/b/src/b.ts',
    ]);
  });

  it('infers the target whatever the registry holds (ssot-check reports its errors)', async () => {
    for (const text of ['{ broken', '[]', '{ "entries": 3 }', '{ "entries": [null, { "source": 3 }] }']) {
      const targets = await targetsByRoot({ ...tree, 'ssot.json': text }, undefined, withImports);
      expect(targets['libs/a']['ssot-check'].inputs).toContain('{workspaceRoot}/ssot.json');
    }
  });

  it('hashes the whole workspace when Nx does not see TypeScript imports', async () => {
    const inputs = (await targetsByRoot(tree))['libs/a']['ssot-check'].inputs;
    expect(inputs).toContain('{workspaceRoot}/**/*');
  });

  it.each([
    ['@nx/js in the root devDependencies', { name: 'root', devDependencies: { '@nx/js': '24.0.0' } }, {}],
    ['pluginsConfig["@nx/js"]', { name: 'root' }, { pluginsConfig: { '@nx/js': {} } }],
  ])('trusts ^ inputs with %s', async (_name, packageJson, nxJson: NxJsonConfiguration) => {
    const inputs = (await targetsByRoot({ ...tree, 'package.json': packageJson }, undefined, nxJson))['libs/a']['ssot-check'].inputs;
    expect(inputs).not.toContain('{workspaceRoot}/**/*');
  });

  const npmLock = {
    lockfileVersion: 3,
    packages: {
      '': { name: 'root' },
      'node_modules/ssot-plugin': { version: '0.1.0' },
      'node_modules/ssot-core': { version: '0.1.0' },
      'node_modules/typescript': { version: '6.0.3' },
    },
  };

  it.each([
    ['npm lock file', { 'package-lock.json': npmLock }, {}, ['ssot-core', 'ssot-plugin', 'typescript']],
    ['no lock file', {}, {}, undefined],
    ['lock analysis off', { 'package-lock.json': npmLock }, { pluginsConfig: { '@nx/js': { analyzeLockfile: false } } }, undefined],
    ['linked workspace packages', { 'package-lock.json': { lockfileVersion: 3, packages: { 'node_modules/ssot-core': { link: true } } } }, {}, undefined],
    ['yarn lock file', { 'yarn.lock': 'typescript@~6.0.3:\n  version "6.0.3"\n' }, {}, ['typescript']],
  ])('externalDependencies from the %s', async (_name, files: Tree, nxJson: NxJsonConfiguration, expected) => {
    const inputs = (await targetsByRoot({ ...tree, ...files }, undefined, nxJson))['libs/a']['ssot-check'].inputs ?? [];
    const external = inputs.find((input) => typeof input === 'object' && 'externalDependencies' in input);
    expect(external).toEqual(expected ? { externalDependencies: expected } : undefined);
  });

  it('gives each project its own target object', async () => {
    const targets = await targetsByRoot({ ...tree, 'libs/b/project.json': { name: 'b' } });
    expect(targets['libs/a']['ssot-check']).not.toBe(targets['libs/b']['ssot-check']);
  });
});
