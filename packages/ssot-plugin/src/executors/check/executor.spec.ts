import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { logger, type ExecutorContext } from '@nx/devkit';
import { renderBaseline } from 'ssot-core';
import { captureLogger, CHECK_WORKSPACE_FILES, checkWorkspaceContext, createTempWorkspace, removeTempWorkspace } from '../__fixtures__/temp-workspace';
import checkExecutor from './executor';
import type { CheckExecutorSchema } from './schema';

let root: string;
let printed: string[];
let errors: string[];

beforeEach(() => {
  root = createTempWorkspace('ssot-check-executor-', CHECK_WORKSPACE_FILES);
  ({ printed, errors } = captureLogger());
});
afterEach(() => removeTempWorkspace(root));

const context = (projectName: string | undefined, webName = 'web'): ExecutorContext => checkWorkspaceContext(root, projectName, webName);

const readResult = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

describe('ssot-plugin:check', () => {
  it('writes the result, prints the summary and fails on an enforced bypass', async () => {
    const outcome = await checkExecutor({ today: '2025-12-01' }, context('web'));
    expect(outcome).toEqual({ success: false });
    const result = readResult('dist/ssot/projects/web.json');
    expect(result).toMatchObject({ schemaVersion: 1, project: 'web', filesAnalysed: 2 });
    expect(result.entries.Json).toMatchObject({ usage: 2, bypass: 1, exempt: { usage: 0, bypass: 1 } });
    expect(result.entries.Log).toMatchObject({ usage: 0, bypass: 1 });
    expect(printed[0]).toBe('ssot-check web: 2 files analysed, 2 of 2 entries with sites; result in dist/ssot/projects/web.json');
    expect(printed).toContainEqual(expect.stringMatching(/^ {2}Json +2 +1 +66\.7% {2}\(1 exempt\)$/));
    expect(printed).toContainEqual(expect.stringMatching(/^ {2}apps\/web\/src\/main\.ts:4:18 {2}Json {2}JSON\.parse {2}— use Json/));
    expect(printed).toContainEqual(expect.stringMatching(/^ {2}apps\/web\/src\/main\.ts:5:1 {2}Log {2}console {2}— /));
    expect(errors).toEqual([]);
  });

  it('writes the same bytes on a second run (a deterministic, relocatable output)', async () => {
    await checkExecutor({ today: '2025-12-01' }, context('web'));
    const first = readFileSync(join(root, 'dist/ssot/projects/web.json'), 'utf8');
    await checkExecutor({ today: '2025-12-01' }, context('web'));
    expect(readFileSync(join(root, 'dist/ssot/projects/web.json'), 'utf8')).toBe(first);
    expect(first).not.toContain(root);
  });

  it('forgives the bypasses the project baseline lists', async () => {
    await checkExecutor({ today: '2025-12-01' }, context('web'));
    writeFileSync(join(root, 'apps/web/ssot-baseline.txt'), renderBaseline(readResult('dist/ssot/projects/web.json')));
    printed.length = 0;
    expect(await checkExecutor({ today: '2025-12-01' }, context('web'))).toEqual({ success: true });
    expect(printed).toContain('  baseline apps/web/ssot-baseline.txt: 2 known, 0 new, 0 fixed');
  });

  it('--update-baseline writes the baseline and succeeds; the next run passes; a new bypass fails; a fixed one is dropped', async () => {
    expect(await checkExecutor({ today: '2025-12-01' }, context('web'))).toEqual({ success: false });
    printed.length = 0;
    expect(await checkExecutor({ today: '2025-12-01', updateBaseline: true }, context('web'))).toEqual({ success: true });
    const baseline = readFileSync(join(root, 'apps/web/ssot-baseline.txt'), 'utf8');
    expect(baseline).toContain('Regenerate with: nx run web:ssot-baseline');
    expect(printed[0]).toBe('ssot-check web: baseline apps/web/ssot-baseline.txt created: 2 known bypasses');
    expect(await checkExecutor({ today: '2025-12-01' }, context('web'))).toEqual({ success: true });

    writeFileSync(join(root, 'apps/web/src/new.ts'), "export const d = JSON.parse('1');\n");
    printed.length = 0;
    expect(await checkExecutor({ today: '2025-12-01' }, context('web'))).toEqual({ success: false });
    expect(printed).toContainEqual(expect.stringMatching(/^ {2}apps\/web\/src\/new\.ts:1:18 {2}Json {2}JSON\.parse/));

    writeFileSync(join(root, 'apps/web/src/main.ts'), CHECK_WORKSPACE_FILES['apps/web/src/main.ts'].replace("JSON.parse('{}')", "json.parse('[]')"));
    printed.length = 0;
    expect(await checkExecutor({ today: '2025-12-01', updateBaseline: true }, context('web'))).toEqual({ success: true });
    expect(printed).toContain('  1 bypass fixed since the last baseline (dropped):');
    expect(readFileSync(join(root, 'apps/web/ssot-baseline.txt'), 'utf8')).toContain('apps/web/src/new.ts');
  });

  it('--update-baseline writes no file for a project without bypasses, and removes one whose bypasses are all fixed', async () => {
    expect(await checkExecutor({ today: '2025-12-01', updateBaseline: true }, context('core'))).toEqual({ success: true });
    expect(existsSync(join(root, 'libs/core/ssot-baseline.txt'))).toBe(false);
    expect(printed).toEqual(['ssot-check core: no bypasses, so no baseline file (libs/core/ssot-baseline.txt is written when there are bypasses to record)']);

    await checkExecutor({ today: '2025-12-01', updateBaseline: true }, context('web'));
    expect(existsSync(join(root, 'apps/web/ssot-baseline.txt'))).toBe(true);
    writeFileSync(join(root, 'apps/web/src/main.ts'), "import { Json } from '@acme/core';\nexport const a = new Json().parse('{}');\n");
    printed.length = 0;
    expect(await checkExecutor({ today: '2025-12-01', updateBaseline: true }, context('web'))).toEqual({ success: true });
    expect(existsSync(join(root, 'apps/web/ssot-baseline.txt'))).toBe(false);
    expect(printed).toEqual([
      'ssot-check web: baseline apps/web/ssot-baseline.txt removed: no known bypasses left',
      '  2 bypasses fixed since the last baseline (dropped):',
      '    apps/web/src/main.ts  Json  JSON.parse',
      '    apps/web/src/main.ts  Log  console',
      '  commit the removal with your change',
    ]);
    expect(await checkExecutor({ today: '2025-12-01' }, context('web'))).toEqual({ success: true });
  });

  it('succeeds when only warn entries are bypassed', async () => {
    expect(await checkExecutor({}, context('core'))).toEqual({ success: true });
    expect(readResult('dist/ssot/projects/core.json').project).toBe('core');
  });

  it('fails on an exemption past its day, and names it', async () => {
    expect(await checkExecutor({ today: '2026-01-02' }, context('web'))).toEqual({ success: false });
    expect(readResult('dist/ssot/projects/web.json').entries.Json).toMatchObject({ bypass: 2, exempt: { bypass: 0 } });
    expect(printed).toContainEqual(expect.stringMatching(/apps\/web\/src\/old\.ts:1:1 {2}Json {2}exemption of Json .* expired on 2026-01-01/));
  });

  it.each<[string, CheckExecutorSchema, string]>([
    ['a custom outputFile with tokens', { outputFile: 'reports/{projectRoot}/{projectName}.json' }, 'reports/apps/web/web.json'],
    ['a {workspaceRoot} prefix', { outputFile: '{workspaceRoot}/out/{projectName}.json' }, 'out/web.json'],
  ])('honours %s', async (_name, options, expected) => {
    await checkExecutor({ ...options, today: '2025-12-01' }, context('web'));
    expect(existsSync(join(root, expected))).toBe(true);
  });

  it('puts a scoped project name in a folder, like node_modules', async () => {
    await checkExecutor({ today: '2025-12-01' }, context('@acme/web', '@acme/web'));
    expect(readResult('dist/ssot/projects/@acme/web.json').project).toBe('@acme/web');
  });

  it.each<[string, CheckExecutorSchema, string | undefined, RegExp]>([
    ['a missing registry', { registry: 'missing.json' }, 'web', /No registry: missing\.json does not exist/],
    ['an invalid registry', { registry: 'bad.json' }, 'web', /bad\.json/],
    ['an output outside the workspace', { outputFile: '../escape.json' }, 'web', /"outputFile" must name a file inside the workspace/],
    ['a bad today', { today: '2026-02-30' }, 'web', /"today" must be a calendar day/],
    ['no project', {}, undefined, /checks one project/],
    ['a project not in the graph', {}, 'nope', /Unknown project "nope"/],
  ])('reports %s without a stack trace and fails', async (_name, options, project, message) => {
    writeFileSync(join(root, 'bad.json'), '{ "entries": [{ "name": 1 }] }');
    expect(await checkExecutor(options, context(project))).toEqual({ success: false });
    expect(errors).toEqual([expect.stringMatching(message)]);
    expect(errors[0]).not.toMatch(/\n\s+at /);
    expect(existsSync(join(root, '../escape.json'))).toBe(false);
  });
});

describe('ssot-plugin:check with the facts cache', () => {
  const cacheFolder = () => join(root, '.nx/cache/ssot-facts');
  const countEntries = () => readdirSync(cacheFolder(), { recursive: true, encoding: 'utf8' }).filter((name) => /[0-9a-f]{64}$/.test(name)).length;
  const resultText = () => readFileSync(join(root, 'dist/ssot/projects/web.json'), 'utf8');
  afterEach(() => {
    delete process.env.SSOT_FACTS_CACHE;
  });

  it('keeps the scanned files in Nx’s cache folder and writes the same result from it', async () => {
    await checkExecutor({ today: '2025-12-01' }, context('web'));
    const first = resultText();
    expect(countEntries()).toBeGreaterThanOrEqual(2); // the project's files, and the dependency files its imports reach
    const entries = countEntries();
    printed.length = 0;
    await checkExecutor({ today: '2025-12-01' }, context('web'));
    expect(resultText()).toBe(first);
    expect(countEntries()).toBe(entries); // all read back, none added
    expect(printed[0]).toMatch(/^ssot-check web: 2 files analysed/);
  });

  it.each([
    ['the option factsCache: false', { factsCache: false }, undefined],
    ['SSOT_FACTS_CACHE=false', {}, 'false'],
    ['SSOT_FACTS_CACHE=0', {}, '0'],
  ])('is off with %s, and the result is the same', async (_, options: CheckExecutorSchema, env) => {
    await checkExecutor({ today: '2025-12-01' }, context('web'));
    const cached = resultText();
    rmSync(cacheFolder(), { recursive: true });
    if (env !== undefined) process.env.SSOT_FACTS_CACHE = env;
    await checkExecutor({ ...options, today: '2025-12-01' }, context('web'));
    expect(existsSync(cacheFolder())).toBe(false);
    expect(resultText()).toBe(cached);
  });

  it('works without it when its folder cannot be made, with one verbose line and nothing else', async () => {
    const verbose: unknown[] = [];
    jest.spyOn(logger, 'verbose').mockImplementation((line: unknown) => void verbose.push(line));
    mkdirSync(join(root, '.nx/cache'), { recursive: true });
    writeFileSync(cacheFolder(), 'in the way');
    expect(await checkExecutor({ today: '2025-12-01' }, context('web'))).toEqual({ success: false });
    expect(readResult('dist/ssot/projects/web.json').entries.Json).toMatchObject({ usage: 2, bypass: 1 });
    expect(errors).toEqual([]);
    expect(printed.filter((line) => /cache/i.test(line))).toEqual([]);
    expect(verbose).toEqual([expect.stringMatching(/^ssot facts cache: cannot use the directory in .*ssot-facts \(.*\); analysing without it$/)]);
  });
});
