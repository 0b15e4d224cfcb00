import { logger } from '@nx/devkit';
import { SsotError } from 'ssot-core';

/** The end of every report run: the files it wrote, its failures as errors, success when there are none. */
export function finishReport(written: readonly string[], failures: readonly string[]): { success: boolean } {
  if (written.length > 0) logger.info(`ssot-report: wrote ${written.join(', ')}`);
  for (const failure of failures) logger.error(`ssot-report: ${failure}`);
  return { success: failures.length === 0 };
}

/** A user's mistake (`SsotError`) fails the run with its message and no stack; anything else is a defect and throws. */
export async function failOnUserError(run: () => Promise<{ success: boolean }>): Promise<{ success: boolean }> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof SsotError)) throw error;
    logger.error(error.message);
    return { success: false };
  }
}
