/**
 * Nx batch mode checks many projects with one `createProjectChecker`: sharing parsed files and
 * resolution must never change a result. Each project, in any order and checked twice, equals what
 * a fresh `checkProject` gives it alone.
 */
import { checkProject, createProjectChecker } from './analyze';
import { loadRegistry } from './registry/load-registry';
import { serializeProjectResult } from './result/write-result';
import { EXAMPLE_ROOT, readExampleProjects } from './testing/example-platform';
import { entry, registry, TEST_PROJECTS, TEST_TSCONFIG } from './testing/memory-workspace';
import { createMemoryHost } from './workspace/memory-host';

const TODAY = '2026-06-01';

describe('createProjectChecker on examples/platform', () => {
  const exampleRegistry = loadRegistry(EXAMPLE_ROOT);
  const projects = readExampleProjects();
  const alone = new Map(
    projects.map((p) => [p.name, serializeProjectResult(checkProject({ workspaceRoot: EXAMPLE_ROOT, registry: exampleRegistry, projects, project: p.name, today: TODAY }))]),
  );

  it.each([
    ['graph order', projects.map((p) => p.name)],
    ['reverse order', projects.map((p) => p.name).reverse()],
  ])('gives every project its own result, in %s', (_order, names) => {
    const checker = createProjectChecker({ workspaceRoot: EXAMPLE_ROOT, registry: exampleRegistry, projects, today: TODAY });
    for (const name of names) expect(serializeProjectResult(checker.check(name))).toBe(alone.get(name));
  });

  it('gives the same result to a project checked twice (ssot-check and ssot-baseline in one batch)', () => {
    const checker = createProjectChecker({ workspaceRoot: EXAMPLE_ROOT, registry: exampleRegistry, projects, today: TODAY });
    for (const name of ['web', 'core', 'web']) expect(serializeProjectResult(checker.check(name))).toBe(alone.get(name));
  });
});

describe('createProjectChecker on a workspace with a broken dependency file', () => {
  // lib's barrel re-exports a file with a syntax error: app's check parses it first (to follow the
  // export chain); lib's check must still list the syntax error, as it does alone.
  const host = createMemoryHost({
    'tsconfig.base.json': TEST_TSCONFIG,
    'libs/lib/src/index.ts': "export * from './json';\nexport * from './broken';\n",
    'libs/lib/src/json.ts': 'export class JsonHandler { parse(text: string) { return JSON.parse(text); } }\n',
    'libs/lib/src/broken.ts': 'export const broken = (;\nJSON.parse("{}");\n',
    'apps/app/src/main.ts': "import { JsonHandler } from '@acme/lib';\nnew JsonHandler().parse('1');\nJSON.parse('2');\n",
    'libs/lib/ssot-baseline.txt': 'not a baseline\n',
  });
  const reg = registry([
    entry({ name: 'JsonHandler', source: 'libs/lib/src/json.ts', bypasses: [{ kind: 'global', path: 'JSON.parse' }] }),
  ]);
  const options = { workspaceRoot: '/memory', host, registry: reg, projects: TEST_PROJECTS, today: TODAY };

  it('lists a file\'s syntax error for its own project whichever project parsed it first', () => {
    const checker = createProjectChecker(options);
    const app = checker.check('app');
    const lib = checker.check('lib', { ignoreBaseline: true });
    expect(serializeProjectResult(app)).toBe(serializeProjectResult(checkProject({ ...options, project: 'app' })));
    expect(app.diagnostics).toEqual([]);
    expect(lib.diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(['libs/lib/src/broken.ts syntax-error']);
    expect(checker.check('lib', { ignoreBaseline: true }).diagnostics).toEqual(lib.diagnostics); // and again, checked twice
  });

  it('reads no baseline when told to ignore it, as if the file were missing', () => {
    const checker = createProjectChecker(options);
    expect(() => checker.check('lib')).toThrow(/ssot-baseline\.txt/);
    const ignored = checker.check('lib', { ignoreBaseline: true });
    expect(ignored.baseline.exists).toBe(false);
    expect(ignored.sites.filter((site) => site.side === 'bypass').length).toBeGreaterThan(0);
  });

  it('names an unknown project without analysing anything', () => {
    expect(() => createProjectChecker(options).check('nope')).toThrow('Unknown project "nope"');
  });
});
