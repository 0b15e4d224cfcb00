import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { captureLogger, createTempWorkspace, removeTempWorkspace, reportWorkspaceContext, writeWorkspaceFile, type CapturedLog } from '../__fixtures__/temp-workspace';
import reportExecutor from './executor';

const registry = JSON.stringify({ entries: [{ name: 'Json', source: 'libs/core/src/json.ts', bypasses: [{ global: 'JSON.parse' }] }] });
const JSON_SOURCE = 'export class Json {\n  static parse(text: string): unknown {\n    return JSON.parse(text);\n  }\n}\n';
const USE = "import { Json } from '../../../libs/core/src/json';\n";

let root: string;
let log: CapturedLog;
const gitAt = (date: string, ...args: string[]) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } }).trim();
const commitAt = (date: string, files: Record<string, string>) => {
  for (const [file, text] of Object.entries(files)) writeWorkspaceFile(root, file, text);
  gitAt(date, 'add', '--all', '.');
  gitAt(date, 'commit', '--quiet', '-m', date);
  return gitAt(date, 'rev-parse', 'HEAD');
};
const history = () => readFileSync(join(root, 'ssot-history.jsonl'), 'utf8');
const context = () => reportWorkspaceContext(root, 'workspace');

beforeEach(() => {
  root = createTempWorkspace('ssot-backfill-executor-', { 'ssot.json': registry, '.gitignore': 'dist/\n' });
  gitAt('2026-01-01T00:00:00Z', 'init', '--quiet', '--initial-branch=main');
  log = captureLogger();
});
afterEach(() => removeTempWorkspace(root));

describe('report executor --backfill', () => {
  it('writes one point per month from the last commit of each, keeps points already there, stays sorted by date', async () => {
    commitAt('2026-01-05T10:00:00Z', { 'libs/core/src/json.ts': JSON_SOURCE, 'apps/web/src/main.ts': "JSON.parse('1');\n" });
    const january = commitAt('2026-01-25T10:00:00Z', { 'apps/web/src/b.ts': `${USE}Json.parse('2');\n` });
    const february = commitAt('2026-02-14T10:00:00Z', { 'apps/web/src/main.ts': `${USE}Json.parse('1');\n` });
    writeFileSync(join(root, 'ssot-history.jsonl'), '{"date":"2026-02-20","commit":"abc1234","health":90,"coverage":{"Json":90}}\n');

    expect(await reportExecutor({ backfill: true, since: '2026-01-01' }, context())).toEqual({ success: true });
    expect(history()).toBe(
      [
        `{"date":"2026-01-25","commit":"${january.slice(0, 12)}","health":50,"coverage":{"Json":50}}`,
        `{"date":"2026-02-14","commit":"${february.slice(0, 12)}","health":100,"coverage":{"Json":100}}`,
        '{"date":"2026-02-20","commit":"abc1234","health":90,"coverage":{"Json":90}}',
        '',
      ].join('\n'),
    );
    expect(log.printed).toContain('ssot-report: backfill: added 2 point(s) to ssot-history.jsonl');
    expect(log.warnings).toEqual([]);

    const before = history();
    expect(await reportExecutor({ backfill: true, since: '2026-01-01', every: 'month' }, context())).toEqual({ success: true });
    expect(history()).toBe(before);
    expect(log.printed).toContain('ssot-report: backfill: nothing to add to ssot-history.jsonl (every month since 2026-01-01 already has its point)');
  });

  it("commits without a registry are analysed with today's, and the run says so once, naming them", async () => {
    renameSync(join(root, 'ssot.json'), join(root, '..', `${basename(root)}.ssot.json`)); // the first commit has no registry
    const first = commitAt('2026-01-05T10:00:00Z', { 'libs/core/src/json.ts': JSON_SOURCE, 'apps/web/src/main.ts': "JSON.parse('1');\n" });
    renameSync(join(root, '..', `${basename(root)}.ssot.json`), join(root, 'ssot.json'));
    commitAt('2026-02-05T10:00:00Z', {});
    expect(await reportExecutor({ backfill: true, since: '2026-01-01' }, context())).toEqual({ success: true });
    expect(log.warnings).toEqual([`ssot-report: backfill: 1 of 2 commits have no ssot.json; they were analysed with today's registry: ${first.slice(0, 12)} (2026-01-05)`]);
    expect(history().split('\n')[0]).toBe(`{"date":"2026-01-05","commit":"${first.slice(0, 12)}","health":0,"coverage":{"Json":0},"registry":{"from":"today","reason":"absent"}}`);
  });

  it.each<[string, boolean]>([
    ['on a terminal: one line rewritten in place, ended once', true],
    ['elsewhere (CI logs): one plain line per point', false],
  ])('shows progress %s', async (_label, tty) => {
    commitAt('2026-01-05T10:00:00Z', { 'libs/core/src/json.ts': JSON_SOURCE, 'apps/web/src/main.ts': "JSON.parse('1');\n" });
    const february = commitAt('2026-02-05T10:00:00Z', { 'apps/web/src/b.ts': `${USE}Json.parse('2');\n` });
    const written: string[] = [];
    const wasTty = process.stdout.isTTY;
    process.stdout.isTTY = tty;
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => written.push(String(chunk)) > 0);
    try {
      expect(await reportExecutor({ backfill: true, since: '2026-01-01' }, context())).toEqual({ success: true });
    } finally {
      process.stdout.isTTY = wasTty;
    }
    const second = `ssot-report: backfill 1/2 2026-02: ${february.slice(0, 12)} (2026-02-05)`;
    if (tty) {
      expect(written).toHaveLength(3);
      expect(written[1]).toBe(`\r\u001b[2K${second}`);
      expect(written[2]).toBe('\r\u001b[2Kssot-report: backfill 2/2 done\n');
      expect(log.printed.filter((line) => line.includes('backfill 1/2'))).toEqual([]);
    } else {
      expect(written).toEqual([]);
      expect(log.printed.filter((line) => /backfill \d\/2/.test(line))).toEqual([expect.stringMatching(/^ssot-report: backfill 0\/2 2026-01: /), second]);
    }
  });

  it.each<[string, object, string]>([
    ['without --since', {}, 'ssot-report: --backfill needs --since=YYYY-MM-DD, the first day to compute points for.'],
    ['a day that is no calendar day', { since: '2026-02-30' }, 'ssot-report: option "since" must be a calendar day as YYYY-MM-DD, found "2026-02-30".'],
    ['an unknown interval', { since: '2026-01-01', every: 'day' }, 'ssot-report: option "every" takes week or month, found "day".'],
    ['with --compare', { since: '2026-01-01', compare: 'main' }, 'ssot-report: --backfill goes alone: run --compare or --record as another command.'],
    ['with --owner', { since: '2026-01-01', owner: '@acme/web' }, 'ssot-report: --owner=@acme/web reports part of the workspace and the history holds whole-workspace figures: run --backfill without --owner.'],
  ])('%s is refused by name, the history untouched', async (_label, options, message) => {
    commitAt('2026-01-05T10:00:00Z', { 'libs/core/src/json.ts': JSON_SOURCE });
    expect(await reportExecutor({ backfill: true, ...options }, context())).toEqual({ success: false });
    expect(log.errors).toEqual([message]);
    expect(() => history()).toThrow(/ENOENT/);
  });
});
