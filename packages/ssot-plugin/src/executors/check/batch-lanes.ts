import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckOutput, CheckSession } from './run-check';
import type { CheckExecutorSchema } from './schema';
import type { CheckWorkspace } from './workspace-projects';

/** One task of a batch as a lane needs it: plain data, so it can cross to a worker thread. */
export interface LaneTask {
  id: string;
  project: string;
  target: string;
  configuration?: string;
  options: CheckExecutorSchema;
}

export interface LaneResult {
  id: string;
  success: boolean;
  lines: string[];
  startTime: number;
  endTime: number;
  /** The lane's worker died: it takes no more tasks. */
  laneDied?: boolean;
  /** It died before this task started: another lane runs it. */
  notStarted?: boolean;
}

/** Runs one task at a time; `close` ends it. A lane that dies fails its task and takes no more. */
export interface Lane {
  run(task: LaneTask): Promise<LaneResult>;
  close(): Promise<void>;
}


/** Collects a task's lines: what the single-task executor would print, in order. */
export function collectLines(): { lines: string[]; output: CheckOutput } {
  const lines: string[] = [];
  const push = (line: string) => void lines.push(line);
  return { lines, output: { info: push, warn: push, error: push } };
}

/** A task that threw (a defect, not the user's input): it fails with the stack; the others still run. */
export function defectLines(project: string, error: unknown): string[] {
  return [`ssot-check ${project}: internal error, please report it with this output:`, error instanceof Error ? (error.stack ?? error.message) : String(error)];
}

/**
 * How many lanes check a batch at once: as many as Nx would have run processes (`NX_PARALLEL`,
 * else nx.json's `parallel`, else Nx's default 3), at most one per two cores, never more than
 * tasks. A lane's garbage collector keeps much of a second core busy: on the 2-core bench machine
 * (tools/bench) a second lane cost 25–35 % more CPU and gained no wall time, so there the calling
 * thread works alone. `SSOT_BATCH_WORKERS` overrides the count (1 = the calling thread alone).
 * Nx's `--parallel` flag does not reach the batch process.
 */
export function countLanes(tasks: number, env: NodeJS.ProcessEnv = process.env, cores = availableParallelism(), nxJsonParallel?: number): number {
  const asked = wholeNumber(env.SSOT_BATCH_WORKERS);
  const parallel = asked ?? wholeNumber(env.NX_PARALLEL) ?? wholeNumber(nxJsonParallel) ?? 3;
  const coreCap = asked ?? Math.max(1, Math.floor(cores / 2));
  return Math.max(1, Math.min(parallel, coreCap, tasks));
}

function wholeNumber(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isInteger(number) && number >= 1 ? number : undefined;
}

/** A worker thread with its own check session (`batch-worker.js` next to this file in dist). */
export function createWorkerLane(workspace: CheckWorkspace, script = join(__dirname, 'batch-worker.js')): Lane {
  const worker = new Worker(script, { workerData: workspace });
  let pending: { task: LaneTask; resolve: (result: LaneResult) => void } | undefined;
  let dead: string | undefined;
  const fail = (why: string) => {
    dead ??= why;
    if (!pending) return;
    const { task, resolve } = pending;
    pending = undefined;
    const now = Date.now();
    resolve({ id: task.id, success: false, lines: [`ssot-check ${task.project}: the batch worker stopped (${dead}); run it alone with --batch=false to see more.`], startTime: now, endTime: now, laneDied: true });
  };
  worker.on('message', (result: LaneResult) => {
    const current = pending;
    pending = undefined;
    current?.resolve(result);
  });
  worker.on('error', (error) => fail(error.stack ?? error.message));
  worker.on('exit', (code) => fail(`exit code ${code}`));
  return {
    run(task) {
      if (dead !== undefined) return Promise.resolve({ id: task.id, success: false, lines: [], startTime: 0, endTime: 0, laneDied: true, notStarted: true });
      return new Promise((resolve) => {
        pending = { task, resolve };
        worker.postMessage(task);
      });
    },
    async close() {
      dead ??= 'closed';
      await worker.terminate();
    },
  };
}

/**
 * The tasks cut into one contiguous slice per lane. Neighbours in Nx's order tend to share
 * dependencies, so a lane that keeps to its slice parses fewer of the files another lane parses
 * too; a lane whose slice is done takes from the end of the longest one left.
 */
export class SliceQueue {
  private readonly slices: LaneTask[][];

  constructor(tasks: readonly LaneTask[], lanes: number) {
    const size = Math.ceil(tasks.length / Math.max(1, lanes));
    this.slices = Array.from({ length: Math.max(1, lanes) }, (_, lane) => tasks.slice(lane * size, (lane + 1) * size));
  }

  get size(): number {
    return this.slices.reduce((sum, slice) => sum + slice.length, 0);
  }

  take(lane: number): LaneTask | undefined {
    const own = this.slices[lane];
    if (own.length > 0) return own.shift();
    const longest = this.slices.reduce((a, b) => (b.length > a.length ? b : a));
    return longest.pop();
  }

  /** A task a lane could not start goes back to the front of that lane's slice, for the others to take. */
  giveBack(lane: number, task: LaneTask): void {
    this.slices[lane].unshift(task);
  }
}

/**
 * Runs every task on the calling thread (`runHere`, lane 0) and `lanes` (1…n), each lane keeping
 * to its slice of the queue, and yields each result as soon as it is known. The calling thread
 * gives the event loop a turn after each of its tasks so that the workers are fed meanwhile.
 */
export async function* runOnLanes(tasks: LaneTask[], runHere: (task: LaneTask) => LaneResult, lanes: Lane[]): AsyncGenerator<LaneResult> {
  const queue = new SliceQueue(tasks, lanes.length + 1);
  const ready: LaneResult[] = [];
  const idle = lanes.map((_, index) => index + 1);
  let busy = 0;
  let wake: (() => void) | undefined;
  const dispatch = () => {
    while (idle.length > 0 && queue.size > 0) {
      const index = idle.shift() as number;
      const task = queue.take(index) as LaneTask;
      busy += 1;
      void lanes[index - 1].run(task).then((result) => {
        busy -= 1;
        // A lane whose worker died is not fed again: the task it had fails, one it never started
        // goes back to the queue, and the other lanes (the calling thread at least) finish.
        if (result.notStarted) queue.giveBack(index, task);
        else ready.push(result);
        if (!result.laneDied) idle.push(index);
        wake?.();
      });
    }
  };
  try {
    while (queue.size > 0 || busy > 0 || ready.length > 0) {
      dispatch();
      while (ready.length > 0) yield ready.shift() as LaneResult;
      const task = queue.take(0);
      if (task) {
        yield runHere(task);
        await new Promise((resolve) => setImmediate(resolve));
      } else if (busy > 0) {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
    }
  } finally {
    await Promise.all(lanes.map((lane) => lane.close()));
  }
}

/** One task on a session: what the single-task executor would print, as lines; a defect fails only this task. */
export function runLaneTask(session: CheckSession, task: LaneTask): LaneResult {
  const startTime = Date.now();
  const { lines, output } = collectLines();
  let success: boolean;
  try {
    success = session.run(task, output);
  } catch (error) {
    lines.push(...defectLines(task.project, error));
    success = false;
  }
  return { id: task.id, success, lines, startTime, endTime: Date.now() };
}
