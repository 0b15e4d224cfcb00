import { checkProject } from '../analyze';
import type { BypassMatcher } from '../registry/normalized-registry';
import { entry, registry, TEST_PROJECTS, TEST_TSCONFIG } from '../testing/memory-workspace';
import { createMemoryHost } from '../workspace/memory-host';
import { buildReport } from './build-report';
import { describeMatcher } from './workspace-warnings';

const TODAY = '2026-06-01';

describe('workspace warnings in the report', () => {
  // Each project alone has a matcher with no site; only the whole workspace can say which match nothing.
  const host = createMemoryHost({
    'tsconfig.base.json': TEST_TSCONFIG,
    'libs/lib/src/json.ts': 'export class Json { parse(text: string) { return JSON.parse(text); } }\nexport class Clock {}\n',
    'apps/app/src/main.ts': "import { Json } from '@acme/lib';\nnew Json().parse('1');\nJSON.parse('2');\n",
    'apps/web/src/main.ts': "import axios from 'axios';\naxios.get('/');\n",
    'apps/web/src/broken.ts': 'export const broken = (;\nJSON.parse("3");\n',
  });
  const json = entry({
    name: 'Json',
    source: 'libs/lib/src/json.ts',
    projects: ['app', 'web', 'legacy-ap', '!tag:nope'],
    bypasses: [{ kind: 'global', path: 'JSON.parse' }, { kind: 'import', pattern: 'axios' }, { kind: 'import', pattern: 'generated/barrel' }],
  });
  const clock = entry({ name: 'Clock', source: 'libs/lib/src/json.ts', bypasses: [{ kind: 'global', path: 'Date.now' }] });
  const nowhere = entry({ name: 'Nowhere', source: 'libs/lib/src/json.ts', projects: ['old'] });
  const reg = registry([json, clock, nowhere]);
  const results = TEST_PROJECTS.map((p) => checkProject({ workspaceRoot: '/memory', host, registry: reg, projects: TEST_PROJECTS, project: p.name, today: TODAY }));
  const report = (options: { strict?: boolean; strictRegistry?: boolean } = {}) =>
    buildReport({ registry: options.strictRegistry ? { ...reg, strict: true } : reg, results, today: TODAY, projects: TEST_PROJECTS, strict: options.strict });

  it('names each pattern, entry and matcher that matched nothing anywhere, once, at its place in the registry', () => {
    expect(report().diagnostics.workspace).toEqual([
      { code: 'pattern-matches-no-project', entry: 'Json', file: 'ssot.json', path: '$.entries[0].projects[2]', message: 'project pattern "legacy-ap" of Json matches none of the 4 projects' },
      { code: 'pattern-matches-no-project', entry: 'Json', file: 'ssot.json', path: '$.entries[0].projects[3]', message: 'project pattern "!tag:nope" of Json matches none of the 4 projects' },
      { code: 'matcher-matches-no-site', entry: 'Json', file: 'ssot.json', path: '$.entries[0].bypasses[2]', message: 'bypass matcher { "import": "generated/barrel" } of Json matched no site in the workspace' },
      { code: 'entry-matches-no-site', entry: 'Clock', file: 'ssot.json', path: '$.entries[1]', message: 'Clock matched no site, usage or bypass, in the workspace (none in the 4 projects it applies to)' },
      { code: 'entry-matches-no-site', entry: 'Nowhere', file: 'ssot.json', path: '$.entries[2]', message: 'Nowhere matched no site, usage or bypass, in the workspace (none in the 1 project it applies to)' },
    ]);
  });

  it('keeps them out of every project result: they are judged over all results together', () => {
    const app = results.find((result) => result.project === 'app');
    expect(results.map((result) => result.matcherSites.Json)).toEqual([[1, 0, 0], [1, 1, 0], undefined, undefined]); // app, web; lib and old are not in its projects
    expect(JSON.stringify(results)).not.toContain('matches none');
  });

  it('groups the projects\' per-file diagnostics by code, each place with its project', () => {
    expect(report().diagnostics.files).toEqual([
      { code: 'syntax-error', count: 1, places: [expect.objectContaining({ project: 'web', file: 'apps/web/src/broken.ts', line: 1 })] },
    ]);
  });

  it('passes with warnings by default, and fails naming each under the registry\'s strict or --strict', () => {
    expect(report().failures).toEqual([]);
    const expected = report().diagnostics.workspace.map((w) => `workspace warning (strict): ${w.message} (ssot.json ${w.path})`);
    expect(report({ strict: true }).failures).toEqual(expected);
    expect(report({ strictRegistry: true }).failures).toEqual(expected);
  });

  it('places each warning at its line and column when given the registry\'s text', () => {
    const text = JSON.stringify({ entries: [{ name: 'Json', projects: ['app', 'web', 'legacy-ap', '!tag:nope'], bypasses: [{ global: 'JSON.parse' }, { import: 'axios' }, { import: 'generated/barrel' }] }, { name: 'Clock' }, { name: 'Nowhere' }] }, null, 2);
    const placed = buildReport({ registry: reg, results, today: TODAY, projects: TEST_PROJECTS, registryText: text, strict: true });
    expect(placed.diagnostics.workspace.map((w) => [w.path, w.line, w.column])).toEqual([
      ['$.entries[0].projects[2]', 8, 9],
      ['$.entries[0].projects[3]', 9, 9],
      ['$.entries[0].bypasses[2]', 18, 9], // the matcher object's opening brace
      ['$.entries[1]', 23, 5],
      ['$.entries[2]', 26, 5],
    ]);
    expect(placed.failures[0]).toBe('workspace warning (strict): project pattern "legacy-ap" of Json matches none of the 4 projects (ssot.json:8:9 $.entries[0].projects[2])');
  });

  it('judges no pattern without the workspace\'s projects', () => {
    const codes = buildReport({ registry: reg, results, today: TODAY }).diagnostics.workspace.map((w) => w.code);
    expect(codes).not.toContain('pattern-matches-no-project');
  });

  it.each<[BypassMatcher, string]>([
    [{ kind: 'import', pattern: 'lodash', names: ['cloneDeep'] }, '{ "import": "lodash", "names": ["cloneDeep"] }'],
    [{ kind: 'new', className: 'Pool', from: 'pg' }, '{ "new": "Pool", "from": "pg" }'],
    [{ kind: 'global', path: 'JSON.parse', replaceWith: 'Json.parse' }, '{ "global": "JSON.parse" }'],
    [{ kind: 'literal', value: 'yyyy-MM-dd' }, '{ "literal": "yyyy-MM-dd" }'],
  ])('spells a matcher as the registry does: %j', (matcher, text) => {
    expect(describeMatcher(matcher)).toBe(text);
  });
});
