import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildPackages, fail, nxBin, REPO_ROOT, step } from './support/e2e-workspace';
import { entryOf, runEslintJson, type EslintMessage } from './support/eslint-cli';
import { runCommand, type CommandRun } from './support/run-command';
import { packPackage } from './tarball/pack-packages';

/**
 * eslint-plugin-ssot as a user meets it: the packed tarballs installed (with nx, eslint and
 * typescript-eslint's parser) in a workspace built here, the real `eslint` CLI run with an
 * eslint.config.mjs over `configs.recommended`, and its messages compared with what
 * `nx run-many -t ssot-check` counts for the same files, site by site.
 */
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const installed = (name: string): string => JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;

const tree: Record<string, string> = {
  '.gitignore': 'node_modules\ndist\n.nx\n',
  'package.json': json({ name: 'lint-me', private: true }),
  'nx.json': json({ plugins: ['ssot-plugin'] }),
  'tsconfig.base.json': json({ compilerOptions: { strict: true, paths: { '@acme/core': ['libs/core/src/index.ts'] } } }),
  'ssot.json': json({
    entries: [
      { name: 'Logger', source: 'libs/core/src/logger.ts', bypasses: [{ global: 'console' }], enforce: 'error', exemptions: [{ files: 'apps/web/src/legacy/**', reason: 'rewritten next quarter' }] },
      { name: 'UnifiedJSONHandler', source: 'libs/core/src/json.ts', bypasses: [{ global: 'JSON.parse' }], enforce: 'warn', projects: ['tag:scope:server'] },
      { name: 'Env', source: 'libs/core/src/env.ts', bypasses: [{ global: 'process.env' }], enforce: 'off' },
    ],
  }),
  'eslint.config.mjs': [
    "import ssot from 'eslint-plugin-ssot';",
    "import tsParser from '@typescript-eslint/parser';",
    '',
    'export default [',
    "  { ignores: ['dist/**', '.nx/**'] },",
    '  { ...ssot.configs.recommended, languageOptions: { parser: tsParser } },',
    "  { files: ['**/*.ts'], rules: { 'ssot/no-known-bypass': 'warn' } },",
    '];',
    '',
  ].join('\n'),
  'libs/core/project.json': json({ name: 'core' }),
  'libs/core/src/index.ts': "export * from './logger';\nexport * from './json';\nexport * from './env';\n",
  'libs/core/src/logger.ts': 'export class Logger {\n  info(message: string): void {\n    console.log(message);\n  }\n}\n',
  'libs/core/src/json.ts': 'export class UnifiedJSONHandler {\n  static parse(text: string): unknown {\n    return JSON.parse(text);\n  }\n}\n',
  'libs/core/src/env.ts': 'export class Env {\n  static get(name: string): string | undefined {\n    return process.env[name];\n  }\n}\n',
  'apps/api/project.json': json({ name: 'api', tags: ['scope:server'] }),
  'apps/api/src/main.ts': "import { Logger } from '@acme/core';\n\nexport function boot(): void {\n  console.log('booting');\n  new Logger().info('up');\n}\n",
  'apps/api/src/parse.ts': "export const read = (text: string) => JSON.parse(text);\nexport const port = process.env.PORT;\n",
  'apps/web/project.json': json({ name: 'web', tags: ['scope:client'] }),
  'apps/web/src/main.ts': "export const config = JSON.parse('{}');\nconsole.info('web');\n",
  'apps/web/src/legacy/old.ts': "console.log('old');\n",
};

/** After the baseline: a new bypass above the known one in api, a second file in web. */
const edits: Record<string, string> = {
  'apps/api/src/main.ts': "import { Logger } from '@acme/core';\n\nexport function boot(): void {\n  console.warn('new');\n  console.log('booting');\n  new Logger().info('up');\n}\n",
  'apps/web/src/extra.ts': "export function debug(value: unknown): void {\n  console.debug(value);\n}\n",
};

const EXPECTED = [
  'apps/api/src/main.ts:4:3 ssot/no-bypass error Use Logger from @acme/core instead of console (ssot entry Logger)',
  'apps/api/src/main.ts:5:3 ssot/no-known-bypass warning Known bypass (in the baseline): Use Logger from @acme/core instead of console (ssot entry Logger)',
  'apps/api/src/parse.ts:1:39 ssot/no-known-bypass warning Known bypass (in the baseline): Use UnifiedJSONHandler from @acme/core instead of JSON.parse (ssot entry UnifiedJSONHandler)',
  'apps/web/src/extra.ts:2:3 ssot/no-bypass error Use Logger from @acme/core instead of console (ssot entry Logger)',
  'apps/web/src/main.ts:2:1 ssot/no-bypass error Use Logger from @acme/core instead of console (ssot entry Logger)',
];

interface ResultSite {
  entry: string;
  side: string;
  file: string;
  line: number;
  column: number;
  exempt?: boolean;
  known?: boolean;
}

let sandbox: string;
let root: string;
let env: NodeJS.ProcessEnv;

const run = (command: string, args: string[], label: string, cwd = root): CommandRun => runCommand(command, args, { cwd, env, label, killAfterMs: 600_000 });
const nx = (...args: string[]) => run(process.execPath, [nxBin(root), ...args], `nx ${args.join(' ')}`);

function write(files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
}

/** `eslint --format json`, as `file:line:column rule severity message`, workspace-relative and sorted. */
function eslint(): string[] {
  return runEslintJson(root, env)
    .messages.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId} ${m.severity === 2 ? 'error' : 'warning'} ${m.message}`)
    .sort();
}

/** The bypass sites ssot-check counts (exempt ones and `off` entries left out), as `file:line:column known|new`. */
function checkedSites(projects: string[]): string[] {
  return projects
    .flatMap((project) => {
      const sites: ResultSite[] = JSON.parse(readFileSync(join(root, 'dist/ssot/projects', `${project}.json`), 'utf8')).sites;
      return sites.filter((site) => site.side === 'bypass' && !site.exempt && site.entry !== 'Env').map((site) => `${site.file}:${site.line}:${site.column} ${site.known ? 'known' : 'new'}`);
    })
    .sort();
}

beforeAll(async () => {
  await step('build the packages (node tools/build.mjs)', buildPackages);
  sandbox = mkdtempSync(join(tmpdir(), 'ssot-eslint-e2e-'));
  root = join(sandbox, 'workspace');
  mkdirSync(root);
  mkdirSync(join(sandbox, 'home'));
  mkdirSync(join(sandbox, 'tarballs'));
  env = { ...process.env, HOME: join(sandbox, 'home'), npm_config_cache: join(process.env.HOME ?? '', '.npm'), NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', NX_CACHE_DIRECTORY: join(sandbox, 'nx-cache'), FORCE_COLOR: '0', NO_COLOR: '1' };
  write(tree);
  const tarballs = await step('npm pack ssot-core, ssot-plugin, eslint-plugin-ssot', () =>
    (['ssot-core', 'ssot-plugin', 'eslint-plugin-ssot'] as const).map((name) => `../tarballs/${packPackage(name, join(sandbox, 'tarballs')).fileName}`),
  );
  await step('npm install the tarballs with nx, eslint, @typescript-eslint/parser, typescript (--prefer-offline)', () => {
    const versions = ['nx', '@nx/devkit', 'eslint', '@typescript-eslint/parser', 'typescript'].map((name) => `${name}@${installed(name)}`);
    const install = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--save-dev', ...versions, ...tarballs], 'npm install');
    if (install.status !== 0) fail('npm install failed', install);
  });
  await step('nx run api:ssot-baseline, then edit: a new bypass above the known one, a new file', () => {
    const baseline = nx('run', 'api:ssot-baseline');
    if (baseline.status !== 0) fail('ssot-baseline failed', baseline);
    write(edits);
  });
});
afterAll(() => {
  if (sandbox && process.env.SSOT_E2E_KEEP !== '1') rmSync(sandbox, { recursive: true, force: true });
});

describe('eslint-plugin-ssot from its tarball, with the real eslint CLI', () => {
  it('reports exactly the new bypasses under no-bypass and the baselined ones under no-known-bypass, with the project graph Nx cached', async () => {
    await step('eslint --format json . (Nx has written .nx/workspace-data/project-graph.json)', () => {
      if (!existsSync(join(root, '.nx/workspace-data/project-graph.json'))) fail('Nx wrote no .nx/workspace-data/project-graph.json: this step would not test the graph path');
      expect(eslint()).toEqual(EXPECTED);
    });
  });

  it('gives the same messages with no project graph (projects inferred from project.json files)', async () => {
    await step('rm -rf .nx; eslint --format json .', () => {
      rmSync(join(root, '.nx'), { recursive: true, force: true });
      expect(eslint()).toEqual(EXPECTED);
    });
  });

  it("reports the same sites, known and new, as nx run-many -t ssot-check", async () => {
    await step('nx run-many -t ssot-check (fails: api and web have new error bypasses) and compare site by site', () => {
      const check = nx('run-many', '-t', 'ssot-check', '--output-style=static');
      if (check.status === 0) fail('ssot-check passed, yet api and web have new bypasses of an "error" entry', check);
      const fromEslint = eslint().map((line) => {
        const [place, rule] = line.split(' ');
        return `${place} ${rule === 'ssot/no-known-bypass' ? 'known' : 'new'}`;
      });
      expect(fromEslint).toEqual(checkedSites(['api', 'core', 'web', 'lint-me']));
    });
  });
});

/** examples/platform as a user lints it: both rules on (known bypasses as warnings). */
const PLATFORM_CONFIG = [
  "import ssot from 'eslint-plugin-ssot';",
  "import tsParser from '@typescript-eslint/parser';",
  '',
  "export default [{ ignores: ['dist/**', '.nx/**'] }, { ...ssot.configs.recommended, languageOptions: { parser: tsParser } }, { rules: { 'ssot/no-known-bypass': 'warn' } }];",
  '',
].join('\n');

describe('eslint-plugin-ssot over examples/platform: the sites ssot-check counts, fixes where migrate has one', () => {
  let platform: string;
  /** `eslint --format json .` in the copy, run once by the first test that needs it. */
  let platformLint: EslintMessage[] | undefined;
  const lintPlatform = () => (platformLint ??= runEslintJson(platform, env).messages);
  const platformRun = (args: string[]) => run(process.execPath, [nxBin(root), ...args], `nx ${args.join(' ')} (examples/platform)`, platform);
  const place = (entry: string, file: string, line: number, column: number) => `${entry} ${file}:${line}:${column}`;

  beforeAll(async () => {
    platform = join(sandbox, 'platform');
    await step('copy examples/platform (no node_modules, dist, .nx), link the installed node_modules, write eslint.config.mjs', () => {
      const source = join(REPO_ROOT, 'examples/platform');
      cpSync(source, platform, { recursive: true, filter: (from) => !/^[\\/]?(node_modules|dist|\.nx)([\\/]|$)/.test(from.slice(source.length)) });
      symlinkSync(join(root, 'node_modules'), join(platform, 'node_modules'), 'junction');
      writeFileSync(join(platform, 'eslint.config.mjs'), PLATFORM_CONFIG);
    });
  });

  it('eslint --format json: per entry, file, line and column, exactly the bypass sites of nx run-many -t ssot-check', async () => {
    const checked = await step('nx run-many -t ssot-check in the copy; read dist/ssot/projects/*.json', () => {
      platformRun(['run-many', '-t', 'ssot-check', '--output-style=static']);
      const off = new Set((JSON.parse(readFileSync(join(platform, 'ssot.json'), 'utf8')).entries as { name: string; enforce?: string }[]).filter((e) => e.enforce === 'off').map((e) => e.name));
      const folder = join(platform, 'dist/ssot/projects');
      return readdirSync(folder)
        .flatMap((file) => (JSON.parse(readFileSync(join(folder, file), 'utf8')).sites as (ResultSite & { suppressed?: boolean })[]).filter((site) => site.side === 'bypass' && !site.exempt && !site.suppressed && !off.has(site.entry)))
        .map((site) => `${place(site.entry, site.file, site.line, site.column)} ${site.known ? 'known' : 'new'}`)
        .sort();
    });
    const linted = await step('eslint --format json . in the copy', lintPlatform);
    if (checked.length === 0) fail('ssot-check found no bypass site in examples/platform: nothing would be compared');
    const bypasses = linted.filter((m) => m.ruleId === 'ssot/no-bypass' || m.ruleId === 'ssot/no-known-bypass');
    expect(bypasses.map((m) => `${place(entryOf(m.message), m.file, m.line, m.column)} ${m.ruleId === 'ssot/no-known-bypass' ? 'known' : 'new'}`).sort()).toEqual(checked);
  });

  it("the example's suppressed sites (answer-key.json): counted as suppressed by ssot-check with their comments, reported by no rule, and no comment reported unused", async () => {
    type KeySuppressed = { entry: string; file: string; line: number; column: number; text: string; project: string; by: string; commentLine: number; reason: string };
    const expected: KeySuppressed[] = JSON.parse(readFileSync(join(platform, 'answer-key.json'), 'utf8')).suppressed;
    if (expected.length !== 2) fail(`answer-key.json lists ${expected.length} suppressed sites; this test expects the example's two (an ssot-ignore-next-line and an eslint-disable-next-line)`);
    const counted = await step('dist/ssot/projects/*.json: the suppressed sites, with their comments', () => {
      const folder = join(platform, 'dist/ssot/projects');
      if (!existsSync(folder)) platformRun(['run-many', '-t', 'ssot-check', '--output-style=static']);
      return readdirSync(folder)
        .flatMap((file) => JSON.parse(readFileSync(join(folder, file), 'utf8')).sites as (ResultSite & { text: string; project: string; suppressed?: { by: string; line: number; reason?: string } })[])
        .flatMap(({ entry, file, line, column, text, project, suppressed }) => (suppressed ? [{ entry, file, line, column, text, project, by: suppressed.by, commentLine: suppressed.line, reason: suppressed.reason ?? '' }] : []))
        .sort((a, b) => a.file.localeCompare(b.file));
    });
    expect(counted).toEqual(expected);
    const linted = await step('eslint --format json . in the copy', lintPlatform);
    const atSuppressed = (m: EslintMessage) => expected.some((site) => m.file === site.file && (m.line === site.line || m.line === site.commentLine));
    // Neither site rule reports them; ESLint calls no disable comment unused (its own comment hides the site from the rule it names).
    expect(linted.filter(atSuppressed).map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`)).toEqual([]);
    expect(linted.filter((m) => m.ruleId === 'ssot/no-unused-suppression' || m.ruleId === null).map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`)).toEqual([]);
  });

  // Fixes of bypasses, and of usages through a legacy path (ssot/no-legacy-path): migrate plans both.
  it('eslint --fix-dry-run --format json: fixes offered (as suggestions) exactly where migrate applies one, and no file rewritten unasked', async () => {
    const migrated = await step('nx g ssot-plugin:migrate --dry-run in the copy: the sites it applies a fix to', () => {
      const plan = platformRun(['g', 'ssot-plugin:migrate', '--dry-run', '--no-interactive']);
      if (plan.status !== 0) fail('migrate --dry-run failed', plan);
      return [...plan.output.matchAll(/^\s*applied\s+(\S+):(\d+):(\d+)\s+(\S+)\s/gm)].map((m) => place(m[4], m[1], Number(m[2]), Number(m[3]))).sort();
    });
    const { messages, fixedFiles } = await step('eslint --fix-dry-run --format json . in the copy', () => runEslintJson(platform, env, ['--fix-dry-run']));
    if (migrated.length === 0) fail('migrate applies no fix in examples/platform: nothing would be compared');
    expect(messages.filter((m) => m.suggestions > 0).map((m) => place(entryOf(m.message), m.file, m.line, m.column)).sort()).toEqual(migrated);
    expect(fixedFiles).toEqual([]);
  });
});
