import { proposeBypassFamilies } from './bypass-families';
import { proposeFactories } from './factories';
import { proposeInjectedServices } from './injected-services';
import { proposeMagicLiterals } from './magic-literals';
import { isDistinctiveString, isTestSupport } from './collect-inventory';
import type { Candidate, MatcherUse } from './proposal';
import { candidateUse } from './__fixtures__/candidate-use';

const cls = (name: string, kind: Candidate['kind'] = 'class', project = 'core'): Candidate => ({
  id: `${project}/${name}`,
  name,
  kind,
  file: `libs/${project}/src/${name}.ts`,
  project,
  members: [],
});
const used = candidateUse;
const matcherUse = (path: string, files: string[]): MatcherUse => ({
  matcher: { kind: 'global', path },
  sites: files.length,
  files,
  perFile: Object.fromEntries(files.map((f) => [f, 1])),
  projects: ['app'],
});

interface FamilyCase {
  title: string;
  names: string[];
  files: Record<string, string[]>;
  family: string;
  expected: string[];
}

describe('proposeBypassFamilies', () => {
  it.each<FamilyCase>([
    {
      title: 'pairs console with the most used Logger',
      names: ['Logger', 'AuditLogger'],
      files: {
        Logger: ['a.ts', 'b.ts', 'c.ts'],
        AuditLogger: ['a.ts', 'b.ts'],
      },
      family: 'logging',
      expected: ['Logger'],
    },
    {
      title: 'needs the candidate in two files',
      names: ['Logger'],
      files: { Logger: ['a.ts'] },
      family: 'logging',
      expected: [],
    },
    {
      title: 'an accessor function named for the concern is a candidate',
      names: ['getLogger'],
      files: { getLogger: ['a.ts', 'b.ts'] },
      family: 'logging',
      expected: ['getLogger'],
    },
    {
      title: "a builder of one tool's settings is not the concern",
      names: ['createDevServerLogger'],
      files: { createDevServerLogger: ['a.ts', 'b.ts'] },
      family: 'logging',
      expected: [],
    },
    {
      title: 'a name that does not say the concern is no candidate',
      names: ['Printer'],
      files: { Printer: ['a.ts', 'b.ts'] },
      family: 'logging',
      expected: [],
    },
  ])('$title', ({ names, files, family, expected }) => {
    const candidates = names.map((name) => cls(name, /^[a-z]/.test(name) ? 'function' : 'class'));
    const uses = new Map(candidates.map((c) => [c.id, used(files[c.name] ?? [])]));
    const familyUses = new Map([[family, [matcherUse('console', ['x.ts'])]]]);
    const { facets, unpaired } = proposeBypassFamilies({
      candidates,
      uses,
      familyUses,
    });
    expect(facets.map((facet) => facet.candidate.name)).toEqual(expected);
    expect(unpaired.map((u) => u.family.id)).toEqual(expected.length > 0 ? [] : [family]);
  });

  // A role word alone (Serializer) is shared by many concerns: it pairs only a class that wraps the bypass itself.
  it.each<[string, string[], string[]]>([
    ['a JSON-named class pairs by its name alone', ['JsonCodec'], ['JsonCodec']],
    ['a *Serializer that calls JSON.stringify in its own source pairs', ['PayloadSerializer'], ['PayloadSerializer']],
    ['a *Serializer of something else (router state) does not', ['RouterStateSerializer'], []],
  ])('json: %s', (_, names, expected) => {
    const candidates = names.map((name) => cls(name));
    const wraps = candidates.filter((c) => c.name !== 'RouterStateSerializer').map((c) => c.file);
    const { facets } = proposeBypassFamilies({
      candidates,
      uses: new Map(candidates.map((c) => [c.id, used(['a.ts', 'b.ts'])])),
      familyUses: new Map([['json', [matcherUse('JSON.stringify', ['x.ts', 'y.ts', ...wraps])]]]),
    });
    expect(facets.map((facet) => facet.candidate.name)).toEqual(expected);
  });

  it.each<[string, string[], string[]]>([
    ['the app config pairs by its name alone', ['AppConfig'], ['AppConfig']],
    ['a config service pairs by its name alone', ['ConfigService'], ['ConfigService']],
    ["one feature's options type does not (StoreDevtoolsConfig)", ['StoreDevtoolsConfig'], []],
    ["one feature's config that reads process.env itself does", ['DatabaseConfig'], ['DatabaseConfig']],
  ])('config: %s', (_, names, expected) => {
    const candidates = names.map((name) => cls(name));
    const wraps = candidates.filter((c) => c.name === 'DatabaseConfig').map((c) => c.file);
    const { facets } = proposeBypassFamilies({
      candidates,
      uses: new Map(candidates.map((c) => [c.id, used(['a.ts', 'b.ts'])])),
      familyUses: new Map([['config', [matcherUse('process.env', ['x.ts', 'y.ts', ...wraps])]]]),
    });
    expect(facets.map((facet) => facet.candidate.name)).toEqual(expected);
  });

  it("does not count the candidate source's own bypasses as evidence", () => {
    const logger = cls('Logger');
    const { facets } = proposeBypassFamilies({
      candidates: [logger],
      uses: new Map([[logger.id, used(['a.ts', 'b.ts'])]]),
      familyUses: new Map([['logging', [matcherUse('console', [logger.file])]]]),
    });
    expect(facets).toEqual([]);
  });
});

describe('proposeFactories', () => {
  it.each([
    {
      title: 'createX beside new X',
      fn: 'createEngine',
      constructions: 2,
      expected: ['createEngine'],
    },
    {
      title: 'getX beside new X',
      fn: 'getEngine',
      constructions: 1,
      expected: ['getEngine'],
    },
    {
      title: 'no new X: nothing to steer',
      fn: 'createEngine',
      constructions: 0,
      expected: [],
    },
    {
      title: 'a function not named after the class',
      fn: 'createRunner',
      constructions: 2,
      expected: [],
    },
  ])('$title', ({ fn, constructions, expected }) => {
    const engine = cls('Engine');
    const factory = cls(fn, 'function');
    const uses = new Map([
      [engine.id, used(['a.ts'], { constructions })],
      [factory.id, used(['b.ts'])],
    ]);
    expect(proposeFactories([engine, factory], uses).map((facet) => facet.factory)).toEqual(expected);
  });
});

interface InjectedCase {
  title: string;
  injected: string[];
  env: string[];
  claimed: [string, string][];
  expected: [string, string[]][];
}

describe('proposeInjectedServices', () => {
  const files = ['a.ts', 'b.ts', 'c.ts'];
  it.each<InjectedCase>([
    {
      title: 'injected in three files, process.env beside it in two',
      injected: files,
      env: ['a.ts', 'b.ts'],
      claimed: [],
      expected: [['ConfigStore', ['process.env']]],
    },
    {
      title: 'a bypass beside it in one file of three is not its concern',
      injected: files,
      env: ['a.ts'],
      claimed: [],
      expected: [['ConfigStore', []]],
    },
    {
      title: 'a family paired by name with another candidate stays there',
      injected: files,
      env: files,
      claimed: [['config', 'core/Other']],
      expected: [['ConfigStore', []]],
    },
    {
      title: 'typed parameters alone are not injection',
      injected: ['a.ts'],
      env: files,
      claimed: [],
      expected: [],
    },
  ])('$title', ({ injected, env, claimed, expected }) => {
    const service = cls('ConfigStore');
    const uses = new Map([[service.id, used(files, { handleFiles: files, injectedFiles: injected })]]);
    const facets = proposeInjectedServices([service], uses, new Map([['config', [matcherUse('process.env', env)]]]), new Map(claimed));
    expect(facets.map((facet) => [facet.candidate.name, (facet.bypasses ?? []).map((m) => (m.kind === 'global' ? m.path : m.kind))])).toEqual(expected);
  });

  it('takes no `new Error` from the files that inject it: error construction is everywhere, so co-occurrence says nothing (seen on ngrx/platform)', () => {
    const service = cls('EntityActionFactory');
    const uses = new Map([[service.id, used(files, { handleFiles: files, injectedFiles: files })]]);
    const newError: MatcherUse = { ...matcherUse('Error', files), matcher: { kind: 'new', className: 'Error' } };
    const facets = proposeInjectedServices([service], uses, new Map([['errors', [newError]], ['config', [matcherUse('process.env', files)]]]), new Map());
    expect(facets.map((facet) => (facet.bypasses ?? []).map((m) => m.kind))).toEqual([['global']]);
  });
});

describe('isTestSupport: test fixtures and helpers propose no SSOT source', () => {
  it.each([
    ['modules/store/spec/fixtures/todos.ts', true],
    ['apps/web/src/__tests__/helpers.ts', true],
    ['libs/core/testing/mocks/http.ts', true],
    ['apps/web-e2e/src/e2e/app.cy.ts', true],
    ['test/setup.ts', true],
    ['libs/core/src/logging/logger.ts', false],
    ['libs/contest/src/testament.ts', false],
    ['libs/specs-reader/src/index.ts', false],
  ])('%s: %s', (file, expected) => {
    expect(isTestSupport(file)).toBe(expected);
  });
});

describe('proposeMagicLiterals', () => {
  it.each([
    {
      title: 'a value written out twice besides its constant',
      literalFiles: ['a.ts', 'b.ts'],
      expected: [[{ kind: 'literal', value: 'yyyy-MM-dd' }]],
    },
    {
      title: 'written out once: not yet a pattern',
      literalFiles: ['a.ts'],
      expected: [],
    },
  ])('$title', ({ literalFiles, expected }) => {
    const constant: Candidate = {
      ...cls('DATE_FORMAT'),
      kind: 'constant',
      value: 'yyyy-MM-dd',
    };
    const uses = new Map([
      [
        constant.id,
        used(['c.ts'], {
          literalSites: literalFiles.length,
          literalFiles,
          literalPerFile: Object.fromEntries(literalFiles.map((f) => [f, 1])),
        }),
      ],
    ]);
    expect(proposeMagicLiterals([constant], uses).map((facet) => facet.bypasses)).toEqual(expected);
  });

  it('does not count another constant declared with the same value as a magic string', () => {
    const constant: Candidate = {
      ...cls('V17_MARKED'),
      kind: 'constant',
      value: '^15.0.0',
    };
    const twin: Candidate = {
      ...cls('V18_MARKED'),
      file: 'b.ts',
      id: 'b.ts#V18_MARKED',
      kind: 'constant',
      value: '^15.0.0',
    };
    const withTwin = used([], {
      literalSites: 2,
      literalFiles: ['b.ts', 'c.ts'],
      literalPerFile: { 'b.ts': 1, 'c.ts': 1 },
    });
    expect(proposeMagicLiterals([constant, twin], new Map([[constant.id, withTwin]]))).toEqual([]);
  });

  it.each([
    ['no twin', [], 'is used at 1 site'],
    ['a twin constant, which the check counts as a bypass', ['b.ts'], 'is used at 1 site (the check also counts 1 other constant with this value as bypasses: b.ts)'],
  ])('says what the check counts beside the written-out sites: %s', (_, twinFiles: string[], expected) => {
    const constant: Candidate = { ...cls('DEPLOY_URL'), kind: 'constant', value: 'http://localhost:3000' };
    const twins = twinFiles.map((file): Candidate => ({ ...cls('DEPLOY_URL'), file, id: `${file}#DEPLOY_URL`, kind: 'constant', value: 'http://localhost:3000' }));
    const literalFiles = [...twinFiles, 'c.ts', 'd.ts'];
    const use = used(['e.ts'], { literalSites: literalFiles.length, literalFiles, literalPerFile: Object.fromEntries(literalFiles.map((f) => [f, 1])) });
    const [facet] = proposeMagicLiterals([constant, ...twins], new Map([[constant.id, use]]));
    expect(facet.evidence).toContain('is written out at 2 sites in 2 files (c.ts, d.ts)');
    expect(facet.evidence.endsWith(expected)).toBe(true);
  });

  it.each([
    ['yyyy-MM-dd', true],
    ['application/json', true],
    ['ADMIN', true],
    ['user', false],
    ['a-b', false],
  ])('%s is distinctive: %s', (value, expected) => {
    expect(isDistinctiveString(value)).toBe(expected);
  });
});

describe('proposeMagicLiterals, one entry per value', () => {
  it('proposes the constant used most when two declare the same value', () => {
    const literal = {
      literalSites: 2,
      literalFiles: ['x.ts', 'y.ts'],
      literalPerFile: { 'x.ts': 1, 'y.ts': 1 },
    };
    const rarely: Candidate = {
      ...cls('OLD_FORMAT'),
      kind: 'constant',
      value: 'dd.MM.yyyy',
    };
    const often: Candidate = {
      ...cls('FORMAT', 'constant', 'dates'),
      value: 'dd.MM.yyyy',
    };
    const uses = new Map([
      [rarely.id, used(['a.ts'], literal)],
      [often.id, used(['a.ts', 'b.ts', 'c.ts'], literal)],
    ]);
    expect(proposeMagicLiterals([rarely, often], uses).map((facet) => facet.candidate.name)).toEqual(['FORMAT']);
  });

  it.each([['17.0.0'], ['^19.0.0'], ['~1.2.3-beta.1'], ['2024']])('%s is a number or version, never a magic string', (value) => {
    expect(isDistinctiveString(value)).toBe(false);
  });
});
