import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export type Tree = Record<string, string | object>;

/** A workspace on disk (the rules find their root from the linted file's path), removed by `remove`. */
export function createTempWorkspace(tree: Tree): { root: string; path(file: string): string; write(tree: Tree): void; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'eslint-plugin-ssot-'));
  const write = (files: Tree) => {
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
    }
  };
  write(tree);
  return { root, path: (file) => join(root, file), write, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * Three projects (core, api tagged scope:server, web) and three entries: Logger (console, error,
 * exempt under apps/web/src/legacy), UnifiedJSONHandler (JSON.parse, warn, only tag:scope:server),
 * Env (process.env, off). `spec` files are excluded.
 */
export const PLATFORM: Tree = {
  'nx.json': {},
  'package.json': { name: 'acme', private: true },
  'tsconfig.base.json': { compilerOptions: { baseUrl: '.', paths: { '@acme/core': ['libs/core/src/index.ts'] } } },
  'ssot.json': {
    exclude: ['**/*.spec.ts'],
    entries: [
      {
        name: 'Logger',
        source: 'libs/core/src/logger.ts',
        bypasses: [{ global: 'console' }],
        enforce: 'error',
        exemptions: [{ files: 'apps/web/src/legacy/**', reason: 'rewritten next quarter' }],
      },
      { name: 'UnifiedJSONHandler', source: 'libs/core/src/json.ts', bypasses: [{ global: 'JSON.parse', replaceWith: 'UnifiedJSONHandler.parse' }], enforce: 'warn', projects: ['tag:scope:server'] },
      { name: 'Env', source: 'libs/core/src/env.ts', bypasses: [{ global: 'process.env' }], enforce: 'off' },
    ],
  },
  'libs/core/project.json': { name: 'core', sourceRoot: 'libs/core/src' },
  'libs/core/src/index.ts': "export * from './logger';\nexport * from './json';\n",
  'libs/core/src/logger.ts': 'export class Logger {\n  info(message: string): void {\n    void message;\n  }\n}\n',
  'libs/core/src/json.ts': 'export class UnifiedJSONHandler {\n  static parse(text: string): unknown {\n    return text;\n  }\n}\n',
  'libs/core/src/env.ts': 'export class Env {}\n',
  'apps/api/project.json': { name: 'api', tags: ['scope:server'] },
  'apps/api/src/old.ts': "export function boot(): void {\n  console.log('booting');\n}\n",
  'apps/web/project.json': { name: 'web', tags: ['scope:client'] },
  'apps/web/src/main.ts': "console.info('web');\n",
};
