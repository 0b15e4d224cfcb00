import { parentPort, workerData } from 'node:worker_threads';
import { laneContext, runLaneTask, type LaneTask, type LaneWorkspace } from './batch-lanes';
import { CheckSession } from './run-check';

/**
 * A worker thread of a batch (see batch.ts): its own check session over the workspace, one task
 * per message, its result (the task's lines) posted back.
 */
const workspace = workerData as LaneWorkspace;
const context = laneContext(workspace);
const session = new CheckSession(context);

parentPort?.on('message', (task: LaneTask) => parentPort?.postMessage(runLaneTask(session, context, task)));
