import { createProjectChecker } from '../analyze';
import { createTestRepo, type TestRepo } from '../git/__fixtures__/git-repo';
import { loadRegistry } from '../registry/load-registry';
import { scanFile } from '../scan/scan-file';
import { compareWithRef } from './compare-with-ref';

const JSON_SOURCE = 'export class Json {\n  static parse(text: string): unknown {\n    return JSON.parse(text);\n  }\n}\n';
const registry = (entries: object[]) => JSON.stringify({ entries }, null, 2);
const JSON_ENTRY = { name: 'Json', source: 'libs/core/src/json.ts', bypasses: [{ global: 'JSON.parse' }], enforce: 'error' };
const projects = [
  { name: 'core', root: 'libs/core', tags: [], dependencies: [] },
  { name: 'web', root: 'apps/web', tags: [], dependencies: ['core'] },
  { name: 'admin', root: 'apps/admin', tags: [], dependencies: ['core'] },
];

let repo: TestRepo;
beforeEach(() => {
  repo = createTestRepo('ssot-compare-');
  repo.commit('base', {
    '.gitignore': 'dist/\n',
    'ssot.json': registry([JSON_ENTRY]),
    'libs/core/src/json.ts': JSON_SOURCE,
    'apps/web/src/main.ts': "export const a = JSON.parse('1');\nexport const b = JSON.parse('2');\n",
    'apps/admin/src/main.ts': "export const c = JSON.parse('3');\n",
  });
  repo.git('checkout', '--quiet', '-b', 'feature');
});
afterEach(() => repo.remove());

/** Files the merge base's analysis parsed, through the scan hook (where the plugin puts the facts cache). */
let scannedAtBase: string[] = [];

async function compare(ref = 'main') {
  const current = loadRegistry(repo.root);
  const checker = createProjectChecker({ workspaceRoot: repo.root, registry: current, projects, today: '2026-06-01' });
  const results = projects.map((project) => checker.check(project.name));
  scannedAtBase = [];
  const scan: typeof scanFile = (file, text, interest) => {
    scannedAtBase.push(file);
    return scanFile(file, text, interest);
  };
  return compareWithRef({ workspaceRoot: repo.root, ref, registry: current, registryFile: 'ssot.json', projects, results, today: '2026-06-01', scan });
}

describe('compareWithRef on a real repository', () => {
  it('a commit that adds a bypass and fixes another: exactly those, and only the changed project analysed', async () => {
    repo.commit('swap', { 'apps/web/src/main.ts': "import { Json } from '../../../libs/core/src/json';\nexport const a = Json.parse('1');\nexport const b = JSON.parse('2');\nexport const d = JSON.parse('4');\n" });
    const result = await compare();
    expect(result.bypasses.new.map((site) => `${site.file}:${site.line} ${site.project} ${site.enforce}`)).toEqual(['apps/web/src/main.ts:4 web error']);
    expect(result.bypasses.fixed.map((site) => `${site.file}:${site.line} ${site.project}`)).toEqual(['apps/web/src/main.ts:1 web']);
    expect(result.projects).toEqual({ analysed: ['web'], unchanged: ['admin', 'core'] });
    expect(scannedAtBase).toContain('apps/web/src/main.ts');
    expect(scannedAtBase).not.toContain('apps/admin/src/main.ts'); // taken as equal: not read at the merge base
    expect(result.health).toEqual({ before: 0, after: 25, change: 25 });
    expect(result.failures).toHaveLength(1);
    expect(result.notes).toContain("2 of 3 projects were taken as equal on both sides: their check inputs (own files, dependencies' files, registry, tsconfig files) did not change.");
  });

  it('uncommitted and untracked files are the after side; ignored ones are not', async () => {
    repo.write({ 'apps/admin/src/new.ts': "export const e = JSON.parse('5');\n", 'dist/out.ts': "JSON.parse('6');\n" });
    const result = await compare();
    expect(result.bypasses.new.map((site) => site.file)).toEqual(['apps/admin/src/new.ts']);
    expect(result.projects.analysed).toEqual(['admin']);
  });

  it('judges against the merge base: commits on the target branch since the branch point are not this change', async () => {
    repo.git('checkout', '--quiet', 'main');
    repo.commit('main moves on', { 'apps/admin/src/main.ts': 'export const c = 3;\n' });
    repo.git('checkout', '--quiet', 'feature');
    const result = await compare('main');
    expect(result.bypasses).toEqual({ new: [], fixed: [] });
    expect(result.base.commit).toBe(repo.git('merge-base', 'main', 'feature'));
  });

  it('a changed library is analysed with its dependents; a registry change analyses every project and lists added entries', async () => {
    repo.write({ 'libs/core/src/more.ts': 'export const more = 1;\n' });
    expect((await compare()).projects).toEqual({ analysed: ['admin', 'core', 'web'], unchanged: [] });
    repo.commit('registry', { 'libs/core/src/clock.ts': 'export const Clock = { now: () => Date.now() };\n', 'ssot.json': registry([JSON_ENTRY, { name: 'Clock', source: 'libs/core/src/clock.ts', bypasses: [{ global: 'Date.now' }] }]) });
    const result = await compare();
    expect(result.projects).toEqual({ analysed: ['admin', 'core', 'web'], unchanged: [] });
    expect(result.registry).toEqual({ added: ['Clock'], removed: [] });
    expect(result.notes[0]).toBe("Every project was analysed on both sides: ssot.json changed: it is an input of every project's check.");
  });

  it('a merge base without a registry is analysed with the working tree\'s, and the comparison says so', async () => {
    repo.git('rm', '--quiet', 'ssot.json');
    repo.git('commit', '--quiet', '-m', 'no registry');
    const base = repo.git('rev-parse', 'HEAD');
    repo.commit('registry back', { 'ssot.json': registry([JSON_ENTRY]) });
    const result = await compare(base);
    expect(result.notes).toContain("The merge base has no ssot.json: it was analysed with the working tree's registry.");
    expect(result.registry).toEqual({ added: [], removed: [] });
  });
});
