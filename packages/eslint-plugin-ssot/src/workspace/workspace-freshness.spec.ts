import { ESLint } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { writeBaseline } from '../__fixtures__/platform-workspace';
import { createTempWorkspace, PLATFORM } from '../__fixtures__/temp-workspace';
import plugin from '../index';
import { useFreshness } from './run-kind';
import { countSessionBuilds, forgetWorkspaceSessions } from './workspace-session';

/**
 * An editor's ESLint server lints file after file in one process for hours: whatever the files
 * that decide a file's sites say on disk now is what the next lint shows. No test here touches a
 * modification time: the edits come faster than the file system's clock step, as a save after a
 * lint can, so they are seen by content.
 */
const registry = structuredClone(PLATFORM['ssot.json']) as { entries: { name: string; bypasses: object[] }[] };
registry.entries[0].bypasses.push({ import: 'libs/core/src/legacy-logger.ts' });
const BARREL = 'libs/core/src/index.ts';
const workspace = createTempWorkspace({
  ...PLATFORM,
  'ssot.json': registry,
  [BARREL]: "export { Logger as Log } from './logger';\nexport * from './json';\n",
  'libs/core/src/legacy-logger.ts': 'export class LegacyLogger {\n  info(message: string): void {\n    void message;\n  }\n}\n',
  'apps/api/src/use.ts': "import { Log } from '@acme/core';\n\nexport const log = new Log();\n",
  // Two ways to the same name: the SSOT, or the bypass module.
  'libs/core/src/good-log.ts': "export { Logger as Log } from './logger';\n",
  'libs/core/src/bad-log.ts': "export { LegacyLogger as Log } from './legacy-logger';\n",
  // A workspace package whose manifest decides where its imports land.
  'libs/pkg/project.json': { name: 'pkg' },
  'libs/pkg/package.json': { name: '@acme/pkg', main: './good.js' },
  'libs/pkg/good.ts': "export { Log } from '../core/src/good-log';\n",
  'libs/pkg/bad.ts': "export { Log } from '../core/src/bad-log';\n",
  'apps/web/src/pkg-use.ts': "import { Log } from '@acme/pkg';\n\nexport const log = new Log();\n",
  // A project tsconfig with its own paths.
  'apps/api/tsconfig.json': { extends: '../../tsconfig.base.json', compilerOptions: { paths: { '@acme/log': ['libs/core/src/good-log.ts'] } } },
  'apps/api/src/alias-use.ts': "import { Log } from '@acme/log';\n\nexport const log = new Log();\n",
  // A namespace import: the name reached is the member's.
  'apps/web/src/ns-use.ts': "import * as core from '@acme/core';\n\nexport const log = new core.Log();\n",
  // A type-only import: no site can come from it, so its module is not a dependency.
  'libs/core/src/types.ts': 'export interface Options {\n  level: string;\n}\n',
  'apps/web/src/typed.ts': "import type { Options } from '../../../libs/core/src/types';\n\nexport const options: Options = { level: 'x' };\nconsole.log(options);\n",
});
const LEGACY = [expect.stringMatching(/^ssot\/no-bypass 3:24 Use Logger from \S+ instead of new Log/)];
afterAll(() => workspace.remove());

const eslint = new ESLint({
  cwd: workspace.root,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tsParser }, plugins: { ssot: plugin }, rules: { 'ssot/no-bypass': 'error', 'ssot/no-known-bypass': 'warn' } }],
});

async function lintFile(file: string): Promise<string[]> {
  const [result] = await eslint.lintFiles([workspace.path(file)]);
  return result.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`);
}

async function lintText(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: workspace.path(file) });
  return result.messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`);
}

describe('one ESLint process, files edited between two lints', () => {
  it('a barrel whose re-export now points at the bypass module: the importing file reports it', async () => {
    expect(await lintFile('apps/api/src/use.ts')).toEqual([]);
    workspace.write({ [BARREL]: "export { LegacyLogger as Log } from './legacy-logger';\nexport * from './json';\n" });
    expect(await lintFile('apps/api/src/use.ts')).toEqual(['ssot/no-bypass 3:24 Use Logger from libs/core/src/logger.ts instead of new Log (ssot entry Logger)']);
    workspace.write({ [BARREL]: "export { Logger as Log } from './logger';\nexport * from './json';\n" });
    expect(await lintFile('apps/api/src/use.ts')).toEqual([]);
  });

  it('the SSOT export moved out of the barrel: the import no longer reaches the SSOT, nor the bypass', async () => {
    workspace.write({ [BARREL]: "export { LegacyLogger as Log } from './legacy-logger';\nexport * from './json';\n" });
    expect(await lintFile('apps/api/src/use.ts')).toHaveLength(1);
    workspace.write({ [BARREL]: "export { Logger as Log } from './logger/logger';\nexport * from './json';\n", 'libs/core/src/logger/logger.ts': "export { Logger } from '../logger';\n" });
    expect(await lintFile('apps/api/src/use.ts')).toEqual([]);
  });

  it("a file's first lint after the barrel changed under another file's index: it sees the new barrel", async () => {
    workspace.write({ [BARREL]: "export { Logger as Log } from './logger';\nexport * from './json';\n", 'apps/web/src/first.ts': "import { Log } from '@acme/core';\n\nexport const log = new Log();\n" });
    expect(await lintFile('apps/api/src/use.ts')).toEqual([]); // the index reads the barrel for this file
    workspace.write({ [BARREL]: "export { LegacyLogger as Log } from './legacy-logger';\nexport * from './json';\n" });
    expect(await lintFile('apps/web/src/first.ts')).toEqual(['ssot/no-bypass 3:24 Use Logger from libs/core/src/logger.ts instead of new Log (ssot entry Logger)']);
  });

  it('ssot.json rewritten with the same size (console → process): the old bypass goes, the new one comes', async () => {
    const code = "console.log(process.argv);\n";
    expect(await lintText('apps/web/src/main.ts', code)).toEqual(['ssot/no-bypass 1:1']);
    const before = countSessionBuilds();
    const swapped = structuredClone(registry);
    swapped.entries[0].bypasses[0] = { global: 'process' };
    workspace.write({ 'ssot.json': swapped });
    expect(await lintText('apps/web/src/main.ts', code)).toEqual(['ssot/no-bypass 1:13']);
    expect(countSessionBuilds() - before).toBe(1);
    workspace.write({ 'ssot.json': registry });
    expect(await lintText('apps/web/src/main.ts', code)).toEqual(['ssot/no-bypass 1:1']);
  });

  it('the baseline written, then removed: the bypass is known, then new again, with no index rebuilt', async () => {
    const code = "export function late(): void {\n  console.log('late');\n}\n";
    workspace.write({ 'apps/api/src/late.ts': code });
    expect(await lintText('apps/api/src/late.ts', code)).toEqual(['ssot/no-bypass 2:3']);
    const before = countSessionBuilds();
    writeBaseline(workspace.root, 'api');
    expect(await lintText('apps/api/src/late.ts', code)).toEqual(['ssot/no-known-bypass 2:3']);
    workspace.write({ 'apps/api/ssot-baseline.txt': '# ssot-baseline format 2\n' });
    expect(await lintText('apps/api/src/late.ts', code)).toEqual(['ssot/no-bypass 2:3']);
    expect(countSessionBuilds() - before).toBe(0);
  });

  it("a workspace package's main now names the module that re-exports the bypass: the importing file reports it", async () => {
    expect(await lintFile('apps/web/src/pkg-use.ts')).toEqual([]);
    workspace.write({ 'libs/pkg/package.json': { name: '@acme/pkg', main: './bad.js' } });
    expect(await lintFile('apps/web/src/pkg-use.ts')).toEqual(LEGACY);
    workspace.write({ 'libs/pkg/package.json': { name: '@acme/pkg', main: './good.js' } });
    expect(await lintFile('apps/web/src/pkg-use.ts')).toEqual([]);
  });

  it("the linted file's project tsconfig maps its alias to the bypass module: the next lint reports it", async () => {
    expect(await lintFile('apps/api/src/alias-use.ts')).toEqual([]);
    workspace.write({ 'apps/api/tsconfig.json': { extends: '../../tsconfig.base.json', compilerOptions: { paths: { '@acme/log': ['libs/core/src/bad-log.ts'] } } } });
    expect(await lintFile('apps/api/src/alias-use.ts')).toEqual(LEGACY);
    workspace.write({ 'apps/api/tsconfig.json': { extends: '../../tsconfig.base.json', compilerOptions: { paths: { '@acme/log': ['libs/core/src/good-log.ts'] } } } });
    expect(await lintFile('apps/api/src/alias-use.ts')).toEqual([]);
  });

  it("another project's package.json changed: a file that does not import it keeps the index", async () => {
    const code = "console.log('web');\n";
    expect(await lintText('apps/web/src/main.ts', code)).toEqual(['ssot/no-bypass 1:1']);
    const before = countSessionBuilds();
    workspace.write({ 'libs/pkg/package.json': { name: '@acme/pkg', main: './good.js', description: 'changed' } });
    expect(await lintText('apps/web/src/main.ts', code)).toEqual(['ssot/no-bypass 1:1']);
    expect(await lintText('apps/web/src/other.ts', code)).toEqual(['ssot/no-bypass 1:1']);
    expect(countSessionBuilds() - before).toBe(0);
  });

  it('a namespace import whose member the barrel now takes from the bypass module: the importing file reports it', async () => {
    workspace.write({ [BARREL]: "export { Logger as Log } from './logger';\nexport * from './json';\n" });
    expect(await lintFile('apps/web/src/ns-use.ts')).toEqual([]);
    workspace.write({ [BARREL]: "export { LegacyLogger as Log } from './legacy-logger';\nexport * from './json';\n" });
    expect(await lintFile('apps/web/src/ns-use.ts')).toEqual([expect.stringMatching(/^ssot\/no-bypass 3:24 Use Logger from \S+ instead of new core.Log/)]);
    workspace.write({ [BARREL]: "export { Logger as Log } from './logger';\nexport * from './json';\n" });
    expect(await lintFile('apps/web/src/ns-use.ts')).toEqual([]);
  });

  it("a type-only import's module changed: no site depends on it, so the next lint keeps the index", async () => {
    expect(await lintFile('apps/web/src/typed.ts')).toEqual([expect.stringMatching(/^ssot\/no-bypass 4:1 Use Logger from \S+ instead of console/)]);
    const before = countSessionBuilds();
    workspace.write({ 'libs/core/src/types.ts': 'export interface Options {\n  level: string;\n  verbose?: boolean;\n}\n' });
    expect(await lintFile('apps/web/src/typed.ts')).toHaveLength(1);
    expect(countSessionBuilds() - before).toBe(0);
  });

  it('an unchanged workspace: many lints, one index', async () => {
    await lintText('apps/web/src/main.ts', "console.log('a');\n");
    const before = countSessionBuilds();
    for (let i = 0; i < 20; i++) expect(await lintText(`apps/web/src/f${i}.ts`, "console.log('x');\n")).toEqual(['ssot/no-bypass 1:1']);
    expect(countSessionBuilds() - before).toBe(0);
  });
});

describe('a one-shot eslint command (run-kind.ts): the workspace as the run first read it', () => {
  afterEach(() => useFreshness(undefined));

  it('checks nothing after the first read: a barrel changed during the run is not seen, and no index is rebuilt', async () => {
    useFreshness('once');
    forgetWorkspaceSessions(); // a new process
    workspace.write({ [BARREL]: "export { Logger as Log } from './logger';\nexport * from './json';\n" });
    expect(await lintFile('apps/api/src/use.ts')).toEqual([]);
    const before = countSessionBuilds();
    workspace.write({ [BARREL]: "export { LegacyLogger as Log } from './legacy-logger';\nexport * from './json';\n" });
    expect(await lintFile('apps/api/src/use.ts')).toEqual([]);
    expect(countSessionBuilds() - before).toBe(0);
    // The same process as an editor server again: the change is seen at the next lint.
    useFreshness('every-lint');
    expect(await lintFile('apps/api/src/use.ts')).toHaveLength(1);
    workspace.write({ [BARREL]: "export { Logger as Log } from './logger';\nexport * from './json';\n" });
  });

  it("lends a linted file's facts to the chains that reach it later, so it is not parsed twice", async () => {
    useFreshness('once');
    forgetWorkspaceSessions();
    workspace.write({ [BARREL]: "export { Logger as Log } from './logger';\nexport * from './json';\n" });
    // The barrel's lint sees a text that names the bypass module (in a real run it is the text on
    // disk): the importer's chain reads what that lint scanned, not the file.
    expect(await lintText(BARREL, "export { LegacyLogger as Log } from './legacy-logger';\nexport * from './json';\n")).toEqual(['ssot/no-bypass 1:1']); // its re-export of the bypass module
    expect(await lintFile('apps/api/src/use.ts')).toHaveLength(1);
    forgetWorkspaceSessions();
    expect(await lintFile('apps/api/src/use.ts')).toEqual([]); // a new run reads the barrel from disk
  });
});
