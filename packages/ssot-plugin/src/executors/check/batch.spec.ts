import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ExecutorContext, Task, TaskGraph } from '@nx/devkit';
import { captureLogger, CHECK_WORKSPACE_FILES, checkWorkspaceContext, createTempWorkspace, removeTempWorkspace } from '../__fixtures__/temp-workspace';
import checkBatch, { type BatchTaskResult } from './batch';
import checkExecutor from './executor';
import { CheckSession } from './run-check';
import type { CheckExecutorSchema } from './schema';

/**
 * Nx batch mode must be invisible in what a task leaves behind: for any sequence of tasks, the batch
 * writes the same files, succeeds or fails the same tasks, and gives each task as its terminal
 * output the lines the single-task executor would have printed for it.
 */
interface Step {
  project: string;
  target?: string;
  options: CheckExecutorSchema;
}

const TODAY = '2025-12-01';
let roots: string[] = [];

afterEach(() => {
  for (const root of roots) removeTempWorkspace(root);
  roots = [];
});

function workspace(extra: Record<string, string> = {}): string {
  const root = createTempWorkspace('ssot-check-batch-', { ...CHECK_WORKSPACE_FILES, ...extra });
  roots.push(root);
  return root;
}

const taskId = (step: Step) => `${step.project}:${step.target ?? 'ssot-check'}`;

function taskGraph(steps: Step[]): TaskGraph {
  const tasks: Record<string, Task> = {};
  for (const step of steps) {
    const id = taskId(step);
    tasks[id] = { id, target: { project: step.project, target: step.target ?? 'ssot-check' }, overrides: {}, outputs: [], cache: true, parallelism: true };
  }
  return { roots: Object.keys(tasks), tasks, dependencies: {}, continuousDependencies: {} };
}

/** Every file under the workspace except the sources: results and baselines. */
function outputs(root: string): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!(relative(root, path) in CHECK_WORKSPACE_FILES)) found[relative(root, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(root);
  return found;
}

async function runSingly(root: string, steps: Step[]): Promise<Array<{ task: string; success: boolean; terminalOutput: string }>> {
  const runs = [];
  for (const step of steps) {
    const log = captureLogger();
    const { success } = await checkExecutor(step.options, { ...checkWorkspaceContext(root, step.project), targetName: step.target ?? 'ssot-check' });
    runs.push({ task: taskId(step), success, terminalOutput: log.all.length > 0 ? `${log.all.join('\n')}\n` : '' });
    jest.restoreAllMocks();
  }
  return runs;
}

async function runBatched(root: string, steps: Step[], context: ExecutorContext = checkWorkspaceContext(root, undefined)): Promise<BatchTaskResult[]> {
  const inputs = Object.fromEntries(steps.map((step) => [taskId(step), step.options]));
  const results: BatchTaskResult[] = [];
  for await (const result of checkBatch(taskGraph(steps), inputs, {}, context)) results.push(result);
  return results;
}

describe('ssot-plugin:check in Nx batch mode', () => {
  it.each<[string, Step[], RegExp, Record<string, string>?]>([
    ['both projects', [{ project: 'web', options: { today: TODAY } }, { project: 'core', options: {} }], /ssot-check web: [^]*ssot-check core: /],
    [
      'a check, the baseline of the same project, then the other project',
      [{ project: 'web', options: { today: TODAY } }, { project: 'web', target: 'ssot-baseline', options: { today: TODAY, updateBaseline: true } }, { project: 'core', options: { today: TODAY } }],
      /baseline apps\/web\/ssot-baseline\.txt created/,
    ],
    ['a damaged baseline replaced', [{ project: 'web', target: 'ssot-baseline', options: { today: TODAY, updateBaseline: true } }], /is damaged/, { 'apps/web/ssot-baseline.txt': 'not a baseline\n' }],
    ['two days (an expired exemption in one)', [{ project: 'web', options: { today: TODAY } }, { project: 'core', options: { today: '2026-01-02' } }], /ssot-check core/],
    ['a task whose registry is invalid, between good ones', [{ project: 'web', options: { today: TODAY } }, { project: 'core', options: { registry: 'bad.json' } }], /bad\.json/],
    ['a registry warning, printed with every task', [{ project: 'web', options: { registry: 'warned.json' } }, { project: 'core', options: { registry: 'warned.json' } }], /ssot: warning: [^]*ssot: warning: /],
    ['an unknown project and a bad option', [{ project: 'nope', options: {} }, { project: 'web', options: { today: '2026-02-30' } }], /Unknown project "nope"[^]*must be a calendar day/],
    ['custom output files', [{ project: 'web', options: { outputFile: 'reports/{projectRoot}/{projectName}.json' } }, { project: 'core', options: { outputFile: 'out/core.json' } }], /result in out\/core\.json/],
  ])('gives what single tasks give: %s', async (_name, steps, shown, extra = {}) => {
    const files = {
      'bad.json': '{ "entries": [{ "name": 1 }] }',
      'warned.json': JSON.stringify({ entries: [{ name: 'Json', source: 'libs/core/src/json.ts', projects: ['tag:missing'], bypasses: [{ global: 'JSON.parse' }] }] }),
      ...extra,
    };
    const single = workspace(files);
    const batched = workspace(files);
    const expected = await runSingly(single, steps);
    const results = await runBatched(batched, steps);
    expect(results.map(({ task, result }) => ({ task, success: result.success, terminalOutput: result.terminalOutput }))).toEqual(expected);
    expect(results.map(({ result }) => result.terminalOutput).join('')).toMatch(shown);
    expect(outputs(batched)).toEqual(outputs(single));
    for (const { result } of results) expect(result.endTime).toBeGreaterThanOrEqual(result.startTime);
  });

  it('loads the registry once for the whole batch', async () => {
    const root = workspace();
    const registryReads = jest.spyOn(CheckSession.prototype as unknown as { getChecker: () => unknown }, 'getChecker');
    await runBatched(root, [{ project: 'web', options: { today: TODAY } }, { project: 'core', options: { today: TODAY } }]);
    expect(registryReads).toHaveBeenCalledTimes(2);
    const created = new Set(registryReads.mock.results.map((r) => r.value));
    expect(created.size).toBe(1);
  });

  it('fails only the task that hits a defect, with its stack, and runs the others', async () => {
    const root = workspace();
    const run = CheckSession.prototype.run;
    jest.spyOn(CheckSession.prototype, 'run').mockImplementation(function (this: CheckSession, options, context, output) {
      if (context.projectName === 'web') throw new Error('boom');
      return run.call(this, options, context, output);
    });
    const results = await runBatched(root, [{ project: 'web', options: { today: TODAY } }, { project: 'core', options: { today: TODAY } }]);
    expect(results.map(({ task, result }) => [task, result.success])).toEqual([['web:ssot-check', false], ['core:ssot-check', true]]);
    expect(results[0].result.terminalOutput).toMatch(/^ssot-check web: internal error, please report it with this output:\nError: boom\n\s+at /);
    expect(JSON.parse(readFileSync(join(root, 'dist/ssot/projects/core.json'), 'utf8')).project).toBe('core');
  });

  it('writes nothing for an empty batch', async () => {
    const root = workspace();
    writeFileSync(join(root, 'marker'), '');
    expect(await runBatched(root, [])).toEqual([]);
    expect(Object.keys(outputs(root))).toEqual(['marker']);
  });
});
