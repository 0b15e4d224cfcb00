import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildPackages, fail, REPO_ROOT, step } from './support/e2e-workspace';
import { runEslintJson } from './support/eslint-cli';
import { runCommand } from './support/run-command';
import { packPackage } from './tarball/pack-packages';

/**
 * ESLint 8 with its legacy `.eslintrc.json`: eslint@8 and typescript-eslint's parser from the npm
 * registry, eslint-plugin-ssot and ssot-core from their packed tarballs, `extends:
 * ["plugin:ssot/legacy-recommended"]`. The same messages and fixes as under ESLint 9.
 */
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const installed = (name: string): string => JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;

const tree: Record<string, string> = {
  'package.json': json({ name: 'lint-me-8', private: true }),
  'nx.json': json({}),
  'tsconfig.base.json': json({ compilerOptions: { strict: true, paths: { '@acme/core': ['libs/core/src/index.ts'] } } }),
  'ssot.json': json({
    entries: [
      { name: 'Logger', source: 'libs/core/src/logger.ts', bypasses: [{ global: 'console' }], enforce: 'error' },
      { name: 'UnifiedJSONHandler', source: 'libs/core/src/json.ts', bypasses: [{ global: 'JSON.parse', replaceWith: 'UnifiedJSONHandler.parse' }], enforce: 'warn' },
    ],
  }),
  '.eslintrc.json': json({
    root: true,
    parser: '@typescript-eslint/parser',
    plugins: ['ssot'],
    extends: ['plugin:ssot/legacy-recommended'],
    ignorePatterns: ['node_modules/', 'dist/'],
  }),
  'libs/core/project.json': json({ name: 'core' }),
  'libs/core/src/index.ts': "export * from './logger';\nexport * from './json';\n",
  'libs/core/src/logger.ts': 'export class Logger {\n  info(message: string): void {\n    void message;\n  }\n}\n',
  'libs/core/src/json.ts': 'export class UnifiedJSONHandler {\n  static parse(text: string): unknown {\n    return text;\n  }\n}\n',
  'apps/api/project.json': json({ name: 'api' }),
  'apps/api/src/main.ts': "export function boot(text: string): unknown {\n  console.log('booting');\n  return JSON.parse(text);\n}\nexport const parse = JSON.parse;\n",
};

let sandbox: string;
let root: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  await step('build the packages (node tools/build.mjs)', buildPackages);
  sandbox = mkdtempSync(join(tmpdir(), 'ssot-eslint8-e2e-'));
  root = join(sandbox, 'workspace');
  for (const [file, text] of Object.entries(tree)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  mkdirSync(join(sandbox, 'home'));
  mkdirSync(join(sandbox, 'tarballs'));
  // ESLINT_USE_FLAT_CONFIG=false: ESLint 8 reads .eslintrc.json (its default; said so the run cannot drift to flat config).
  env = { ...process.env, HOME: join(sandbox, 'home'), npm_config_cache: join(process.env.HOME ?? '', '.npm'), ESLINT_USE_FLAT_CONFIG: 'false', NODE_DEBUG: 'ssot', FORCE_COLOR: '0', NO_COLOR: '1' };
  const tarballs = await step('npm pack ssot-core, eslint-plugin-ssot', () => (['ssot-core', 'eslint-plugin-ssot'] as const).map((name) => `../tarballs/${packPackage(name, join(sandbox, 'tarballs')).fileName}`));
  await step('npm install eslint@8, @typescript-eslint/parser, typescript and the tarballs', () => {
    const versions = ['eslint@^8.57.0', `@typescript-eslint/parser@${installed('@typescript-eslint/parser')}`, `typescript@${installed('typescript')}`];
    const install = runCommand('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--save-dev', ...versions, ...tarballs], { cwd: root, env, label: 'npm install', killAfterMs: 600_000 });
    if (install.status !== 0) fail('npm install failed', install);
  });
});
afterAll(() => {
  if (sandbox && process.env.SSOT_E2E_KEEP !== '1') rmSync(sandbox, { recursive: true, force: true });
});

describe('ESLint 8, legacy .eslintrc.json extending plugin:ssot/legacy-recommended', () => {
  it('reports the bypasses with their fixes and refusals, walking the SourceFile typescript-eslint parsed', async () => {
    const version = JSON.parse(readFileSync(join(root, 'node_modules/eslint/package.json'), 'utf8')).version;
    expect(version).toMatch(/^8\./);
    const { messages, output } = await step(`eslint ${version} --format json . (NODE_DEBUG=ssot)`, () => runEslintJson(root, env));
    expect(messages.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId} ${m.severity} suggestions=${m.suggestions} ${m.message}`)).toEqual([
      'apps/api/src/main.ts:2:3 ssot/no-bypass 2 suggestions=0 Use Logger from @acme/core instead of console (ssot entry Logger)',
      'apps/api/src/main.ts:3:10 ssot/no-bypass 2 suggestions=1 Use UnifiedJSONHandler.parse from @acme/core instead of JSON.parse (ssot entry UnifiedJSONHandler)',
      'apps/api/src/main.ts:5:22 ssot/no-bypass 2 suggestions=0 Use UnifiedJSONHandler.parse from @acme/core instead of JSON.parse (ssot entry UnifiedJSONHandler); no autofix: JSON.parse is not called here',
    ]);
    // One npm install, one typescript: the rule walks the tree the parser built (NODE_DEBUG=ssot says which path it took).
    expect(output).toMatch(/apps\/api\/src\/main\.ts: walked the SourceFile typescript-eslint parsed/);
    // The eslint command is a one-shot run: the plugin reads the workspace once (run-kind.ts).
    expect(output).toMatch(/a one-shot eslint command: each input is read once/);
  });
});
