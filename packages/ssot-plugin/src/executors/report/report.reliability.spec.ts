/**
 * The report executor on bad inputs and under concurrency (SPEC §9): a damaged history or result
 * stops the report before anything is written, naming the file and the fix; two reports written to
 * one folder at once leave every file complete (one run's version or the other's, never a mix).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runTsChild } from '../../../../ssot-core/src/testing/ts-child-process';
import { captureLogger, createTempWorkspace, removeTempWorkspace, reportWorkspaceContext, writeWorkspaceFile } from '../__fixtures__/temp-workspace';
import checkExecutor from '../check/executor';
import reportExecutor from './executor';
import type { ReportExecutorSchema } from './schema';

const files: Record<string, string> = {
  'ssot.json': JSON.stringify({ entries: [{ name: 'Json', source: 'libs/core/src/json.ts', bypasses: [{ global: 'JSON.parse' }] }] }),
  'libs/core/src/json.ts': 'export class Json {\n  static parse(text: string): unknown {\n    return JSON.parse(text);\n  }\n}\n',
  'apps/web/src/main.ts': "import { Json } from '../../../libs/core/src/json';\nJson.parse('{}');\nJSON.parse('[]');\n",
};
const REPORT_FILES = ['report.html', 'report.json', 'report.md', 'report.sarif'];

let root: string;
let errors: string[];
let warnings: string[];

beforeEach(async () => {
  root = createTempWorkspace('ssot-report-reliability-', files);
  ({ errors, warnings } = captureLogger());
  for (const project of ['web', 'core']) await checkExecutor({ today: '2026-06-01' }, context(project));
});
afterEach(() => removeTempWorkspace(root));

const write = (file: string, text: string) => writeWorkspaceFile(root, file, text);
const read = (file: string) => readFileSync(join(root, file), 'utf8');

const context = (projectName: string, outputFileOf?: (name: string) => string) => reportWorkspaceContext(root, projectName, outputFileOf);

const written = (dir = 'dist/ssot') => (existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((name) => name.startsWith('report')) : []);

describe('report executor: bad inputs stop it before it writes anything', () => {
  it('a damaged history: the file, the line and the fix; no report file, the history untouched', async () => {
    const history = '{"date":"2026-05-01","health":50,"coverage":{"Json":50}}\n{"date":"2026-05-02","hea';
    write('ssot-history.jsonl', history);
    expect(await reportExecutor({ today: '2026-06-01', record: true, commit: 'abc' }, context('workspace'))).toEqual({ success: false });
    expect(errors).toEqual([
      'The history ssot-history.jsonl is damaged at line 2: each line must be one JSON snapshot {"date","commit","health","coverage"}. Fix or delete that line (it is one report run).',
    ]);
    expect(written()).toEqual([]);
    expect(readFileSync(join(root, 'ssot-history.jsonl'), 'utf8')).toBe(history);
  });

  it('a result from an older schema version: named, with the command that regenerates it', async () => {
    const file = join(root, 'dist/ssot/projects/web.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"schemaVersion": 1', '"schemaVersion": 0'));
    expect(await reportExecutor({ today: '2026-06-01' }, context('workspace'))).toEqual({ success: false });
    expect(errors).toEqual([
      'The ssot-check result dist/ssot/projects/web.json is unusable (schemaVersion 0; this ssot reads version 1). Regenerate it with: nx run-many -t ssot-check --skip-nx-cache',
    ]);
    expect(written()).toEqual([]);
  });

  it("a result that is another project's (two projects sharing one outputFile) is refused, not counted twice", async () => {
    const shared = context('workspace', () => 'dist/ssot/projects/web.json');
    expect(await reportExecutor({ today: '2026-06-01' }, shared)).toEqual({ success: false });
    expect(errors).toEqual([
      'The ssot-check result dist/ssot/projects/web.json belongs to project "web", not "core": two projects share one outputFile, or the file was copied. ' +
        'Give each project its own outputFile (the default, dist/ssot/projects/{projectName}.json, does), then run: nx run-many -t ssot-check --skip-nx-cache',
    ]);
    expect(written()).toEqual([]);
  });

  it('a project pattern that matches no project is a workspace warning under diagnostics; the report is written and passes', async () => {
    warnings.length = 0;
    write('ssot.json', JSON.stringify({ entries: [{ name: 'Json', source: 'libs/core/src/json.ts', projects: ['web', 'mobile'], bypasses: [{ global: 'JSON.parse' }] }] }, null, 2));
    expect(await reportExecutor({ today: '2026-06-01' }, context('workspace'))).toEqual({ success: true });
    expect(warnings).toEqual([]); // the terminal summary lists it, in its diagnostics
    expect(JSON.parse(read('dist/ssot/report.json')).diagnostics.workspace).toEqual([
      { code: 'pattern-matches-no-project', entry: 'Json', file: 'ssot.json', path: '$.entries[0].projects[1]', line: 8, column: 9, message: 'project pattern "mobile" of Json matches none of the 3 projects' },
    ]);
    expect(written()).toEqual(REPORT_FILES);
  });
});

describe('report executor: bad options name themselves', () => {
  it.each<[string, ReportExecutorSchema, string]>([
    ['a baseline date that is no calendar day', { baselineDate: '2026-02-30' }, 'ssot-report: option "baselineDate" must be a calendar day as YYYY-MM-DD, found "2026-02-30".'],
    ['an output folder outside the workspace', { outputDir: '../reports' }, `ssot-report: option "outputDir" must name a folder inside the workspace (ROOT), found "../reports".`],
    ['a history file outside the workspace', { history: '/tmp/h.jsonl' }, `ssot-report: option "history" must name a file inside the workspace (ROOT), found "/tmp/h.jsonl".`],
  ])('%s', async (_label, options, message) => {
    expect(await reportExecutor({ today: '2026-06-01', ...options }, context('workspace'))).toEqual({ success: false });
    expect(errors).toEqual([message.replace('ROOT', root)]);
    expect(written()).toEqual([]);
  });
});

describe('report executor: two reports into one folder at once', () => {
  const RUNS = 4;
  const CHILD = `
const [, executorPath, contextJson, optionsJson, runs] = process.argv;
const { logger } = require('@nx/devkit');
for (const level of ['info', 'warn', 'log']) logger[level] = () => undefined;
const reportExecutor = require(executorPath).default;
(async () => {
  for (let run = 0; run < Number(runs); run += 1) {
    const outcome = await reportExecutor(JSON.parse(optionsJson), JSON.parse(contextJson));
    if (!outcome.success) throw new Error('report failed');
  }
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
`;

  it('every file is complete and one whole version of one of the two runs, while they write and after', async () => {
    // Each run's own version of every file, written alone first.
    const options = (today: string, outputDir: string): ReportExecutorSchema => ({ today, outputDir, format: 'markdown,json,sarif,html' });
    expect(await reportExecutor(options('2026-06-01', 'dist/a'), context('workspace'))).toEqual({ success: true });
    expect(await reportExecutor(options('2026-06-02', 'dist/b'), context('workspace'))).toEqual({ success: true });
    const versions = new Map(REPORT_FILES.map((name) => [name, [readFileSync(join(root, 'dist/a', name), 'utf8'), readFileSync(join(root, 'dist/b', name), 'utf8')]]));
    for (const [name, [a, b]] of versions) expect([name, a === b]).toEqual([name, false]);

    const spawnRun = (today: string) =>
      runTsChild(CHILD, [join(__dirname, 'executor.ts'), JSON.stringify(context('workspace')), JSON.stringify(options(today, 'dist/ssot')), String(RUNS)]);
    let finished = false;
    const done = Promise.all([spawnRun('2026-06-01'), spawnRun('2026-06-02')]).finally(() => {
      finished = true;
    });
    const torn: string[] = [];
    let reads = 0;
    const check = () => {
      for (const name of REPORT_FILES) {
        let text: string;
        try {
          text = readFileSync(join(root, 'dist/ssot', name), 'utf8');
        } catch {
          continue; // not written yet
        }
        reads += 1;
        if (!versions.get(name)?.includes(text)) torn.push(`${name}: ${text.length} characters`);
      }
    };
    while (!finished) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      check();
    }
    const outcomes = await done;
    expect(outcomes.map((outcome) => [outcome.code, outcome.stderr])).toEqual([
      [0, ''],
      [0, ''],
    ]);
    check();
    expect(torn).toEqual([]);
    expect(reads).toBeGreaterThan(REPORT_FILES.length);
    expect(readdirSync(join(root, 'dist/ssot')).sort()).toEqual(['projects', ...REPORT_FILES]);
  }, 120_000);
});
