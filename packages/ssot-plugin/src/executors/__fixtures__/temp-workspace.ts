import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { logger } from '@nx/devkit';

/**
 * The executor specs' shared setup: a real workspace on disk (ssot-core runs for real; only Nx's
 * context is built by hand) and what the executor logged.
 */
export function createTempWorkspace(prefix: string, files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const [file, text] of Object.entries(files)) writeWorkspaceFile(root, file, text);
  return root;
}

export function writeWorkspaceFile(root: string, file: string, text: string): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

export interface CapturedLog {
  printed: string[];
  warnings: string[];
  errors: string[];
}

/** Replaces Nx's logger for one test; clear a list with `.length = 0`, never by reassigning it. */
export function captureLogger(): CapturedLog {
  const log: CapturedLog = { printed: [], warnings: [], errors: [] };
  jest.spyOn(logger, 'info').mockImplementation((line: string) => void log.printed.push(line));
  jest.spyOn(logger, 'warn').mockImplementation((line: string) => void log.warnings.push(line));
  jest.spyOn(logger, 'error').mockImplementation((line: string) => void log.errors.push(line));
  return log;
}

export function removeTempWorkspace(root: string): void {
  jest.restoreAllMocks();
  rmSync(root, { recursive: true, force: true });
}
