import { E2eWorkspace, REPO_ROOT, buildPackages, fail, step } from './support/e2e-workspace';
import { join } from 'node:path';

/**
 * Issue 13's "Done when", end to end on a copy of examples/platform with the real Nx CLI: a file
 * with known bypasses that cannot be analysed keeps them known through `ssot-check` and
 * `ssot-baseline`, and the report lists it under diagnostics and marks the coverage incomplete; a
 * bypass inserted above a known one, in another declaration, fails the check at its own line.
 *
 * The file is made too large (over 2 MiB), not unreadable: the tests run as root, where chmod 000
 * does not stop a read. Both are "not analysed" (SPEC §7) and take the same path.
 */
const EXAMPLE = join(REPO_ROOT, 'examples/platform');
const PROJECT = 'api';
const BASELINE = 'apps/api/ssot-baseline.txt';
const LARGE = 'apps/api/src/app/agents.service.ts';
const INSERTED = 'apps/api/src/main.ts';

let ws: E2eWorkspace;
let todayArgs: string[];

beforeAll(async () => {
  await step('build the packages (node tools/build.mjs)', buildPackages);
  ws = await step('copy examples/platform with ConfigService at enforce "error", git commit', () => {
    const workspace = E2eWorkspace.fromFolder(EXAMPLE);
    const registry = JSON.parse(workspace.read('ssot.json'));
    const entry = registry.entries.find((candidate: { name: string }) => candidate.name === 'ConfigService');
    if (!entry) fail('examples/platform/ssot.json has no ConfigService entry');
    entry.enforce = 'error';
    workspace.write('ssot.json', `${JSON.stringify(registry, null, 2)}\n`);
    workspace.commit('ConfigService enforced');
    return workspace;
  });
  const answerKey: { today?: string } = JSON.parse(ws.read('answer-key.json'));
  todayArgs = answerKey.today ? [`--today=${answerKey.today}`] : [];
});
afterAll(() => ws?.dispose());

const nx = (...args: string[]) => ws.nx(...args, '--output-style=static', ...todayArgs);
/** The report exits 1 when it fails (minCoverage...), which this test does not judge; anything else is a crash. */
const crashed = (status: number | null) => status === null || status > 1;
/** The baseline's item lines (no header) that name a file. */
const itemsOf = (file: string) => ws.read(BASELINE).split('\n').filter((line) => line.split('\t')[2] === file);

interface EntryJson {
  name: string;
  coverage: number | null;
  kept?: number;
  incomplete?: true;
}

describe('issue 13 end to end: nothing lost, nothing misplaced, nothing hidden', () => {
  it('keeps the known bypasses of a file that is not analysed, and the report says so', async () => {
    let known: string[] = [];
    let coverageBefore: number | null = null;
    await step(`nx run ${PROJECT}:ssot-baseline records the known bypasses; the report's ConfigService coverage before`, () => {
      const update = nx('run', `${PROJECT}:ssot-baseline`);
      if (update.status !== 0) fail('ssot-baseline failed', update);
      known = itemsOf(LARGE);
      if (!known.some((line) => line.includes('\tConfigService\t'))) fail(`${BASELINE} lists no ConfigService bypass in ${LARGE}`, update);
      const report = nx('run', 'platform-example:ssot-report', '--format=json');
      if (crashed(report.status)) fail('the report crashed', report);
      const entries: EntryJson[] = JSON.parse(ws.read('dist/ssot/report.json')).entries;
      coverageBefore = entries.find((entry) => entry.name === 'ConfigService')?.coverage ?? null;
      if (coverageBefore === null) fail('ConfigService has no coverage before the change', report);
    });

    // A generated-looking tail: the file stays valid TypeScript, only its size changes.
    ws.write(LARGE, `${ws.read(LARGE)}\n/*${'x'.repeat(2 * 1024 * 1024 + 1)}*/\n`);
    const kept = `${known.length} known bypasses kept: file not analysed (file-too-large) — fix the file or remove the items`;

    await step(`nx run ${PROJECT}:ssot-check passes, counts ${LARGE} apart and names the kept items`, () => {
      const run = nx('run', `${PROJECT}:ssot-check`);
      if (run.status !== 0) fail('the check failed: a known bypass was lost or read as new', run);
      if (!/\d+ files analysed \(1 not analysed: see the diagnostics\)/.test(run.output)) fail('the summary does not count the file apart', run);
      if (!run.output.includes(kept)) fail(`the check does not say "${kept}"`, run);
      const result = JSON.parse(ws.read(`dist/ssot/projects/${PROJECT}.json`));
      expect(result.notAnalysed).toEqual([{ file: LARGE, reason: 'file-too-large' }]);
      expect(result.baseline.fixed).toEqual([]);
      expect(result.baseline.kept).toHaveLength(known.length);
    });

    await step(`nx run ${PROJECT}:ssot-baseline keeps every item of ${LARGE}`, () => {
      const update = nx('run', `${PROJECT}:ssot-baseline`);
      if (update.status !== 0) fail('ssot-baseline failed', update);
      expect(itemsOf(LARGE)).toEqual(known);
      if (!update.output.includes(kept)) fail(`the update does not say "${kept}"`, update);
    });

    await step('nx run platform-example:ssot-report: the file under diagnostics, ConfigService incomplete and not improved (every format)', () => {
      const run = nx('run', 'platform-example:ssot-report');
      if (crashed(run.status)) fail('the report crashed', run);
      const report = JSON.parse(ws.read('dist/ssot/report.json'));
      const group = report.diagnostics.files.find((candidate: { code: string }) => candidate.code === 'file-too-large');
      expect(group?.places.map((place: { project: string; file: string }) => `${place.project} ${place.file}`)).toEqual([`${PROJECT} ${LARGE}`]);
      const config: EntryJson = report.entries.find((entry: EntryJson) => entry.name === 'ConfigService');
      expect(config).toMatchObject({ incomplete: true, kept: 1 });
      if (config.coverage === null || coverageBefore === null || config.coverage > coverageBefore) {
        fail(`ConfigService coverage ${config.coverage}% reads better than ${coverageBefore}% with a file not analysed`, run);
      }
      expect(report.baseline).toMatchObject({ state: 'same', fixed: 0, kept: known.length });
      expect(report.projects.find((project: { name: string }) => project.name === PROJECT)).toMatchObject({ filesNotAnalysed: 1, notAnalysed: [{ file: LARGE, reason: 'file-too-large' }] });

      // The terminal summary the report prints: the kept items in the check's words, the file per project.
      for (const text of [kept, `${PROJECT} (1): ${LARGE} (file-too-large)`]) if (!run.output.includes(text)) fail(`the report's summary does not say: ${text}`, run);

      const markdown = ws.read('dist/ssot/report.md');
      const row = markdown.split('\n').find((line) => line.startsWith('| **ConfigService** |'));
      if (!row || !/%\\\* /.test(row)) fail(`report.md does not mark ConfigService's coverage incomplete: ${row}`, run);
      for (const text of [kept, `<code>${LARGE}</code> (file-too-large)`, '\\* Incomplete:']) {
        if (!markdown.includes(text)) fail(`report.md does not say: ${text}`, run);
      }
      const page = ws.read('dist/ssot/report.html');
      const configRow = page.split('\n').find((line) => line.startsWith('<tr><td><strong>ConfigService</strong>'));
      if (!configRow?.includes('<span class="badge incomplete"')) fail(`report.html has no incomplete badge on ConfigService: ${configRow}`, run);
      const sarif = JSON.parse(ws.read('dist/ssot/report.sarif'));
      const notices: { descriptor: { id: string }; message: { text: string } }[] = sarif.runs[0].invocations[0].toolExecutionNotifications;
      expect(notices.filter((notice) => notice.descriptor.id === 'baseline-items-kept').map((notice) => notice.message.text)).toEqual([kept]);
    });
    ws.git('checkout', '--', LARGE);
  });

  it('fails the check at the inserted line when a bypass is added above a known one, in another declaration', async () => {
    const original = ws.read(INSERTED);
    // process.env.NODE_ENV in bootstrap() is a known bypass (health.controller.ts's process.env.REGION is suppressed).
    const known = original.split('\n').findIndex((line) => line.includes('process.env.NODE_ENV')) + 1;
    if (known === 0) fail(`${INSERTED} no longer reads process.env.NODE_ENV`);
    // A new function above bootstrap(): the same bypass text, in another declaration, higher up.
    const anchor = 'async function bootstrap(): Promise<void> {\n';
    const method = 'function nodeEnv(): string | undefined {\n  return process.env.NODE_ENV;\n}\n\n';
    if (!original.includes(anchor)) fail(`${INSERTED} has no "async function bootstrap" to insert above`);
    ws.write(INSERTED, original.replace(anchor, `${method}${anchor}`));
    const insertedLine = original.slice(0, original.indexOf(anchor)).split('\n').length + 1;

    await step(`nx run ${PROJECT}:ssot-check fails at ${INSERTED}:${insertedLine}, not at the known site (now line ${known + 4})`, () => {
      const run = nx('run', `${PROJECT}:ssot-check`);
      if (run.status === 0) fail('the check passed with a new bypass of an enforce:error entry', run);
      const failures = run.output.split('\n').filter((line) => line.includes(`${INSERTED}:`) && line.includes('ConfigService'));
      expect(failures).toEqual([expect.stringContaining(`${INSERTED}:${insertedLine}:10  ConfigService  process.env  — `)]);
    });
    ws.write(INSERTED, original);
  });
});
