import { selectAffectedProjects, type ProjectWithDependencies } from './select-affected-projects';

// web → feature → core; admin → core; tools is on its own; the root project owns the rest.
const projects: ProjectWithDependencies[] = [
  { name: 'workspace', root: '.', dependencies: [] },
  { name: 'core', root: 'libs/core', dependencies: [] },
  { name: 'feature', root: 'libs/feature', dependencies: ['core'] },
  { name: 'web', root: 'apps/web', dependencies: ['feature'] },
  { name: 'admin', root: 'apps/admin', dependencies: ['core'] },
  { name: 'tools', root: 'tools', dependencies: [] },
];

describe('selectAffectedProjects: the projects whose check inputs differ', () => {
  it.each<[string, string[], string[] | undefined, string[]]>([
    ['nothing changed', [], undefined, []],
    ['a leaf app: only itself', ['apps/web/src/main.ts'], undefined, ['web']],
    ['a library: itself and every project that depends on it, transitively', ['libs/core/src/json.ts'], undefined, ['admin', 'core', 'feature', 'web']],
    ['a middle library', ['libs/feature/index.ts'], undefined, ['feature', 'web']],
    ['a file no project owns belongs to the root project', ['README.md'], undefined, ['workspace']],
    ['a project that moved at the merge base', [], ['tools'], ['tools']],
    ['a deleted file counts for its old owner', ['apps/admin/src/gone.ts'], undefined, ['admin']],
    ['a prefix of a root is not that root', ['apps/web-old/x.ts'], undefined, ['workspace']],
    ['files in folders Nx never looks into (.nx, node_modules) are no input', ['.nx/cache/ssot-facts/ab/cd', 'apps/web/node_modules/x/index.ts'], undefined, []],
  ])('%s', (_label, changedFiles, moved, analysed) => {
    const result = selectAffectedProjects({ projects, changedFiles, registryFile: 'ssot.json', moved });
    expect(result.analysed).toEqual(analysed);
    expect(result.unchanged).toEqual(projects.map((p) => p.name).filter((name) => !analysed.includes(name)).sort());
    expect(result.reason).toBeUndefined();
  });

  it.each([['ssot.json'], ['tsconfig.base.json'], ['libs/core/tsconfig.lib.json'], ['.gitignore'], ['apps/web/.gitignore'], ['.nxignore'], ['.github/CODEOWNERS']])(
    'a shared input (%s) affects every project, and says why',
    (file) => {
      const result = selectAffectedProjects({ projects, changedFiles: ['apps/web/src/main.ts', file], registryFile: 'ssot.json' });
      expect(result.analysed).toHaveLength(projects.length);
      expect(result.unchanged).toEqual([]);
      expect(result.reason).toBe(`${file} changed: it is an input of every project's check`);
    },
  );

  it("an SSOT's source is read by every check; the output folder and the history file are never inputs", () => {
    const input = { projects, registryFile: 'ssot.json', sharedFiles: ['libs/core/src/json.ts'], notInputs: ['dist/ssot', 'ssot-history.jsonl'] };
    expect(selectAffectedProjects({ ...input, changedFiles: ['ssot-history.jsonl'] }).analysed).toEqual([]);
    expect(selectAffectedProjects({ ...input, changedFiles: ['libs/core/src/json.ts'] }).reason).toBe("libs/core/src/json.ts changed: it is an input of every project's check");
    expect(selectAffectedProjects({ ...input, changedFiles: ['dist/ssot/projects/web.json'] }).analysed).toEqual([]);
  });

  it('a registry elsewhere is the shared input, not ssot.json', () => {
    expect(selectAffectedProjects({ projects, changedFiles: ['config/ssot.json'], registryFile: 'config/ssot.json' }).unchanged).toEqual([]);
  });
});
