import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { logger, type ExecutorContext, type ProjectGraph } from '@nx/devkit';

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

/**
 * Nx's context for a two-project workspace (web, core) with a root project `workspace` that has
 * the report: what the report executor specs run the check and report executors in.
 */
export function reportWorkspaceContext(root: string, projectName: string, outputFileOf = (name: string) => `dist/ssot/projects/${name}.json`): ExecutorContext {
  const check = (name: string) => ({ executor: 'ssot-plugin:check', options: { outputFile: outputFileOf(name) } });
  const projectGraph: ProjectGraph = {
    nodes: {
      web: { name: 'web', type: 'app', data: { root: 'apps/web', tags: [], targets: { 'ssot-check': check('web') } } },
      core: { name: 'core', type: 'lib', data: { root: 'libs/core', tags: [], targets: { 'ssot-check': check('core') } } },
      workspace: { name: 'workspace', type: 'lib', data: { root: '.', tags: [], targets: { 'ssot-report': { executor: 'ssot-plugin:report' } } } },
    },
    dependencies: {},
  };
  const targetName = projectName === 'workspace' ? 'ssot-report' : 'ssot-check';
  return { root, cwd: root, isVerbose: false, projectName, targetName, projectGraph, projectsConfigurations: { version: 2, projects: {} }, nxJsonConfiguration: {} };
}
