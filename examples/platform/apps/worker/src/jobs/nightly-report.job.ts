import { format } from 'date-fns';
import { ISO_DATE_FORMAT, Logger } from '@platform/core';
import { ExecutionEngine, getExecutionEngine } from '@platform/engine';
import { ReportExporter } from '@platform/legacy';

const logger = new Logger('nightly-report');

/** The user's nightly summary, temp-file housekeeping, then the legacy export of the same day. */
export async function runNightlyReport(userId: string, day: Date): Promise<void> {
  const engine = getExecutionEngine(userId);
  const summary = await engine.execute({ name: 'nightly-summary', input: { day: format(day, ISO_DATE_FORMAT) } });
  logger.info('summary ready', { userId, ms: summary.durationMs });

  // Housekeeping belongs to no user, so it was written against a bare engine.
  const housekeeping = new ExecutionEngine();
  await housekeeping.execute({ name: 'purge-temp-files', input: { before: format(day, 'yyyy-MM-dd') } });

  const exported = await new ReportExporter().export(day);
  if (exported === undefined) logger.warn('legacy export produced nothing', { userId });
}
