import { checkProject } from '../analyze';
import { entry, registry, TEST_PROJECTS, TEST_TSCONFIG } from '../testing/memory-workspace';
import { createMemoryHost } from '../workspace/memory-host';

describe('matcherSites of a project result', () => {
  const host = createMemoryHost({
    'tsconfig.base.json': TEST_TSCONFIG,
    'libs/lib/src/json.ts': 'export class Json { parse(text: string) { return JSON.parse(text); } }\n',
    'apps/app/src/main.ts': [
      "import { Pool } from 'pg';",
      "import { cloneDeep } from 'lodash';",
      "import 'lodash/fp';",
      'JSON.parse("1");',
      'console.log(cloneDeep({}));',
      'new Pool();',
      "export const day = 'yyyy-MM-dd';",
      '',
    ].join('\n'),
    'apps/app/src/legacy.ts': 'JSON.parse("2");\n',
    'apps/web/src/main.ts': 'JSON.parse("3");\n',
  });
  const json = entry({
    name: 'Json',
    source: 'libs/lib/src/json.ts',
    bypasses: [
      { kind: 'global', path: 'JSON.parse' },
      { kind: 'global', path: 'JSON' }, // matches the same sites as JSON.parse: both count
      { kind: 'import', pattern: 'lodash', names: ['cloneDeep'] },
      { kind: 'import', pattern: 'lodash/*' },
      { kind: 'new', className: 'Pool', from: 'pg' },
      { kind: 'import', pattern: 'pg' }, // the same `new Pool` site, through the import binding
      { kind: 'literal', value: 'yyyy-MM-dd' },
      { kind: 'global', path: 'JSON.rawJSON' }, // nothing
      { kind: 'import', pattern: 'axios' }, // nothing
    ],
    exemptions: [{ files: ['apps/app/src/legacy.ts'], reason: 'old' }],
  });
  const onlyWeb = entry({ name: 'Log', source: 'libs/lib/src/json.ts', projects: ['web'], bypasses: [{ kind: 'global', path: 'console' }] });
  const options = { workspaceRoot: '/memory', host, registry: registry([json, onlyWeb]), projects: TEST_PROJECTS, today: '2026-06-01' };

  it('counts the sites each matcher matched, exempt ones and shared ones included, for the entries that apply', () => {
    const app = checkProject({ ...options, project: 'app' });
    // JSON.parse: main.ts and the exempt legacy.ts.
    expect(app.matcherSites).toEqual({ Json: [2, 2, 1, 1, 1, 1, 1, 0, 0] });
    expect(app.entries.Json).toMatchObject({ bypass: 5, exempt: { bypass: 1 } });
    expect(checkProject({ ...options, project: 'web' }).matcherSites).toEqual({ Json: [1, 1, 0, 0, 0, 0, 0, 0, 0], Log: [0] });
  });
});
