import { Logger } from '@platform/core';
import { runNightlyReport } from './jobs/nightly-report.job';
import { notifyUsers } from './jobs/notify-users.job';
import { reportProgress } from './progress';

// The worker's environment contract is its deployment manifest: it reads
// process.env directly and is outside the ConfigService SSOT (see ssot.json).
const logger = new Logger('worker');
const users = (process.env.WORKER_USERS ?? '').split(',').filter(Boolean);

async function main(): Promise<void> {
  logger.info('nightly run started', { users: users.length });
  let done = 0;
  for (const userId of users) {
    await runNightlyReport(userId, new Date());
    reportProgress(logger, ++done, users.length);
  }
  await notifyUsers(users, 'nightly_report_ready');
}

main().catch((error: unknown) => {
  logger.error('nightly run failed', error);
  process.exitCode = 1;
});
