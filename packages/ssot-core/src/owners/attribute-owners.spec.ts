import { createProjectChecker } from '../analyze';
import { DEFAULT_OWNERS, type OwnersSetting } from '../registry/normalized-registry';
import { entry, registry, TEST_PROJECTS, TEST_TSCONFIG } from '../testing/memory-workspace';
import { createMemoryHost } from '../workspace/memory-host';

const CODE = {
  'tsconfig.base.json': TEST_TSCONFIG,
  'libs/lib/src/index.ts': 'export const Logger = { log(m: string) { return m; } };\n',
  'apps/app/src/main.ts': "import { Logger } from '@acme/lib';\nLogger.log('a');\nconsole.log('b');\n",
  'apps/app/src/legacy/old.ts': "console.log('c');\n",
  'apps/web/src/main.ts': "console.log('d');\n",
};
const LOGGER = entry({ name: 'Logger', source: 'libs/lib/src/index.ts', bypasses: [{ kind: 'global', path: 'console' }] });
const PROJECTS = [...TEST_PROJECTS, { name: 'root', root: '.', tags: [] }].map((p) => (p.name === 'web' ? { ...p, tags: ['team:web', 'scope:frontend'] } : p));

function check(files: Record<string, string>, project: string, owners: OwnersSetting = DEFAULT_OWNERS) {
  const checker = createProjectChecker({ workspaceRoot: '/memory', host: createMemoryHost({ ...CODE, ...files }), registry: registry([LOGGER], { owners }), projects: PROJECTS, today: '2026-06-01' });
  return checker.check(project);
}

describe('owner attribution in a project result', () => {
  const codeowners = '* @acme/platform\napps/app/ @acme/app @alice\n/apps/app/src/legacy/ @acme/legacy\nbad line-without-owner\n';

  it('lists each file with sites once, with its owners from CODEOWNERS (last match wins)', () => {
    const result = check({ '.github/CODEOWNERS': codeowners }, 'app');
    expect(result.owners).toEqual({
      from: 'codeowners',
      file: '.github/CODEOWNERS',
      files: { 'apps/app/src/legacy/old.ts': ['@acme/legacy'], 'apps/app/src/main.ts': ['@acme/app', '@alice'] },
      filesAnalysed: { '@acme/app': 1, '@acme/legacy': 1, '@alice': 1 },
    });
  });

  it('lists the SSOT sources the project owns, where the report places findings about an SSOT', () => {
    expect(check({ CODEOWNERS: 'libs/ @acme/platform\n' }, 'lib').owners?.files).toEqual({ 'libs/lib/src/index.ts': ['@acme/platform'] });
  });

  it.each([
    ['.github/CODEOWNERS first', { '.github/CODEOWNERS': '* @gh\n', CODEOWNERS: '* @root\n' }, '.github/CODEOWNERS'],
    ['then the root', { CODEOWNERS: '* @root\n', 'docs/CODEOWNERS': '* @docs\n' }, 'CODEOWNERS'],
    ['then docs/', { 'docs/CODEOWNERS': '* @docs\n' }, 'docs/CODEOWNERS'],
  ])('reads %s', (_name, files, file) => {
    expect(check(files, 'web').owners?.file).toBe(file);
  });

  it('reports a skipped line once, in the project that owns CODEOWNERS, naming file and line', () => {
    const files = { '.github/CODEOWNERS': codeowners };
    expect(check(files, 'app').diagnostics.filter((d) => d.code.startsWith('codeowners'))).toEqual([]);
    expect(check(files, 'root').diagnostics).toEqual([
      { file: '.github/CODEOWNERS', line: 4, column: 1, code: 'codeowners-line-skipped', message: expect.stringContaining('"line-without-owner" is not an owner') },
    ]);
  });

  it('falls back to tags with the team: prefix when there is no CODEOWNERS', () => {
    expect(check({}, 'web').owners).toEqual({ from: 'tags', files: { 'apps/web/src/main.ts': ['team:web'] }, filesAnalysed: { 'team:web': 1 } });
    expect(check({}, 'app').owners).toEqual({ from: 'tags', files: {}, filesAnalysed: { '(no owner)': 2 } });
  });

  it('uses tags when asked, even with a CODEOWNERS file, with the prefix given', () => {
    expect(check({ CODEOWNERS: '* @x\n' }, 'web', { from: 'tags', tagPrefix: 'scope:' }).owners).toEqual({ from: 'tags', files: { 'apps/web/src/main.ts': ['scope:frontend'] }, filesAnalysed: { 'scope:frontend': 1 } });
  });

  it('says so when owners must come from a CODEOWNERS file that is missing', () => {
    const result = check({}, 'root', { from: 'codeowners', tagPrefix: 'team:' });
    expect(result.owners).toEqual({ from: 'codeowners', files: {}, filesAnalysed: {} });
    expect(result.diagnostics.map((d) => d.code)).toContain('codeowners-missing');
  });
});
