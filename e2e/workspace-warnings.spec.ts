import { E2eWorkspace, buildPackages, fail, step } from './support/e2e-workspace';
import { expectTasks } from './support/task-status';

/**
 * Workspace warnings (SPEC §6) where they are seen: a project pattern that matches no project and a
 * bypass matcher that matches no site depend on every project, so the report names them once under
 * its diagnostics, a batch of checks prints the registry's warning once (never once per task, even
 * with --output-style=static), and the report's --strict fails on them.
 */
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const PATTERN = 'legacy-app';
const MATCHER = 'generated/db-barrel';
const PROJECTS = ['api', 'core', 'web', 'worker'];

const tree: Record<string, string> = {
  '.gitignore': 'node_modules\ndist\n.nx\n',
  'package.json': json({ name: 'warned', private: true }),
  'nx.json': json({ plugins: ['ssot-plugin'] }),
  'tsconfig.base.json': json({ compilerOptions: { strict: true, paths: { '@acme/core': ['libs/core/src/index.ts'] } } }),
  'ssot.json': json({
    entries: [
      {
        name: 'Json',
        source: 'libs/core/src/json.ts',
        projects: ['*', `!${PATTERN}`],
        bypasses: [{ global: 'JSON.parse' }, { new: 'Pool', from: MATCHER }],
      },
    ],
  }),
  'libs/core/project.json': json({ name: 'core', root: 'libs/core' }),
  'libs/core/src/index.ts': "export * from './json';\n",
  'libs/core/src/json.ts': 'export class Json {\n  parse(text: string): unknown {\n    return JSON.parse(text);\n  }\n}\n',
  ...Object.fromEntries(
    ['api', 'web', 'worker'].flatMap((name) => [
      [`apps/${name}/project.json`, json({ name, root: `apps/${name}` })],
      [`apps/${name}/src/main.ts`, "import { Json } from '@acme/core';\nexport const a = new Json().parse('1');\nexport const b = JSON.parse('2');\n"],
    ]),
  ),
};

let ws: E2eWorkspace;
beforeAll(async () => {
  await step('build the packages (node tools/build.mjs)', buildPackages);
  ws = await step('generate a workspace whose registry has a dead pattern and a dead matcher, git commit', () => E2eWorkspace.fromFiles(tree));
});
afterAll(() => ws?.dispose());

const count = (text: string, needle: string) => text.split(needle).length - 1;

describe('workspace warnings', () => {
  it('are printed once by a batch of every check, never per task, and named once in the report\'s diagnostics', async () => {
    await step(`nx run-many -t ssot-check --output-style=static (one batch): "${PATTERN}" once, the matcher not at all`, () => {
      const run = ws.nx('run-many', '-t', 'ssot-check', '--output-style=static');
      expectTasks(run, 'ssot-check', { executed: PROJECTS });
      // The batch prints the registry's warning once on its own output; no task's output carries it.
      if (count(run.output, PATTERN) !== 1) fail(`the pattern warning appears ${count(run.output, PATTERN)} times, expected once`, run);
      if (count(run.output, MATCHER) > 0) fail('a check printed the matcher warning, which only the whole workspace can decide', run);
    });

    await step('the same run from the cache replays no warning: no task output holds it', () => {
      const run = ws.nx('run-many', '-t', 'ssot-check', '--output-style=static');
      expectTasks(run, 'ssot-check', { cached: PROJECTS });
      if (count(run.output, PATTERN) !== 0) fail(`the pattern warning appears ${count(run.output, PATTERN)} times from the cache`, run);
    });

    await step('nx run warned:ssot-report passes and names each warning once in report.json, report.md and its output', () => {
      const run = ws.nx('run', 'warned:ssot-report', '--output-style=static');
      if (run.status !== 0) fail('the report failed without strict', run);
      const report = JSON.parse(ws.read('dist/ssot/report.json'));
      expect(report.diagnostics.workspace.map((w: { code: string; path: string }) => `${w.code} ${w.path}`)).toEqual([
        'pattern-matches-no-project $.entries[0].projects[1]',
        'matcher-matches-no-site $.entries[0].bypasses[1]',
      ]);
      const markdown = ws.read('dist/ssot/report.md');
      expect(count(markdown, `"!${PATTERN}"`)).toBe(1);
      expect(count(markdown, MATCHER)).toBe(1);
      expect(count(run.output, MATCHER)).toBe(1);
      const sarif = JSON.parse(ws.read('dist/ssot/report.sarif'));
      expect(sarif.runs[0].invocations[0].toolExecutionNotifications.map((n: { descriptor: { id: string } }) => n.descriptor.id)).toEqual([
        'pattern-matches-no-project',
        'matcher-matches-no-site',
      ]);
    });

    await step('nx run warned:ssot-report --strict fails, naming each warning', () => {
      const run = ws.nx('run', 'warned:ssot-report', '--strict', '--output-style=static');
      if (run.status === 0) fail('the report passed under --strict', run);
      if (!run.output.includes(`workspace warning (strict): project pattern "!${PATTERN}" of Json matches none`)) fail('the pattern is not named as a failure', run);
      if (!run.output.includes(`workspace warning (strict): bypass matcher { "new": "Pool", "from": "${MATCHER}" } of Json matched no site`)) fail('the matcher is not named as a failure', run);
    });
  });
});
