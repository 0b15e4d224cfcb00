import { join } from 'node:path';
import { E2eWorkspace, REPO_ROOT, buildPackages, fail, step } from './support/e2e-workspace';

/**
 * The PR delta (issue 16) through the real Nx CLI: on a branch that adds a bypass and fixes another,
 * `nx run <root>:ssot-report --compare=main` writes compare.md and compare.json, prints GitHub
 * annotations with --format=github, and fails on the new bypass of an `error` entry, which the
 * baseline does not know; the projects whose inputs did not change are taken as equal.
 */
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const tree: Record<string, string> = {
  '.gitignore': 'node_modules\ndist\n.nx\n',
  'package.json': json({ name: 'pr', private: true }),
  'nx.json': json({ plugins: ['ssot-plugin'] }),
  'tsconfig.base.json': json({ compilerOptions: { strict: true, paths: { '@acme/core': ['libs/core/src/index.ts'] } } }),
  'ssot.json': json({
    entries: [
      { name: 'Json', source: 'libs/core/src/json.ts', bypasses: [{ global: 'JSON.parse' }], enforce: 'error' },
      { name: 'Log', source: 'libs/core/src/log.ts', bypasses: [{ global: 'console' }], enforce: 'warn' },
    ],
  }),
  'libs/core/project.json': json({ name: 'core', root: 'libs/core' }),
  'libs/core/src/index.ts': "export * from './json';\nexport * from './log';\n",
  'libs/core/src/json.ts': 'export class Json {\n  static parse(text: string): unknown {\n    return JSON.parse(text);\n  }\n}\n',
  'libs/core/src/log.ts': 'export class Log {\n  static info(message: string): void {\n    console.log(message);\n  }\n}\n',
  'apps/web/project.json': json({ name: 'web', root: 'apps/web' }),
  'apps/web/src/main.ts': "import { Json } from '@acme/core';\nexport const a = JSON.parse('1');\nexport const b = Json.parse('2');\n",
  'apps/api/project.json': json({ name: 'api', root: 'apps/api' }),
  'apps/api/src/main.ts': "import { Log } from '@acme/core';\nLog.info('up');\n",
  'apps/admin/project.json': json({ name: 'admin', root: 'apps/admin' }),
  'apps/admin/src/main.ts': "export const c = JSON.parse('3');\n",
};

let ws: E2eWorkspace;
let platform: E2eWorkspace | undefined;
beforeAll(async () => {
  await step('build the packages (node tools/build.mjs)', buildPackages);
  ws = await step('generate a workspace on main with its baselines, then a branch that fixes a bypass in web and adds one in web and one in api', () => {
    const workspace = E2eWorkspace.fromFiles(tree);
    const baselines = workspace.nx('run-many', '-t', 'ssot-baseline');
    if (baselines.status !== 0) fail('ssot-baseline failed on main', baselines);
    workspace.commit('record the known bypasses');
    workspace.git('checkout', '-q', '-b', 'feature');
    workspace.write('apps/web/src/main.ts', "import { Json } from '@acme/core';\nexport const a = Json.parse('1');\nexport const b = Json.parse('2');\nexport const d = JSON.parse('4');\n");
    workspace.write('apps/api/src/main.ts', "import { Log } from '@acme/core';\nLog.info('up');\nconsole.log('debug');\n");
    workspace.commit('feature: one fixed, two new');
    return workspace;
  });
});
afterAll(() => {
  ws?.dispose();
  platform?.dispose();
});

describe('ssot-report --compare', () => {
  it('names exactly the new and the fixed bypasses in compare.json, compare.md and GitHub annotations, and fails on the new error', async () => {
    await step('nx run-many -t ssot-check fails on the new bypass, and writes every result', () => {
      const result = ws.nx('run-many', '-t', 'ssot-check');
      if (result.status === 0) fail('the checks passed despite a new bypass of an error entry', result);
    });

    // A failed check stops the tasks that depend on it: the report runs on the results just written.
    const run = await step('nx run pr:ssot-report --compare=main --format=terminal,markdown,json,github --exclude-task-dependencies --skip-nx-cache fails', () => {
      const result = ws.nx('run', 'pr:ssot-report', '--compare=main', '--format=terminal,markdown,json,github', '--exclude-task-dependencies', '--skip-nx-cache', '--output-style=static');
      if (result.status === 0) fail('the comparison passed despite a new bypass of an error entry', result);
      return result;
    });

    await step('compare.json: one new error bypass in web, one new warn bypass in api, one fixed in web; web and api analysed', () => {
      const report = JSON.parse(ws.read('dist/ssot/compare.json'));
      const place = (site: { file: string; line: number; project: string; enforce: string }) => `${site.enforce} ${site.project} ${site.file}:${site.line}`;
      expect(report.bypasses.new.map(place)).toEqual(['error web apps/web/src/main.ts:4', 'warn api apps/api/src/main.ts:3']);
      expect(report.bypasses.fixed.map(place)).toEqual(['error web apps/web/src/main.ts:2']);
      expect(report.projects).toEqual({ analysed: ['api', 'web'], unchanged: ['admin', 'core', 'pr'] });
      expect(report.health).toEqual({ before: 50, after: 50, change: 0 });
      expect(report.failures).toEqual([
        'new bypass of Json (enforce: error) at apps/web/src/main.ts:4: `JSON.parse`; use Json from libs/core/src/json.ts instead, or record it as known with nx run web:ssot-baseline',
      ]);
    });

    await step('compare.md: the new and the fixed bypasses, and the projects taken as equal', () => {
      const markdown = ws.read('dist/ssot/compare.md');
      expect(markdown).toContain('#### New bypasses (2)');
      expect(markdown).toContain('#### Fixed bypasses (1)');
      expect(markdown).toContain('<code>apps/web/src/main.ts:4</code> | Json :x: | web |');
      expect(markdown).toContain('3 of 5 projects were taken as equal on both sides');
    });

    await step('the output holds one ::error and one ::warning annotation, and the failure', () => {
      const lines = run.output.split(/\r?\n/).map((line) => line.trim());
      expect(lines.filter((line) => line.startsWith('::'))).toEqual([
        '::error file=apps/web/src/main.ts,line=4,col=18,title=ssot%3A new bypass of Json::JSON.parse: use Json from libs/core/src/json.ts instead (project web)',
        '::warning file=apps/api/src/main.ts,line=3,col=1,title=ssot%3A new bypass of Log::console: use Log from libs/core/src/log.ts instead (project api)',
      ]);
      expect(run.output).toContain('ssot-report: new bypass of Json (enforce: error) at apps/web/src/main.ts:4');
    });

    await step('after nx run web:ssot-baseline, the comparison passes: the baseline knows the new bypass', () => {
      const baseline = ws.nx('run', 'web:ssot-baseline');
      if (baseline.status !== 0) fail('ssot-baseline failed', baseline);
      const result = ws.nx('run', 'pr:ssot-report', '--compare=main', '--skip-nx-cache');
      if (result.status !== 0) fail('the comparison failed on a bypass the baseline knows', result);
    });

    await step('a hostile ref is refused by name, and nothing is written', () => {
      const result = ws.nx('run', 'pr:ssot-report', '--compare=--output=pwned', '--skip-nx-cache', '--outputDir=dist/hostile');
      if (result.status === 0) fail('a hostile ref was accepted', result);
      expect(result.output).toContain('--compare="--output=pwned" does not name a commit');
      expect(ws.exists('pwned')).toBe(false);
      expect(ws.exists('dist/hostile')).toBe(false);
    });
  });
});

describe('ssot-report --compare on a copy of examples/platform', () => {
  it('--compare=HEAD~1 after one commit that adds a bypass and removes another shows exactly that', async () => {
    const example = await step('copy examples/platform; one commit in web: JSON.parse replaced, JSON.stringify added', () => {
      const copy = E2eWorkspace.fromFolder(join(REPO_ROOT, 'examples/platform'));
      const main = copy.read('apps/web/src/main.ts');
      const edited = main
        .replace('const event = JSON.parse(String(message.data)) as', 'const event = message.data as')
        .replace('console.table(runs);', 'console.table(runs);\n  sessionStorage.setItem(\'runs\', JSON.stringify(runs));');
      if (edited === main || !edited.includes('JSON.stringify(runs)') || edited.includes('JSON.parse(String')) fail('apps/web/src/main.ts no longer has the lines this test edits');
      copy.write('apps/web/src/main.ts', edited);
      copy.commit('web: one bypass fixed, one added');
      return copy;
    });
    platform = example;
    const line = example.read('apps/web/src/main.ts').split('\n').findIndex((text) => text.includes('JSON.stringify(runs)')) + 1;

    await step('nx run-many -t ssot-check, then nx run platform-example:ssot-report --compare=HEAD~1 --format=github,markdown,json', () => {
      example.nx('run-many', '-t', 'ssot-check');
      const run = example.nx('run', 'platform-example:ssot-report', '--compare=HEAD~1', '--format=github,markdown,json', '--exclude-task-dependencies', '--skip-nx-cache', '--output-style=static');
      if (run.status === 0) fail('a new bypass of UnifiedJSONHandler (enforce: error) passed', run);
      const report = JSON.parse(example.read('dist/ssot/compare.json'));
      const place = (site: { entry: string; file: string; line: number; text: string }) => `${site.entry} ${site.file}:${site.line} ${site.text}`;
      expect(report.bypasses.new.map(place)).toEqual([`UnifiedJSONHandler apps/web/src/main.ts:${line} JSON.stringify`]);
      expect(report.bypasses.fixed.map(place)).toEqual(['UnifiedJSONHandler apps/web/src/main.ts:19 JSON.parse']);
      expect(report.projects.analysed).toEqual(['web']);
      const markdown = example.read('dist/ssot/compare.md');
      expect(markdown).toContain('#### New bypasses (1)');
      expect(markdown).toContain('#### Fixed bypasses (1)');
      const annotations = run.output.split(/\r?\n/).map((text) => text.trim()).filter((text) => text.startsWith('::'));
      expect(annotations).toEqual([expect.stringMatching(new RegExp(`^::error file=apps/web/src/main\\.ts,line=${line},col=\\d+,title=ssot%3A new bypass of UnifiedJSONHandler::JSON\\.stringify: use UnifiedJSONHandler`))]);
    });
  });
});
