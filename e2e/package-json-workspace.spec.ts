import { join } from 'node:path';
import { E2eWorkspace, buildPackages, fail, REPO_ROOT, step, type CommandRun } from './support/e2e-workspace';
import { expectTasks } from './support/task-status';

/**
 * The other shape of Nx workspace: npm-workspace packages with scoped names, no project.json, an
 * nx.json without `namedInputs`, a lock file. Also the failing path: an enforced bypass fails the
 * check with file:line:column, and the project's baseline forgives it.
 */
const TARGET = 'ssot-check';
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const installed = (version: string) => ({ version, resolved: `https://registry.npmjs.org/x/-/x-${version}.tgz`, integrity: 'sha512-e2e', dev: true });

const tree: Record<string, string> = {
  '.gitignore': 'node_modules\ndist\n.nx\n',
  'package.json': json({ name: 'tiny', private: true, workspaces: ['packages/*'], devDependencies: { nx: '24.0.6', 'ssot-plugin': '0.1.0', typescript: '~6.0.3' } }),
  'package-lock.json': json({
    name: 'tiny',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'tiny', workspaces: ['packages/*'] },
      'node_modules/@acme/core': { resolved: 'packages/core', link: true },
      'node_modules/@acme/web': { resolved: 'packages/web', link: true },
      'node_modules/ssot-core': installed('0.1.0'),
      'node_modules/ssot-plugin': installed('0.1.0'),
      'node_modules/typescript': installed('6.0.3'),
      'packages/core': { name: '@acme/core', version: '0.0.0' },
      'packages/web': { name: '@acme/web', version: '0.0.0' },
    },
  }),
  'nx.json': json({ plugins: ['ssot-plugin'], pluginsConfig: { '@nx/js': { analyzeSourceFiles: true } } }),
  'tsconfig.base.json': json({ compilerOptions: { strict: true } }),
  'ssot.json': json({
    entries: [{ name: 'Json', source: 'packages/core/src/json.ts', bypasses: [{ global: 'JSON.parse' }], enforce: 'error' }],
  }),
  'packages/core/package.json': json({ name: '@acme/core', version: '0.0.0' }),
  'packages/core/src/index.ts': "export * from './json';\n",
  'packages/core/src/json.ts': 'export class Json {\n  parse(text: string): unknown {\n    return JSON.parse(text);\n  }\n}\n',
  'packages/web/package.json': json({ name: '@acme/web', version: '0.0.0', dependencies: { '@acme/core': '0.0.0' } }),
  'packages/web/src/main.ts': "import { Json } from '@acme/core';\nexport const a = new Json().parse('1');\nexport const b = JSON.parse('2');\n",
  'tools/scripts/package.json': json({ name: 'not-a-workspace-member' }),
};

let ws: E2eWorkspace;
beforeAll(async () => {
  await step('build the packages (node tools/build.mjs)', buildPackages);
  ws = await step('generate an npm-workspaces workspace, git commit', () => E2eWorkspace.fromFiles(tree));
});
afterAll(() => ws?.dispose());

function parseJsonOutput(run: CommandRun): unknown {
  if (run.status !== 0) fail(`${run.command} failed`, run);
  const start = run.output.search(/[[{]/);
  return JSON.parse(run.output.slice(start));
}

describe('ssot-check on package.json projects (npm workspaces, scoped names)', () => {
  it('infers the target on workspace members and the root project, with the tool packages as external dependencies', async () => {
    await step('nx show projects: the two members and the root project have the check; the root project the report', () => {
      // The root project checks what no member owns (tools/scripts is not a workspace member).
      const checked = ws.nx('show', 'projects', '--with-target', TARGET, '--json');
      expect(parseJsonOutput(checked)).toEqual(['@acme/core', '@acme/web', 'tiny']);
      const all = ws.nx('show', 'projects', '--json');
      expect(parseJsonOutput(all)).toHaveLength(3);
      const reported = ws.nx('show', 'projects', '--with-target', 'ssot-report', '--json');
      expect(parseJsonOutput(reported)).toEqual(['tiny']);
    });
    await step('nx show project @acme/web --json', () => {
      const project = parseJsonOutput(ws.nx('show', 'project', '@acme/web', '--json'));
      expect(project).toMatchObject({
        targets: {
          [TARGET]: {
            options: { outputFile: 'dist/ssot/projects/@acme/web.json' },
            inputs: expect.arrayContaining([{ externalDependencies: ['ssot-core', 'ssot-plugin', 'typescript'] }]),
          },
        },
      });
    });
  });

  it('fails on an enforced bypass, names it, and still writes the result', async () => {
    const run = await step('nx run @acme/web:ssot-check (expected to fail)', () => {
      const run = ws.nx('run', `@acme/web:${TARGET}`, '--output-style=static');
      if (run.status === 0) fail('the check passed despite an enforce "error" bypass', run);
      return run;
    });
    expect(run.output).toMatch(/packages\/web\/src\/main\.ts:3:18 {2}Json {2}JSON\.parse {2}— use Json from packages\/core\/src\/json\.ts instead/);
    expect(JSON.parse(ws.read('dist/ssot/projects/@acme/web.json'))).toMatchObject({ project: '@acme/web', entries: { Json: { usage: 1, bypass: 1 } } });
  });

  it('passes once the baseline lists the bypass, and caches that', async () => {
    // The baseline is what ssot-core renders for the current result (SPEC §7), kept in the project.
    const core: { renderBaseline: (result: unknown) => string } = require(join(REPO_ROOT, 'node_modules/ssot-core'));
    ws.write('packages/web/ssot-baseline.txt', core.renderBaseline(JSON.parse(ws.read('dist/ssot/projects/@acme/web.json'))));
    await step('nx run-many -t ssot-check (baseline added: web re-runs and passes)', () =>
      expectTasks(ws.nx('run-many', '-t', TARGET, '--output-style=static'), TARGET, { executed: ['@acme/web'] }),
    );
    await step('nx run-many -t ssot-check (all from the cache)', () =>
      expectTasks(ws.nx('run-many', '-t', TARGET, '--output-style=static'), TARGET, { cached: ['@acme/core', '@acme/web'] }),
    );
  });
});
