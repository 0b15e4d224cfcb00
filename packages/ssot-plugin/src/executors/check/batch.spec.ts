import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Task, TaskGraph } from '@nx/devkit';
import { captureLogger, CHECK_WORKSPACE_FILES, checkWorkspaceContext, createTempWorkspace, removeTempWorkspace } from '../__fixtures__/temp-workspace';
import checkBatch, { type BatchTaskResult } from './batch';
import { createWorkerLane, runLaneTask, type Lane } from './batch-lanes';
import type { CheckWorkspace } from './workspace-projects';
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
      if (relative(root, path) === '.nx') continue; // Nx's cache folder (ssot's facts cache): no output of a task
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

/** A lane with its own session, like a worker thread's, answering on a later turn of the event loop. */
function inProcessLane(workspace: CheckWorkspace): Lane {
  const session = new CheckSession(workspace);
  return {
    run: (task) => new Promise((resolve) => setImmediate(() => resolve(runLaneTask(session, task)))),
    close: async () => undefined,
  };
}

const WORKER_SCRIPT = join(__dirname, '../../../dist/executors/check/batch-worker.js');

async function runBatched(root: string, steps: Step[], lanes = 2, createLane: (workspace: CheckWorkspace) => Lane = inProcessLane): Promise<BatchTaskResult[]> {
  const inputs = Object.fromEntries(steps.map((step) => [taskId(step), step.options]));
  const results: BatchTaskResult[] = [];
  process.env.SSOT_BATCH_WORKERS = String(lanes);
  try {
    for await (const result of checkBatch(taskGraph(steps), inputs, {}, checkWorkspaceContext(root, undefined), createLane)) results.push(result);
  } finally {
    delete process.env.SSOT_BATCH_WORKERS;
  }
  // Lanes finish in any order; Nx takes each result by its task id.
  return results.sort((a, b) => steps.findIndex((step) => taskId(step) === a.task) - steps.findIndex((step) => taskId(step) === b.task));
}

describe('ssot-plugin:check in Nx batch mode', () => {
  // Lanes run tasks at the same time, as Nx runs separate processes: only independent tasks there.
  // The sequence that writes a baseline and reads it runs on one lane, in order.
  const cases: Array<[string, Step[], RegExp, Record<string, string>?]> = [
    ['both projects', [{ project: 'web', options: { today: TODAY } }, { project: 'core', options: {} }], /ssot-check web: [^]*ssot-check core: /],
    [
      'a check, the baseline of the same project, then the other project',
      [{ project: 'web', options: { today: TODAY } }, { project: 'web', target: 'ssot-baseline', options: { today: TODAY, updateBaseline: true } }, { project: 'core', options: { today: TODAY } }],
      /baseline apps\/web\/ssot-baseline\.txt created/,
    ],
    ['a damaged baseline replaced', [{ project: 'web', target: 'ssot-baseline', options: { today: TODAY, updateBaseline: true } }], /is damaged/, { 'apps/web/ssot-baseline.txt': 'not a baseline\n' }],
    ['two days (an expired exemption in one)', [{ project: 'web', options: { today: TODAY } }, { project: 'core', options: { today: '2026-01-02' } }], /ssot-check core/],
    ['a task whose registry is invalid, between good ones', [{ project: 'web', options: { today: TODAY } }, { project: 'core', options: { registry: 'bad.json' } }], /bad\.json/],
    ['a registry warning, printed by no task', [{ project: 'web', options: { registry: 'warned.json' } }, { project: 'core', options: { registry: 'warned.json' } }], /^(?![^]*ssot: warning)[^]*ssot-check core: /],
    ['an unknown project and a bad option', [{ project: 'nope', options: {} }, { project: 'web', options: { today: '2026-02-30' } }], /Unknown project "nope"[^]*must be a calendar day/],
    ['custom output files', [{ project: 'web', options: { outputFile: 'reports/{projectRoot}/{projectName}.json' } }, { project: 'core', options: { outputFile: 'out/core.json' } }], /result in out\/core\.json/],
  ];
  const sequence = 'a check, the baseline of the same project, then the other project';
  it.each(cases.flatMap(([name, ...rest]) => (name === sequence ? [[1, name, ...rest] as const] : [[1, name, ...rest] as const, [2, name, ...rest] as const])))('on %i lane(s), gives what single tasks give: %s', async (lanes, _name, steps, shown, extra = {}) => {
    const files = {
      'bad.json': '{ "entries": [{ "name": 1 }] }',
      'warned.json': JSON.stringify({ entries: [{ name: 'Json', source: 'libs/core/src/json.ts', projects: ['tag:missing'], bypasses: [{ global: 'JSON.parse' }] }] }),
      ...extra,
    };
    const single = workspace(files);
    const batched = workspace(files);
    const expected = await runSingly(single, steps);
    const results = await runBatched(batched, steps, lanes);
    expect(results.map(({ task, result }) => ({ task, success: result.success, terminalOutput: result.terminalOutput }))).toEqual(expected);
    expect(results.map(({ result }) => result.terminalOutput).join('')).toMatch(shown);
    expect(outputs(batched)).toEqual(outputs(single));
    for (const { result } of results) expect(result.endTime).toBeGreaterThanOrEqual(result.startTime);
  });

  it('prints the registry warnings once for the whole batch, in no task\'s output, whatever the lanes', async () => {
    const root = workspace({ 'warned.json': JSON.stringify({ entries: [{ name: 'Json', source: 'libs/core/src/json.ts', projects: ['tag:missing', 'web'], bypasses: [{ global: 'JSON.parse' }] }] }) });
    const log = captureLogger();
    const steps: Step[] = [
      { project: 'web', options: { registry: 'warned.json', today: TODAY } },
      { project: 'core', options: { registry: 'warned.json', today: '2026-01-02' } },
      { project: 'nope', options: { registry: 'warned.json' } },
    ];
    const results = await runBatched(root, steps, 2);
    expect(log.warnings).toEqual([
      'ssot: warning: warned.json:1:73 $.entries[0].projects[0]: expected a pattern that matches a project of the workspace (entry "Json"; a name or glob, "tag:<tag>", "!" to leave out, "(none)"), found "tag:missing", which matches none of the 2 projects',
    ]);
    expect(results.map(({ result }) => result.terminalOutput).join('')).not.toContain('ssot: warning');
  });

  it('loads the registry once per lane', async () => {
    const root = workspace();
    const registryReads = jest.spyOn(CheckSession.prototype as unknown as { getChecker: () => unknown }, 'getChecker');
    await runBatched(root, [{ project: 'web', options: { today: TODAY } }, { project: 'core', options: { today: TODAY } }], 1);
    // Once per task, and once per task before the batch runs to collect the registry's warnings.
    expect(registryReads).toHaveBeenCalledTimes(4);
    const created = new Set(registryReads.mock.results.map((r) => r.value));
    expect(created.size).toBe(1);
  });

  it('fails only the task that hits a defect, with its stack, and runs the others', async () => {
    const root = workspace();
    const run = CheckSession.prototype.run;
    jest.spyOn(CheckSession.prototype, 'run').mockImplementation(function (this: CheckSession, task, output) {
      if (task.project === 'web') throw new Error('boom');
      return run.call(this, task, output);
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

  it('runs on real worker threads (the built batch-worker.js) with the same results', async () => {
    if (!existsSync(WORKER_SCRIPT)) throw new Error(`${WORKER_SCRIPT} is missing: run npm run build first (npm test does)`);
    const steps: Step[] = [{ project: 'web', options: { today: TODAY } }, { project: 'core', options: { today: TODAY } }, { project: 'nope', options: {} }];
    const single = workspace();
    const batched = workspace();
    const expected = await runSingly(single, steps);
    const results = await runBatched(batched, steps, 3, (ws) => createWorkerLane(ws, WORKER_SCRIPT));
    expect(results.map(({ task, result }) => ({ task, success: result.success, terminalOutput: result.terminalOutput }))).toEqual(expected);
    expect(outputs(batched)).toEqual(outputs(single));
  });

  it('fails the task of a worker that dies, and finishes the batch on the other lanes', async () => {
    const root = workspace({ 'crash.js': "require('node:worker_threads').parentPort.on('message', () => process.exit(7));\n" });
    const steps: Step[] = [{ project: 'web', options: { today: TODAY } }, { project: 'core', options: { today: TODAY } }];
    const results = await runBatched(root, steps, 2, () => createWorkerLane({ root, projects: [] }, join(root, 'crash.js')));
    const byTask = Object.fromEntries(results.map(({ task, result }) => [task, result]));
    // The worker lane takes the second half (core) and dies with it; the calling thread checks web.
    expect(byTask['core:ssot-check']).toMatchObject({ success: false, terminalOutput: 'ssot-check core: the batch worker stopped (exit code 7); run it alone with --batch=false to see more.\n' });
    expect(byTask['web:ssot-check'].terminalOutput).toMatch(/^ssot-check web: 2 files analysed/);
    expect(JSON.parse(readFileSync(join(root, 'dist/ssot/projects/web.json'), 'utf8')).project).toBe('web');
  });
});
