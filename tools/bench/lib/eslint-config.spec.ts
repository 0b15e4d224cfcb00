/**
 * Row (c) of the bench is only a fair comparison if the ESLint config flags what ssot counts as
 * bypasses. The config is derived from any ssot.json (lib/eslint-config.mjs); here a workspace with
 * one matcher of each kind, a project scope and a factory is linted with the real ESLint, and every
 * bypass ssot finds (apart from imports, which ssot counts per reference and ESLint per
 * declaration) must be flagged on the same line, and nothing else.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { analyze, loadRegistry } from 'ssot-core';

const REPO_ROOT = join(__dirname, '../../..');
const CORE_DIST = join(REPO_ROOT, 'packages/ssot-core/dist');

const FILES: Record<string, string> = {
  'libs/core/project.json': JSON.stringify({ name: 'core', root: 'libs/core', tags: ['scope:shared'] }),
  'apps/api/project.json': JSON.stringify({ name: 'api', root: 'apps/api', tags: ['scope:backend'] }),
  'apps/web/project.json': JSON.stringify({ name: 'web', root: 'apps/web', tags: ['scope:frontend'] }),
  'ssot.json': JSON.stringify({
    entries: [
      { name: 'Json', source: 'libs/core/src/json.ts', bypasses: [{ global: 'JSON.parse' }] },
      { name: 'Log', source: 'libs/core/src/log.ts', bypasses: [{ global: 'console' }] },
      { name: 'Secrets', source: 'libs/core/src/secrets.ts', projects: ['tag:scope:backend'], bypasses: [{ global: 'process.env.SECRET' }, { global: 'import.meta.env' }] },
      { name: 'Http', source: 'libs/core/src/http.ts', bypasses: [{ import: 'axios' }, { import: 'lodash', names: ['get'] }] },
      { name: 'Engine', source: 'libs/core/src/engine.ts', factory: 'createEngine' },
      { name: 'Clock', source: 'libs/core/src/clock.ts', bypasses: [{ new: 'Date' }] },
      { name: 'DATE_FORMAT', source: 'libs/core/src/date-format.ts', bypasses: [{ literal: 'yyyy-MM-dd' }] },
    ],
  }),
  'libs/core/src/json.ts': 'export class Json { parse(text: string): unknown { return text; } }\n',
  'libs/core/src/log.ts': 'export class Log { info(text: string): string { return text; } }\n',
  'libs/core/src/secrets.ts': 'export class Secrets { get(name: string): string { return name; } }\n',
  'libs/core/src/http.ts': 'export class Http { get(url: string): string { return url; } }\n',
  'libs/core/src/engine.ts': 'export class Engine { run(): number { return 1; } }\nexport function createEngine(): Engine { return Object.create(Engine.prototype); }\n',
  'libs/core/src/clock.ts': 'export class Clock { now(): number { return 0; } }\n',
  'libs/core/src/date-format.ts': "export const DATE_FORMAT = 'yyyy' + '-MM-dd';\n",
  'apps/api/src/main.ts': [
    "import axios from 'axios';",
    "import { get, set } from 'lodash';",
    "import { Engine } from '../../../libs/core/src/engine';",
    "export const a = JSON.parse('{}');",
    "console.log('a');",
    'export const secret = process.env.SECRET;',
    'export const other = process.env.OTHER;',
    'export const env = import.meta.env;',
    'export const engine = new Engine();',
    'export const when = new Date();',
    "export const format = 'yyyy-MM-dd';",
    'export const template = `yyyy-MM-dd`;',
    'export const calls = [axios, get, set];',
    'export const json = JSON.stringify(a);',
    '',
  ].join('\n'),
  'apps/web/src/main.ts': ['export const secret = process.env.SECRET;', "console.log('web');", 'export const a = JSON.parse(secret ?? "1");', ''].join('\n'),
};

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ssot-bench-eslint-'));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'), 'junction');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** `file:line rule` for every ESLint problem, from a child process (the config is an ES module). */
function lintWithGeneratedConfig(): string[] {
  const script = `
    import { relative, join } from 'node:path';
    import { ESLint } from 'eslint';
    import { writeEslintConfig } from ${JSON.stringify(join(__dirname, 'eslint-config.mjs'))};
    const [root, core] = process.argv.slice(1);
    writeEslintConfig(root, core);
    const eslint = new ESLint({ cwd: root, overrideConfigFile: join(root, 'eslint.config.mjs') });
    const results = await eslint.lintFiles(['**/*.ts']);
    const lines = results.flatMap((r) => r.messages.map((m) => m.fatal ? 'fatal ' + m.message : relative(root, r.filePath) + ':' + m.line + ' ' + m.ruleId));
    console.log(JSON.stringify(lines.sort()));
  `;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script, root, CORE_DIST], { cwd: REPO_ROOT, encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').at(-1) as string);
}

describe('the bench ESLint config derived from ssot.json', () => {
  it('flags, line by line, the bypasses ssot finds: globals, deep globals, import.meta, new, factories, literals; scoped by project', () => {
    const problems = lintWithGeneratedConfig();
    expect(problems.filter((p) => p.startsWith('fatal'))).toEqual([]);
    const projects = [
      { name: 'core', root: 'libs/core', tags: ['scope:shared'] },
      { name: 'api', root: 'apps/api', tags: ['scope:backend'] },
      { name: 'web', root: 'apps/web', tags: ['scope:frontend'] },
    ];
    const result = analyze({ workspaceRoot: root, registry: loadRegistry(root, undefined, { projects }), projects });
    const bypassLines = new Set(result.sites.filter((site) => site.side === 'bypass' && site.entry !== 'Http').map((site) => `${site.file}:${site.line}`));
    const eslintLines = new Set(problems.filter((p) => !p.endsWith('no-restricted-imports')).map((p) => p.split(' ')[0]));
    expect([...eslintLines].sort()).toEqual([...bypassLines].sort());
    // The table the config must give (ssot agrees above): web is outside the Secrets scope.
    expect(problems).toEqual(
      [
        'apps/api/src/main.ts:1 no-restricted-imports',
        'apps/api/src/main.ts:2 no-restricted-imports',
        'apps/api/src/main.ts:4 no-restricted-properties',
        'apps/api/src/main.ts:5 no-restricted-globals',
        'apps/api/src/main.ts:6 no-restricted-syntax',
        'apps/api/src/main.ts:8 no-restricted-syntax',
        'apps/api/src/main.ts:9 no-restricted-syntax',
        'apps/api/src/main.ts:10 no-restricted-syntax',
        'apps/api/src/main.ts:11 no-restricted-syntax',
        'apps/api/src/main.ts:12 no-restricted-syntax',
        'apps/web/src/main.ts:2 no-restricted-globals',
        'apps/web/src/main.ts:3 no-restricted-properties',
      ].sort(),
    );
  });
});
