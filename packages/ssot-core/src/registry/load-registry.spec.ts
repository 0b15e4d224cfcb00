import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { SsotConfigError } from '../errors';
import type { ConfigProblem } from '../errors';
import { loadRegistry, parseRegistry } from './load-registry';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_OWNERS, DEFAULT_TIERS } from './normalized-registry';

interface ValidationVector {
  name: string;
  registry: unknown;
  errorsAt: string[];
}
const vectors: { registryValidation: ValidationVector[] } = JSON.parse(
  readFileSync(join(__dirname, '../../test-data/conformance-sites.json'), 'utf8'),
);

function problemsOf(text: string): ConfigProblem[] {
  try {
    parseRegistry(text);
    return [];
  } catch (error) {
    if (error instanceof SsotConfigError) return error.problems;
    throw error;
  }
}
const pathsOf = (registry: unknown) => problemsOf(JSON.stringify(registry, null, 2)).map((p) => p.path).sort();
const withEntry = (fields: Record<string, unknown>) => ({ entries: [{ name: 'A', source: 'a.ts', ...fields }] });
const withBypass = (bypass: unknown) => withEntry({ bypasses: [bypass] });

describe('conformance: registryValidation vectors', () => {
  it.each(vectors.registryValidation.map((v) => [v.name, v] as const))('%s', (_name, vector) => {
    expect(pathsOf(vector.registry)).toEqual([...vector.errorsAt].sort());
  });
});

describe('parseRegistry: invalid JSON', () => {
  it.each([
    ['trailing comma', '{\n  "entries": [\n    { "name": "A", }\n  ]\n}', 3, 20],
    ['missing comma', '{\n  "entries": []\n  "tiers": []\n}', 3, 3],
    ['a comment', '{\n  // note\n  "entries": []\n}', 2, 3],
    ['empty file', '', 1, 1],
    ['unterminated string', '{ "entries": [{ "name": "A', 1, 25],
  ])('%s: one problem with line and column', (_name, text, line, column) => {
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'ssot.json', line, column });
    expect(problems[0].expected).not.toBe('');
  });

  it('names the file it was given, and is an exit-2 error', () => {
    const error = (() => {
      try {
        parseRegistry('{', 'config/ssot.json');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(SsotConfigError);
    expect(error).toMatchObject({ exitCode: 2, problems: [{ file: 'config/ssot.json' }] });
  });
});

describe('parseRegistry: bypass matchers', () => {
  it.each([
    [{ import: 'lodash' }, { kind: 'import', pattern: 'lodash' }],
    [{ import: 'lodash/*', names: ['cloneDeep'] }, { kind: 'import', pattern: 'lodash/*', names: ['cloneDeep'] }],
    [{ import: 'apps/web/src/api.ts', names: ['api'] }, { kind: 'import', pattern: 'apps/web/src/api.ts', names: ['api'] }],
    [{ global: 'JSON.parse' }, { kind: 'global', path: 'JSON.parse' }],
    [{ global: 'import.meta.env', replaceWith: 'env.get' }, { kind: 'global', path: 'import.meta.env', replaceWith: 'env.get' }],
    [{ new: 'Error' }, { kind: 'new', className: 'Error' }],
    [{ new: 'Pool', from: 'pg' }, { kind: 'new', className: 'Pool', from: 'pg' }],
    [{ literal: 'yyyy-MM-dd', $comment: 'date format' }, { kind: 'literal', value: 'yyyy-MM-dd' }],
  ])('%j normalises to %j', (bypass, matcher) => {
    expect(parseRegistry(JSON.stringify(withBypass(bypass))).entries[0].bypasses).toEqual([matcher]);
  });

  const at = '$.entries[0].bypasses[0]';
  it.each([
    ['two kinds', { import: 'x', global: 'y' }, [at]],
    ['no kind', { names: ['a'] }, [at]],
    ['an empty object', {}, [at]],
    ['a string', 'JSON.parse', [at]],
    ['empty names', { import: 'x', names: [] }, [`${at}.names`]],
    ['names on a global', { global: 'console', names: ['log'] }, [`${at}.names`]],
    ['a misspelt from', { new: 'X', frm: 'y' }, [`${at}.frm`]],
    ['a global that is not a dotted path', { global: 'JSON..parse' }, [`${at}.global`]],
    ['a literal that is not a string', { literal: 5 }, [`${at}.literal`]],
    ['replaceWith on an import', { import: 'x', replaceWith: 'y' }, [`${at}.replaceWith`]],
  ])('%s: reported at %j', (_name, bypass, paths) => {
    expect(pathsOf(withBypass(bypass))).toEqual(paths);
  });

  it('says what a bypass must be', () => {
    const [problem] = problemsOf(JSON.stringify(withBypass({ import: 'x', global: 'y' })));
    expect(problem.expected).toBe('an object with exactly one of "import", "global", "new" or "literal"');
    expect(problem.found).toBe('{"import":"x","global":"y"}');
  });
});

describe('parseRegistry: export forms', () => {
  it.each([
    [undefined, ['A']],
    ['Handler', ['Handler']],
    [['a', 'b'], ['a', 'b']],
    ['*', '*'],
  ])('export %j → exports %j', (exported, exports) => {
    expect(parseRegistry(JSON.stringify(withEntry({ export: exported }))).entries[0].exports).toEqual(exports);
  });

  it.each([
    [[], '$.entries[0].export', 'a non-empty list'],
    ['', '$.entries[0].export', 'a non-empty string'],
    [5, '$.entries[0].export', 'a non-empty string or a non-empty list'],
    [['a', '*'], '$.entries[0].export[1]', 'an export name ("*" stands alone: "export": "*", not inside a list)'],
  ])('export %j is an error at %s', (exported, path, expected) => {
    expect(problemsOf(JSON.stringify(withEntry({ export: exported })))).toMatchObject([{ path, expected }]);
  });
});

describe('parseRegistry: dates are real calendar days', () => {
  const goal = (by: string) => withEntry({ goals: [{ by, coverage: 80 }] });
  const exemption = (expires: string) => withEntry({ exemptions: [{ files: 'x/**', reason: 'r', expires }] });
  it.each(['2026-12-31', '2028-02-29', '2000-02-29', '2026-01-01'])('%s is accepted', (date) => {
    expect(pathsOf(goal(date))).toEqual([]);
    expect(pathsOf(exemption(date))).toEqual([]);
  });
  it.each(['2026-13-01', '2026-02-30', '2026-02-29', '1900-02-29', '2026-00-10', '2026-04-31', '2026-1-01', '2026-12-31T00:00:00Z', 'tomorrow'])(
    '%s is rejected',
    (date) => {
      expect(problemsOf(JSON.stringify(goal(date)))).toMatchObject([
        { path: '$.entries[0].goals[0].by', expected: 'a real calendar date, YYYY-MM-DD', found: JSON.stringify(date) },
      ]);
      expect(pathsOf(exemption(date))).toEqual(['$.entries[0].exemptions[0].expires']);
    },
  );
});

describe('parseRegistry: unknown fields', () => {
  it.each([
    ['top level', { entries: [], extra: 1 }, '$.extra'],
    ['entry', withEntry({ colour: 'red' }), '$.entries[0].colour'],
    ['bypass', withBypass({ literal: 'x', value: 'y' }), '$.entries[0].bypasses[0].value'],
    ['exemption', withEntry({ exemptions: [{ files: 'x', until: '2026-01-01' }] }), '$.entries[0].exemptions[0].until'],
    ['goal', withEntry({ goals: [{ by: '2026-01-01', coverage: 1, note: 'n' }] }), '$.entries[0].goals[0].note'],
    ['tier', { entries: [], tiers: [{ name: 't', min: 0, max: 100, colour: 'red' }] }, '$.tiers[0].colour'],
    ['detector id', { entries: [], detectors: { 'silent-failures': 'off' } }, "$.detectors['silent-failures']"],
    ['$schema below the top', withEntry({ $schema: 'x' }), '$.entries[0].$schema'],
  ])('%s: reported at the key', (_name, registry, path) => {
    expect(pathsOf(registry)).toEqual([path]);
  });

  it('points at the key, and suggests a near miss', () => {
    const text = '{\n  "entries": [\n    { "name": "A", "source": "a.ts", "bypasses": [{ "new": "X", "frm": "y" }] }\n  ]\n}';
    expect(problemsOf(text)).toEqual([
      {
        file: 'ssot.json',
        path: '$.entries[0].bypasses[0].frm',
        expected: 'a known field (did you mean "from"?)',
        found: 'unknown field "frm"',
        line: 3,
        column: 65,
      },
    ]);
  });
});

describe('parseRegistry: $comment anywhere', () => {
  it('is accepted at every level', () => {
    const registry = {
      $schema: './node_modules/ssot-core/schema/registry.schema.json',
      $comment: 'top',
      tiers: [{ $comment: 't', name: 'All', min: 0, max: 100 }],
      goals: { $comment: 'g', All: [{ $comment: 'g0', by: '2027-01-01', coverage: 50 }] },
      detectors: { $comment: 'd', 'silent-failure': 'off', 'factory-bypass': { $comment: 'o' } },
      entries: [
        {
          $comment: 'e',
          name: 'A',
          module: '@nestjs/common',
          bypasses: [{ $comment: 'b', global: 'console' }],
          goals: [{ $comment: 'eg', by: '2027-01-01', coverage: 80 }],
          exemptions: [{ $comment: 'x', files: ['a/**'], reason: 'r' }],
        },
      ],
    };
    expect(pathsOf(registry)).toEqual([]);
    expect(parseRegistry(JSON.stringify(registry)).tierGoals).toEqual({ All: [{ by: '2027-01-01', coverage: 50 }] });
  });
});

describe('parseRegistry: other rules', () => {
  it.each([
    ['duplicate entry names', { entries: [{ name: 'A', source: 'a.ts' }, { name: 'A', module: 'm' }] }, ['$.entries[1].name']],
    ['source and module', withEntry({ module: 'm' }), ['$.entries[0]']],
    ['neither source nor module', { entries: [{ name: 'A' }] }, ['$.entries[0]']],
    ['a missing name', { entries: [{ source: 'a.ts' }] }, ['$.entries[0].name']],
    ['a relative module', { entries: [{ name: 'A', module: './a' }] }, ['$.entries[0].module']],
    ['enforce out of its enum', withEntry({ enforce: 'fatal' }), ['$.entries[0].enforce']],
    ['minCoverage over 100', withEntry({ minCoverage: 101 }), ['$.entries[0].minCoverage']],
    ['a goal without coverage', withEntry({ goals: [{ by: '2026-12-31' }] }), ['$.entries[0].goals[0].coverage']],
    ['an empty projects list', withEntry({ projects: [] }), ['$.entries[0].projects']],
    ['exemption files an empty list', withEntry({ exemptions: [{ files: [] }] }), ['$.entries[0].exemptions[0].files']],
    ['no entries', {}, ['$.entries']],
    ['a tier goal for no tier', { entries: [], goals: { 'Tier 9': [] } }, ["$.goals['Tier 9']"]],
    ['a tier with min above max', { entries: [], tiers: [{ name: 't', min: 50, max: 40 }] }, ['$.tiers[0].max']],
    ['duplicate tier names', { entries: [], tiers: [{ name: 't', min: 0, max: 50 }, { name: 't', min: 51, max: 100 }] }, ['$.tiers[1].name']],
    ['a detector set to "on"', { entries: [], detectors: { 'legacy-shim': 'on' } }, ["$.detectors['legacy-shim']"]],
    ['not an object', [], ['$']],
  ])('%s', (_name, registry, paths) => {
    expect(pathsOf(registry)).toEqual(paths);
  });

  it('names the first entry that used a duplicate name', () => {
    const [problem] = problemsOf(JSON.stringify({ entries: [{ name: 'A', source: 'a.ts' }, { name: 'A', module: 'm' }] }));
    expect(problem.expected).toBe('a unique entry name ("A" is already $.entries[0].name)');
  });

  it('words an enum and places the value', () => {
    const text = '{\n  "entries": [\n    {\n      "name": "A",\n      "source": "a.ts",\n      "enforce": "fatal"\n    }\n  ]\n}';
    expect(problemsOf(text)).toEqual([
      { file: 'ssot.json', path: '$.entries[0].enforce', expected: 'one of "error", "warn", "off"', found: '"fatal"', line: 6, column: 18 },
    ]);
  });

  it('reports a key given twice at its second occurrence', () => {
    const text = '{\n  "entries": [],\n  "entries": []\n}';
    expect(problemsOf(text)).toMatchObject([{ path: '$.entries', line: 3, column: 3 }]);
  });

  it('reports every problem at once, sorted by position', () => {
    const problems = problemsOf('{ "extra": 1, "entries": [{ "name": "A", "source": "a.ts", "enforce": "x" }], "exclude": "a" }');
    expect(problems.map((p) => p.path)).toEqual(['$.extra', '$.entries[0].enforce', '$.exclude']);
  });
});

describe('parseRegistry: normalisation defaults', () => {
  const minimal = parseRegistry(JSON.stringify({ entries: [{ name: 'A', source: 'a.ts' }] }));

  it('fills the top-level defaults', () => {
    expect(minimal).toEqual({ entries: expect.any(Array), include: DEFAULT_INCLUDE, exclude: DEFAULT_EXCLUDE, tiers: DEFAULT_TIERS, tierGoals: {}, owners: DEFAULT_OWNERS });
  });

  it.each([
    ['from given, prefix defaulted', { from: 'tags' }, { from: 'tags', tagPrefix: 'team:' }],
    ['prefix given, from defaulted', { tagPrefix: 'squad:' }, { from: 'auto', tagPrefix: 'squad:' }],
    ['both', { from: 'codeowners', tagPrefix: 'x:' }, { from: 'codeowners', tagPrefix: 'x:' }],
  ])('normalises owners: %s', (_name, owners, expected) => {
    expect(parseRegistry(JSON.stringify({ owners, entries: [] })).owners).toEqual(expected);
  });

  it('refuses an unknown owners source, naming the path', () => {
    expect(() => parseRegistry(JSON.stringify({ owners: { from: 'git-blame' }, entries: [] }))).toThrow(/owners\.from/);
  });

  it('fills the entry defaults, leaving projects undefined (every file)', () => {
    expect(minimal.entries[0]).toEqual({
      name: 'A',
      source: 'a.ts',
      exports: ['A'],
      legacyPaths: [],
      bypasses: [],
      duplicates: [],
      priority: 'medium',
      enforce: 'warn',
      goals: [],
      exemptions: [],
    });
    expect('projects' in minimal.entries[0]).toBe(false);
  });

  it.each([
    ['absent: the default', {}, DEFAULT_EXCLUDE],
    ['given: added to the default', { exclude: ['**/legacy/**'] }, [...DEFAULT_EXCLUDE, '**/legacy/**']],
    ['empty: the default alone', { exclude: [] }, DEFAULT_EXCLUDE],
    ['excludeDefaults false: the default dropped', { excludeDefaults: false, exclude: ['**/legacy/**'] }, ['**/legacy/**']],
    ['excludeDefaults false, no exclude: nothing left out', { excludeDefaults: false }, []],
    ['excludeDefaults true: as absent', { excludeDefaults: true, exclude: ['x/**'] }, [...DEFAULT_EXCLUDE, 'x/**']],
  ])('exclude (SPEC §3), %s', (_label, fields, expected) => {
    expect(parseRegistry(JSON.stringify({ entries: [], ...fields })).exclude).toEqual(expected);
  });

  it('has no build folder in the default exclude: build output is what the ignore files leave out', () => {
    expect(DEFAULT_EXCLUDE).toEqual(['**/*.spec.*', '**/*.test.*', '**/node_modules/**']);
  });

  it('keeps what is given: tiers, minHealth, exemption files as a list', () => {
    const registry = parseRegistry(
      JSON.stringify({
        include: ['**/*.js'],
        tiers: [{ name: 'All', min: 0, max: 100 }],
        minHealth: 60,
        entries: [
          {
            name: 'A',
            module: '@nestjs/common',
            export: 'Logger',
            projects: ['*', '!legacy'],
            priority: 'critical',
            enforce: 'error',
            role: 'error-handling',
            exemptions: [{ files: 'libs/legacy/**', reason: 'r', owner: '@x', expires: '2027-03-01' }],
          },
        ],
      }),
    );
    expect(registry).toMatchObject({ include: ['**/*.js'], tiers: [{ name: 'All', min: 0, max: 100 }], minHealth: 60 });
    expect(registry.entries[0]).toMatchObject({
      module: '@nestjs/common',
      exports: ['Logger'],
      projects: ['*', '!legacy'],
      priority: 'critical',
      enforce: 'error',
      role: 'error-handling',
      exemptions: [{ files: ['libs/legacy/**'], reason: 'r', owner: '@x', expires: '2027-03-01' }],
    });
  });
});

describe('loadRegistry', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ssot-registry-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  const problemsLoading = (registry: unknown): ConfigProblem[] => {
    write('ssot.json', JSON.stringify(registry, null, 2));
    try {
      loadRegistry(root);
      return [];
    } catch (error) {
      if (error instanceof SsotConfigError) return error.problems;
      throw error;
    }
  };

  it('loads a registry whose sources exist', () => {
    write('libs/a.ts', 'export class A {}');
    write('ssot.json', JSON.stringify({ entries: [{ name: 'A', source: 'libs/a.ts' }] }));
    expect(loadRegistry(root).entries.map((e) => e.name)).toEqual(['A']);
  });

  it('reads another file name when given', () => {
    write('libs/a.ts', '');
    write('config/registry.json', JSON.stringify({ entries: [{ name: 'A', source: 'libs/a.ts' }] }));
    expect(loadRegistry(root, 'config/registry.json').entries).toHaveLength(1);
  });

  it('a missing file names it and how to create one', () => {
    expect(() => loadRegistry(root)).toThrow(SsotConfigError);
    expect(() => loadRegistry(root)).toThrow(/ssot\.json.*nx g ssot-plugin:init/s);
  });

  it('a missing source names the entry and the path', () => {
    const problems = problemsLoading({ entries: [{ name: 'Json', source: 'libs/json.ts' }] });
    expect(problems).toEqual([
      expect.objectContaining({ path: '$.entries[0].source', found: '"libs/json.ts", which does not exist', line: 5 }),
    ]);
    expect(problems[0].expected).toContain('"Json"');
  });

  it('a source that is a folder is not a file', () => {
    mkdirSync(join(root, 'libs/json'), { recursive: true });
    expect(problemsLoading({ entries: [{ name: 'A', source: 'libs/json' }] }).map((p) => p.path)).toEqual(['$.entries[0].source']);
  });

  it('no path may escape the workspace', () => {
    write('libs/a.ts', '');
    const problems = problemsLoading({
      include: ['../**/*.ts'],
      exclude: ['/abs/**'],
      entries: [
        { name: 'Outside', source: '../outside.ts' },
        {
          name: 'A',
          source: 'libs/a.ts',
          legacyPaths: ['@acme/old', 'libs/../../x.ts'],
          bypasses: [{ import: 'C:\\x.ts' }, { new: 'Pool', from: '..\\pg' }, { import: 'lodash/*' }],
          exemptions: [{ files: ['libs/legacy/**', '../legacy/**'], reason: 'r' }, { files: '/tmp/**', reason: 'r' }],
        },
      ],
    });
    expect(problems.map((p) => p.path).sort()).toEqual(
      [
        '$.include[0]',
        '$.exclude[0]',
        '$.entries[0].source',
        '$.entries[1].legacyPaths[1]',
        '$.entries[1].bypasses[0].import',
        '$.entries[1].bypasses[1].from',
        '$.entries[1].exemptions[0].files[1]',
        '$.entries[1].exemptions[1].files',
      ].sort(),
    );
    expect(problems[0].expected).toBe('a workspace-relative path or module specifier (no ".." segments, not absolute)');
  });

  it('reports schema problems before looking at the workspace', () => {
    expect(problemsLoading({ entries: [{ name: 'A', source: 'missing.ts', enforce: 'x' }] }).map((p) => p.path)).toEqual([
      '$.entries[0].enforce',
    ]);
  });
});
