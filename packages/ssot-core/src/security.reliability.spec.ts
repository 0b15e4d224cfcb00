/**
 * No code of the analysed workspace is ever executed: its files are read as text and parsed (JSON
 * as data, sources by TypeScript's parser), never required, imported or evaluated. Two checks:
 * an audit of our own sources (no `require`, dynamic `import()`, `eval`, `Function`, `vm` or child
 * process outside a short allow-list), and a workspace whose tsconfig `extends` and package `main`
 * point at scripts that leave a marker file when run — a full analysis and report must leave none.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { ts } from 'ts-morph';
import { analyze, checkProject } from './analyze';
import { loadRegistry } from './registry/load-registry';
import { buildReport } from './report/build-report';
import { REPORT_FORMATS, REPORTERS } from './reporters';
import { REPO_ROOT } from './testing/ts-child-process';

/** Modules that run code or processes; importing one needs a reason here. */
const DANGEROUS_MODULES = new Set(['child_process', 'vm', 'worker_threads', 'module', 'cluster']);
const ALLOWED: Record<string, string> = {
  'packages/ssot-core/src/detectors/configure-detectors.ts require()':
    "loads Ajv (our dependency, not workspace code) only when ssot.json sets detector options, to keep its compiler's load time off every other run",
  'packages/ssot-core/src/discover/index.ts require()':
    'loads our own discovery modules on the first discover() call, not with every require of ssot-core',
  'packages/ssot-core/src/git/cat-file-batch.ts child_process':
    'runs `git cat-file --batch` (git, not workspace code; no shell) to read the blobs of a verified commit for --compare',
  'packages/ssot-core/src/git/run-git.ts child_process':
    'runs git without a shell, user refs only after --end-of-options and verified, for --compare (docs/reliability.md, Git safety)',
  'packages/ssot-core/src/migrate/index.ts require()':
    'loads our own migration planner (and with it ts-morph) on the first plan, not with every require of ssot-core',
  'packages/ssot-core/src/reporters/index.ts require()':
    'loads our own report renderers on the first rendering, not with every require of ssot-core',
  'packages/ssot-plugin/src/executors/check/batch-lanes.ts worker_threads':
    'starts batch-worker.js, our own module next to it in dist, as a batch lane; the workspace is passed as data',
  'packages/ssot-plugin/src/executors/check/batch-worker.ts worker_threads':
    'the worker side of a batch lane: reads its workspace data and answers task messages, loads nothing',
  'packages/ssot-plugin/src/executors/report/normalize-options.ts child_process':
    'runs `git rev-parse --short HEAD` (git, not workspace code) for the snapshot commit of --record',
  'packages/ssot-plugin/src/nx-version.ts module':
    "createRequire only resolves the path of the workspace's nx/package.json to read its version (JSON.parse of the file); it loads no module",
};
/** Folders owned and audited elsewhere: the test harness (never imported by the engine) and the generators. */
const SKIPPED = [/\.spec\.ts$/, /\/__fixtures__\//, /^packages\/ssot-core\/src\/testing\//, /^packages\/ssot-plugin\/src\/generators\//];

function listSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listSources(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [relative(REPO_ROOT, path).replace(/\\/g, '/')] : [];
  });
}

/** Every place a file could run code it does not contain: `<file> <what>`. */
function findCodeLoading(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(join(REPO_ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const name = node.moduleSpecifier.text.replace(/^node:/, '');
      if (DANGEROUS_MODULES.has(name)) found.push(`${file} ${name}`);
      if (!file.includes('/src/testing/') && /(^|\/)testing\//.test(node.moduleSpecifier.text)) found.push(`${file} imports the test harness`);
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword) found.push(`${file} import()`);
      if (ts.isIdentifier(callee) && ['require', 'eval', 'Function'].includes(callee.text)) found.push(`${file} ${callee.text}()`);
    }
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Function') found.push(`${file} new Function`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('security: our own sources load no code', () => {
  const files = ['packages/ssot-core/src', 'packages/ssot-plugin/src'].flatMap((dir) => listSources(join(REPO_ROOT, dir))).filter((file) => !SKIPPED.some((skip) => skip.test(file)));

  it('audits the engine and the plugin', () => {
    expect(files).toContain('packages/ssot-core/src/analyze.ts');
    expect(files).toContain('packages/ssot-plugin/src/executors/check/executor.ts');
  });

  it('no require, dynamic import, eval, Function, vm or child process outside the allow-list; nothing imports the test harness', () => {
    const found = files.flatMap(findCodeLoading);
    expect(found.filter((what) => !(what in ALLOWED))).toEqual([]);
    // The allow-list holds nothing stale.
    expect(found.filter((what) => what in ALLOWED)).toEqual(Object.keys(ALLOWED));
  });
});

describe('security: a hostile workspace is read, never run', () => {
  let root: string;
  let markers: string;
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  /** A script that leaves `<markers>/<name>` behind when anything runs it. */
  const script = (name: string) => `require('fs').writeFileSync(${JSON.stringify(join(markers, name))}, 'ran');\nmodule.exports = {};\n`;
  const SCRIPTS = ['tsconfig-extends.js', 'tools/evil.cjs', 'node_modules/evil-config/index.js', 'libs/evil/boot.js', 'apps/app/src/side-effect.js', 'apps/app/plugin.mjs'];

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ssot-hostile-'));
    markers = mkdtempSync(join(tmpdir(), 'ssot-markers-'));
    for (const file of SCRIPTS) write(file, script(file.replace(/\//g, '_')));
    write('tsconfig.json', JSON.stringify({ extends: './tsconfig-extends.js', compilerOptions: { plugins: [{ name: './tools/evil.cjs' }] } }));
    write('tsconfig.base.json', JSON.stringify({ extends: 'evil-config', compilerOptions: { paths: { '@acme/evil': ['libs/evil/boot.js'] } } }));
    write('node_modules/evil-config/package.json', JSON.stringify({ name: 'evil-config', main: 'index.js' }));
    write('libs/evil/package.json', JSON.stringify({ name: '@acme/evil-pkg', main: './boot.js', types: './boot.js', scripts: { postinstall: 'node boot.js' } }));
    write('libs/evil/tsconfig.json', JSON.stringify({ extends: '../../tools/evil.cjs' }));
    write('package.json', JSON.stringify({ name: 'hostile', main: 'tools/evil.cjs', scripts: { prepare: 'node tools/evil.cjs' } }));
    write('libs/core/src/json.ts', 'export class Json {}\n');
    write(
      'apps/app/src/main.ts',
      [
        "import evil from '@acme/evil';",
        "import pkg from '@acme/evil-pkg';",
        "import './side-effect.js';",
        "const later = () => import('../plugin.mjs');",
        "const cjs = require('../../../tools/evil.cjs');",
        "export const all = [evil, pkg, later, cjs, JSON.parse('{}')];",
        '',
      ].join('\n'),
    );
    write(
      'ssot.json',
      JSON.stringify({
        $schema: './tools/evil.cjs',
        include: ['**/*.ts', '**/*.js', '**/*.cjs', '**/*.mjs'],
        exclude: [],
        entries: [
          { name: 'Json', source: 'libs/core/src/json.ts', bypasses: [{ global: 'JSON.parse' }, { import: 'libs/evil/boot.js' }, { import: '@acme/evil-pkg' }] },
        ],
      }),
    );
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(markers, { recursive: true, force: true });
  });

  it('the scripts do leave their marker when run (so the test can see it)', () => {
    execFileSync(process.execPath, [join(root, 'tools/evil.cjs')]);
    expect(readdirSync(markers)).toEqual(['tools_evil.cjs']);
  });

  it('loading the registry, checking every project, analysing and reporting runs none of them', () => {
    const projects = [
      { name: 'app', root: 'apps/app', tags: [] },
      { name: 'evil', root: 'libs/evil', tags: [] },
      { name: 'core', root: 'libs/core', tags: [] },
    ];
    const registry = loadRegistry(root);
    const results = projects.map((project) => checkProject({ workspaceRoot: root, registry, projects, project: project.name, today: '2026-06-01' }));
    const analysis = analyze({ workspaceRoot: root, registry, projects, today: '2026-06-01' });
    const report = buildReport({ registry, results, today: '2026-06-01' });
    for (const format of REPORT_FORMATS) REPORTERS[format](report);
    // The scripts were read and parsed: their files are analysed and the bypass imports counted.
    expect(analysis.files).toEqual(expect.arrayContaining(SCRIPTS.filter((file) => !file.startsWith('node_modules/'))));
    expect(analysis.sites.map((site) => `${site.file}:${site.line}:${site.column} ${site.text}`)).toEqual(
      expect.arrayContaining(['apps/app/src/main.ts:6:27 pkg', 'apps/app/src/main.ts:6:44 JSON.parse']),
    );
    expect(readdirSync(markers)).toEqual([]);
    expect(existsSync(join(root, 'marker'))).toBe(false);
  });
});
