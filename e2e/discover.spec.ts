import { join } from 'node:path';
import { buildPackages, E2eWorkspace, fail, REPO_ROOT, step } from './support/e2e-workspace';

/**
 * Issue 18 end to end with the real Nx CLI, on a copy of examples/platform whose registry is
 * emptied as after `nx add ssot-plugin`: `discover --dry-run` prints the proposal and writes
 * nothing; `--apply` adds it to ssot.json; the report then counts what the proposal said, and
 * for the logger, the execution engine and the date format exactly what the hand-counted answer key says.
 */
const EXAMPLE = join(REPO_ROOT, 'examples/platform');
const EMPTY_REGISTRY = '{\n  "$schema": "./node_modules/ssot-core/schema/registry.schema.json",\n  "entries": []\n}\n';

interface AnswerKey {
  today: string;
  entries: Record<string, { usage: number; bypass: number }>;
}

interface Report {
  entries: { name: string; usage: number; bypass: number }[];
}

let ws: E2eWorkspace;
let key: AnswerKey;

beforeAll(async () => {
  await step('build the packages (node tools/build.mjs)', buildPackages);
  ws = await step('copy examples/platform with an empty registry, link node_modules, git commit', () => {
    const workspace = E2eWorkspace.fromFolder(EXAMPLE);
    workspace.write('ssot.json', EMPTY_REGISTRY);
    workspace.commit('empty registry');
    return workspace;
  });
  key = JSON.parse(ws.read('answer-key.json'));
});
afterAll(() => ws?.dispose());

it('discover --dry-run proposes the example SSOTs and writes nothing', async () => {
  const run = await step('nx g ssot-plugin:discover --dry-run', () => ws.nx('g', 'ssot-plugin:discover', '--dry-run', '--no-interactive'));
  if (run.status !== 0) fail('discover --dry-run failed', run);
  expect(run.output).toContain('discover: 6 entries proposed');
  for (const line of [
    'Logger (libs/core/src/logging/logger.ts)',
    'UnifiedJSONHandler (libs/core/src/serialization/unified-json-handler.ts)',
    'ExecutionEngine (libs/engine/src/execution-engine.ts)',
    'ConfigService (libs/core/src/config/config.service.ts)',
    'UnifiedWebSocketManager (libs/realtime/src/unified-websocket-manager.ts)',
    'DATE_FORMAT (libs/core/src/time/date-format.ts)',
  ]) {
    expect(run.output).toContain(line);
  }
  expect(ws.read('ssot.json')).toBe(EMPTY_REGISTRY);
  expect(ws.git('status', '--porcelain').output.trim()).toBe('');
});

it('discover --apply adds the entries, and the report counts them as the answer key where the code says all', async () => {
  const apply = await step('nx g ssot-plugin:discover --apply', () => ws.nx('g', 'ssot-plugin:discover', '--apply', '--no-interactive'));
  if (apply.status !== 0) fail('discover --apply failed', apply);
  expect(apply.output).toContain('Added 6 entries to ssot.json. Next: nx run-many -t ssot-check, then nx run platform-example:ssot-report.');
  expect(ws.git('status', '--porcelain').output.trim()).toBe('M ssot.json');
  const again = await step('nx g ssot-plugin:discover --apply (again)', () => ws.nx('g', 'ssot-plugin:discover', '--apply', '--no-interactive'));
  expect(again.output).toContain('discover: 0 entries proposed');
  const report = await step('nx run platform-example:ssot-report', () => ws.nx('run', 'platform-example:ssot-report', '--output-style=static', `--today=${key.today}`));
  if (report.status !== 0) fail('the report failed', report);
  const entries = (JSON.parse(ws.read('dist/ssot/report.json')) as Report).entries;
  const counts = Object.fromEntries(entries.map((entry) => [entry.name, [entry.usage, entry.bypass]]));
  expect(counts.Logger).toEqual([key.entries.Logger.usage, key.entries.Logger.bypass]);
  expect(counts.ExecutionEngine).toEqual([key.entries.ExecutionEngine.usage, key.entries.ExecutionEngine.bypass]);
  expect(counts.DATE_FORMAT).toEqual([key.entries.DATE_FORMAT.usage, key.entries.DATE_FORMAT.bypass]);
  expect(Object.keys(counts).sort()).toEqual(['ConfigService', 'DATE_FORMAT', 'ExecutionEngine', 'Logger', 'UnifiedJSONHandler', 'UnifiedWebSocketManager']);
});
