import { parentPort, workerData } from 'node:worker_threads';
import { runLaneTask, type LaneTask } from './batch-lanes';
import { CheckSession } from './run-check';
import type { CheckWorkspace } from './workspace-projects';

/**
 * A worker thread of a batch (see batch.ts): its own check session over the workspace, one task
 * per message, its result (the task's lines) posted back.
 */
const session = new CheckSession(workerData as CheckWorkspace);

parentPort?.on('message', (task: LaneTask) => parentPort?.postMessage(runLaneTask(session, task)));
