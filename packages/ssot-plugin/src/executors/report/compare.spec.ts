import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { captureLogger, createTempWorkspace, removeTempWorkspace, reportWorkspaceContext, writeWorkspaceFile, type CapturedLog } from '../__fixtures__/temp-workspace';
import checkExecutor from '../check/executor';
import reportExecutor from './executor';

/** A git repository: main holds two bypasses in web; the feature branch fixes one and adds another. */
const files: Record<string, string> = {
  '.gitignore': 'dist/\n',
  'ssot.json': JSON.stringify({ entries: [{ name: 'Json', source: 'libs/core/src/json.ts', bypasses: [{ global: 'JSON.parse' }], enforce: 'error' }] }, null, 2),
  'libs/core/src/json.ts': 'export class Json {\n  static parse(text: string): unknown {\n    return JSON.parse(text);\n  }\n}\n',
  'apps/web/src/main.ts': "export const a = JSON.parse('1');\nexport const b = JSON.parse('2');\n",
};

let root: string;
let log: CapturedLog;
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } });
const context = () => reportWorkspaceContext(root, 'workspace');

beforeEach(async () => {
  root = createTempWorkspace('ssot-compare-executor-', files);
  git('init', '--quiet', '--initial-branch=main');
  git('add', '.');
  git('commit', '--quiet', '-m', 'base');
  git('checkout', '--quiet', '-b', 'feature');
  writeWorkspaceFile(root, 'apps/web/src/main.ts', "import { Json } from '../../../libs/core/src/json';\nexport const a = Json.parse('1');\nexport const b = JSON.parse('2');\nexport const c = JSON.parse('3');\n");
  log = captureLogger();
  for (const project of ['web', 'core']) await checkExecutor({ today: '2026-06-01' }, reportWorkspaceContext(root, project));
  log.errors.length = 0;
  log.printed.length = 0;
});
afterEach(() => removeTempWorkspace(root));

describe('report executor --compare', () => {
  it('writes compare.md and compare.json, prints the summary and the annotations, and fails on the new bypass of an error entry', async () => {
    expect(await reportExecutor({ compare: 'main', today: '2026-06-01', format: 'terminal,markdown,json,github' }, context())).toEqual({ success: false });
    const report = JSON.parse(readFileSync(join(root, 'dist/ssot/compare.json'), 'utf8'));
    expect(report.bypasses.new.map((site: { file: string; line: number }) => `${site.file}:${site.line}`)).toEqual(['apps/web/src/main.ts:4']);
    expect(report.bypasses.fixed.map((site: { file: string; line: number }) => `${site.file}:${site.line}`)).toEqual(['apps/web/src/main.ts:1']);
    expect(report.projects).toEqual({ analysed: ['web'], unchanged: ['core'] });
    expect(readFileSync(join(root, 'dist/ssot/compare.md'), 'utf8')).toContain('#### New bypasses (1)');
    expect(log.printed).toContain(
      '::error file=apps/web/src/main.ts,line=4,col=18,title=ssot%3A new bypass of Json::JSON.parse: use Json from libs/core/src/json.ts instead (project web)',
    );
    expect(log.printed).toContain('ssot-report: wrote dist/ssot/compare.md, dist/ssot/compare.json');
    expect(log.errors).toEqual([
      'ssot-report: new bypass of Json (enforce: error) at apps/web/src/main.ts:4: `JSON.parse`; use Json from libs/core/src/json.ts instead, or record it as known with nx run web:ssot-baseline',
    ]);
  });

  it('a new bypass recorded in the baseline passes', async () => {
    await checkExecutor({ today: '2026-06-01', updateBaseline: true }, reportWorkspaceContext(root, 'web'));
    await checkExecutor({ today: '2026-06-01' }, reportWorkspaceContext(root, 'web')); // the baseline is an input: Nx re-runs the check
    log.errors.length = 0;
    const outcome = await reportExecutor({ compare: 'main', today: '2026-06-01', format: 'json' }, context());
    expect(log.errors).toEqual([]);
    expect(outcome).toEqual({ success: true });
    expect(JSON.parse(readFileSync(join(root, 'dist/ssot/compare.json'), 'utf8')).bypasses.new[0].known).toBe(true);
  });

  it.each(['--output=x', '$(touch pwned)', '../..', 'HEAD;rm -rf .', ''])('a hostile or empty ref %j: a clear error, nothing written', async (ref) => {
    expect(await reportExecutor({ compare: ref, today: '2026-06-01' }, context())).toEqual({ success: false });
    expect(log.errors).toEqual([`--compare=${JSON.stringify(ref)} does not name a commit of the repository at ${root}. Give a branch, tag or commit id (for example origin/main); in CI, fetch it first (git fetch origin <branch>).`]);
    for (const file of ['dist/ssot/compare.md', 'dist/ssot/compare.json', 'x', 'pwned']) expect(existsSync(join(root, file))).toBe(false);
  });

  describe('--owner: both sides limited to one code owner, by the working tree\'s CODEOWNERS', () => {
    const places = (sites: { file: string; line: number; owners?: string[] }[]) => sites.map((site) => `${site.file}:${site.line} ${site.owners?.join(' ')}`);
    beforeEach(async () => {
      writeWorkspaceFile(root, '.github/CODEOWNERS', 'apps/web/src/main.ts @acme/web\n');
      writeWorkspaceFile(root, 'apps/web/src/extra.ts', "export const d = JSON.parse('4');\n");
      for (const project of ['web', 'core']) await checkExecutor({ today: '2026-06-01' }, reportWorkspaceContext(root, project));
      log.errors.length = 0;
      log.printed.length = 0;
    });

    it.each<[string | undefined, string[], string[]]>([
      [undefined, ['apps/web/src/extra.ts:1 (no owner)', 'apps/web/src/main.ts:4 @acme/web'], ['apps/web/src/main.ts:1 @acme/web']],
      ['@acme/web', ['apps/web/src/main.ts:4 @acme/web'], ['apps/web/src/main.ts:1 @acme/web']],
      ['(no owner)', ['apps/web/src/extra.ts:1 (no owner)'], []],
    ])('--owner=%s: new %j, fixed %j, each with its owners', async (owner, added, fixed) => {
      expect(await reportExecutor({ compare: 'main', today: '2026-06-01', format: 'terminal,markdown,json', ...(owner !== undefined && { owner }) }, context())).toEqual({ success: false });
      const report = JSON.parse(readFileSync(join(root, 'dist/ssot/compare.json'), 'utf8'));
      expect([report.owner, places(report.bypasses.new), places(report.bypasses.fixed)]).toEqual([owner, added, fixed]);
      expect(log.errors).toHaveLength(added.length);
      const markdown = readFileSync(join(root, 'dist/ssot/compare.md'), 'utf8');
      // an Owners column when anyone owns one of the bypasses
      expect(markdown.includes('| Place | SSOT | Project | Owners | Fix |')).toBe(owner !== '(no owner)');
      const heading = markdown.split('\n')[0];
      expect(heading.endsWith(`(only ${owner?.replace('@', '&#64;')}'s code, --owner)`)).toBe(owner !== undefined);
      expect(log.printed[0].includes(`only ${owner}'s code (--owner)`)).toBe(owner !== undefined);
    });

    it('an owner that owns nothing is refused, naming those there are', async () => {
      expect(await reportExecutor({ compare: 'main', owner: '@acme/wbe' }, context())).toEqual({ success: false });
      expect(log.errors).toEqual(['ssot-report: --owner=@acme/wbe owns no site or finding in the checked results. Owners there: (no owner), @acme/web.']);
    });
  });

  it.each<[string, object, string]>([
    ['a report format that compare does not write', { format: 'sarif' }, 'ssot-report: with --compare, option "format" takes terminal, markdown, json, github (a list or comma-separated), found "sarif".'],
    ['--record', { record: true }, 'ssot-report: --compare and --record do not go together: --record appends the report of the working tree to the history. Run them as two commands.'],
  ])('%s is refused by name', async (_label, options, message) => {
    expect(await reportExecutor({ compare: 'main', ...options }, context())).toEqual({ success: false });
    expect(log.errors).toEqual([message]);
    expect(existsSync(join(root, 'dist/ssot/compare.json'))).toBe(false);
  });
});
