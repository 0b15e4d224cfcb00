import { checkProject } from '../analyze';
import { entry, registry, TEST_PROJECTS, TEST_TSCONFIG } from '../testing/memory-workspace';
import { createMemoryHost } from '../workspace/memory-host';
import { REPORT_FORMATS, REPORTERS } from '../reporters';
import { buildReport } from './build-report';

const TODAY = '2026-06-01';

describe('zero-match warnings say "did you mean …?" with the closest name in the code', () => {
  const host = createMemoryHost({
    'tsconfig.base.json': TEST_TSCONFIG,
    'libs/lib/src/http.ts': 'export class Http { get(url: string) { return url; } }\nexport class HttpClient {}\n',
    'apps/app/src/main.ts': "import axios from 'axios';\nimport { Http } from '@acme/lib';\nnew Http().get('/');\naxios.get('/');\nJSON.parse('1');\n",
    'apps/web/src/main.ts': "import { Pool } from 'pg';\nimport { format } from 'date-fns';\nnew Pool();\nformat(new Date(), 'yyyy');\nconsole.log(1);\n",
    'apps/web/src/clock.ts': 'export class SystemClock {}\nprocess.env.API_URL;\n',
  });
  const http = entry({
    name: 'Http',
    source: 'libs/lib/src/http.ts',
    projects: ['app', 'web', 'tag:scope:backnd', '!tag:scope:frontnd', 'legacy-*'],
    bypasses: [
      { kind: 'import', pattern: 'axois' }, // [0] a swap
      { kind: 'global', path: 'JSON.prase' }, // [1] a slip in the member
      { kind: 'global', path: 'JOSN.stringify' }, // [2] a slip in the root: JSON is known though no chain is seen
      { kind: 'new', className: 'Pol', from: 'pgg' }, // [3] too short to guess the class; the module is one slip away… but 'pg' is too short too
      { kind: 'new', className: 'SystemClok' }, // [4] a declared class
      { kind: 'import', pattern: 'date-fsn' }, // [5]
      { kind: 'global', path: 'process.env.API_URI' }, // [6]
      { kind: 'import', pattern: 'lodash' }, // [7] nothing near: no hint
      { kind: 'import', pattern: 'axios' }, // [8] matches: no warning
    ],
  });
  const config = entry({ name: 'Config', module: '@acme/confg', bypasses: [{ kind: 'global', path: 'consle.log' }] });
  const reg = registry([http, config]);
  const results = TEST_PROJECTS.map((p) => checkProject({ workspaceRoot: '/memory', host, registry: reg, projects: TEST_PROJECTS, project: p.name, today: TODAY }));
  const report = buildReport({ registry: reg, results, today: TODAY, projects: TEST_PROJECTS });
  const warnings = report.diagnostics.workspace;
  const byPath = new Map(warnings.map((w) => [w.path, w]));

  it.each<[string, string[] | undefined]>([
    ['$.entries[0].projects[2]', ['tag:scope:backend']],
    ['$.entries[0].projects[3]', ['!tag:scope:frontend']],
    ['$.entries[0].projects[4]', undefined], // a glob: no single name to fix
    ['$.entries[0].bypasses[0]', ['axios']],
    ['$.entries[0].bypasses[1]', ['JSON.parse']],
    ['$.entries[0].bypasses[2]', ['JSON.stringify']],
    ['$.entries[0].bypasses[3]', undefined],
    ['$.entries[0].bypasses[4]', ['SystemClock']],
    ['$.entries[0].bypasses[5]', ['date-fns']],
    ['$.entries[0].bypasses[6]', ['process.env.API_URL']],
    ['$.entries[0].bypasses[7]', undefined],
    ['$.entries[1]', ['console.log']],
  ])('%s → %j', (path, names) => {
    expect(byPath.get(path)?.didYouMean).toEqual(names);
  });

  it('ends the message with the hint, and names the part when an entry has several', () => {
    expect(byPath.get('$.entries[0].bypasses[0]')?.message).toBe('bypass matcher { "import": "axois" } of Http matched no site in the workspace — did you mean `axios`?');
    expect(byPath.get('$.entries[0].projects[2]')?.message).toBe('project pattern "tag:scope:backnd" of Http matches none of the 4 projects — did you mean `tag:scope:backend`?');
    expect(byPath.has('$.entries[0].bypasses[8]')).toBe(false);
  });

  it('keeps in each project\'s result only the close names of the parts it did not match, sorted', () => {
    const app = results.find((r) => r.project === 'app');
    const web = results.find((r) => r.project === 'web');
    expect(app?.closestNames?.map((n) => `${n.entry} ${n.at} ${n.names.join(',')} ${n.distance}`)).toEqual(['Http bypasses[0].import axios 1', 'Http bypasses[1].global JSON.parse 1']);
    expect(web?.closestNames?.map((n) => n.at)).toEqual(['bypasses[4].new', 'bypasses[5].import', 'bypasses[6].global']);
    expect(results.find((r) => r.project === 'old')?.closestNames).toBeUndefined();
  });

  it.each(REPORT_FORMATS)('shows the hints in the %s report', (format) => {
    const output = REPORTERS[format](report, {});
    expect(output).toMatch(/did you mean .{0,40}axios/);
  });
});
