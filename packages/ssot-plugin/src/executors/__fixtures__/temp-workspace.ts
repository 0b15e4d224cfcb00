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
  /** Every line in the order it was logged, whatever its level. */
  all: string[];
}

/** Replaces Nx's logger for one test; clear a list with `.length = 0`, never by reassigning it. */
export function captureLogger(): CapturedLog {
  const log: CapturedLog = { printed: [], warnings: [], errors: [], all: [] };
  const capture = (list: string[]) => (line: string) => void (list.push(line), log.all.push(line));
  jest.spyOn(logger, 'info').mockImplementation(capture(log.printed));
  jest.spyOn(logger, 'warn').mockImplementation(capture(log.warnings));
  jest.spyOn(logger, 'error').mockImplementation(capture(log.errors));
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

/** The check executor specs' workspace: core owns two SSOTs (Json enforced, Log warned), web bypasses both. */
export const CHECK_WORKSPACE_FILES: Record<string, string> = {
  'tsconfig.base.json': JSON.stringify({ compilerOptions: { paths: { '@acme/core': ['libs/core/src/index.ts'] } } }),
  'ssot.json': JSON.stringify({
    entries: [
      {
        name: 'Json',
        source: 'libs/core/src/json.ts',
        bypasses: [{ global: 'JSON.parse' }],
        enforce: 'error',
        exemptions: [{ files: 'apps/web/src/old.ts', reason: 'legacy', expires: '2026-01-01' }],
      },
      { name: 'Log', source: 'libs/core/src/log.ts', bypasses: [{ global: 'console' }], enforce: 'warn' },
    ],
  }),
  'libs/core/src/json.ts': 'export class Json {\n  parse(text: string): unknown {\n    return JSON.parse(text);\n  }\n}\n',
  'libs/core/src/log.ts': 'export class Log {\n  info(message: string): void {\n    console.log(message);\n  }\n}\n',
  'libs/core/src/index.ts': "export * from './json';\nexport * from './log';\n",
  'apps/web/src/main.ts': [
    "import { Json } from '@acme/core';",
    'const json = new Json();',
    "export const a = json.parse('{}');",
    "export const b = JSON.parse('{}');",
    'console.log(a, b);',
    '',
  ].join('\n'),
  'apps/web/src/old.ts': "export const c = JSON.parse('[]');\n",
};

/** Nx's context for one task of that workspace (`webName` renames the web project, e.g. scoped). */
export function checkWorkspaceContext(root: string, projectName: string | undefined, webName = 'web'): ExecutorContext {
  const projectGraph: ProjectGraph = {
    nodes: {
      core: { name: 'core', type: 'lib', data: { root: 'libs/core', tags: ['scope:shared'] } },
      [webName]: { name: webName, type: 'app', data: { root: 'apps/web', tags: [] } },
    },
    dependencies: { core: [], [webName]: [{ source: webName, target: 'core', type: 'static' }] },
  };
  return { root, cwd: root, isVerbose: false, projectName, targetName: 'ssot-check', projectGraph, projectsConfigurations: { version: 2, projects: {} }, nxJsonConfiguration: {} };
}
