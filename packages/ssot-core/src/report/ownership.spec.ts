/**
 * Owners through the real pipeline: checks on an in-memory workspace with a CODEOWNERS file, then
 * the report's rollups per owner and per tag, the matrices, the owners named by action items, and
 * --owner. The expected figures are counted by hand from the files below.
 */
import { createProjectChecker } from '../analyze';
import { parseRegistry } from '../registry/load-registry';
import { createMemoryHost } from '../workspace/memory-host';
import { buildReport } from './build-report';

const registry = parseRegistry(JSON.stringify({ entries: [{ name: 'Json', module: 'json-lib', export: 'Json', priority: 'high', bypasses: [{ global: 'JSON.parse' }] }] }));
const projects = [
  { name: 'web', root: 'apps/web', tags: ['scope:apps', 'team:web'] },
  { name: 'api', root: 'apps/api', tags: ['scope:apps'] },
  { name: 'util', root: 'libs/util', tags: ['scope:libs'] },
];
const host = createMemoryHost({
  '.github/CODEOWNERS': 'apps/web/ @acme/web\napps/api/ @acme/api\n/apps/api/src/shared/ @acme/api @acme/web\n',
  // web: 2 usages, 1 bypass
  'apps/web/src/main.ts': "import { Json } from 'json-lib';\nJson.parse('1');\nJson.parse('2');\nJSON.parse('3');\n",
  // api: 1 usage, 1 bypass of its own, 2 bypasses co-owned by web
  'apps/api/src/main.ts': "import { Json } from 'json-lib';\nJson.parse('1');\nJSON.parse('2');\n",
  'apps/api/src/shared/read.ts': "JSON.parse('3');\nJSON.parse('4');\n",
  // util: nobody's
  'libs/util/src/index.ts': "export const x = JSON.parse('5');\n",
});
const checker = createProjectChecker({ workspaceRoot: '/memory', host, registry, projects, today: '2026-06-01' });
const results = projects.map((project) => checker.check(project.name));
const build = (owner?: string) => buildReport({ registry, results, projects, today: '2026-06-01', ...(owner !== undefined && { owner }) });

describe('report ownership', () => {
  const report = build();

  it('rolls sites up per owner, a co-owned site once for each owner, unowned code under (no owner)', () => {
    expect(report.ownership.from).toBe('codeowners');
    expect(report.ownership.owners.map(({ name, usage, bypass, coverage }) => ({ name, usage, bypass, coverage }))).toEqual([
      { name: '@acme/api', usage: 1, bypass: 3, coverage: 25 },
      { name: '@acme/web', usage: 2, bypass: 3, coverage: 40 },
      { name: '(no owner)', usage: 0, bypass: 1, coverage: 0 },
    ]);
    expect(report.ownership.owners[0]).toMatchObject({ tier: 'Tier 4 Underutilized', topEntries: [{ entry: 'Json', usage: 1, bypass: 3, coverage: 25 }] });
  });

  it('rolls projects up per tag, grouped by the part before the colon', () => {
    expect(report.ownership.tags.map(({ name, group, usage, bypass }) => ({ name, group, usage, bypass }))).toEqual([
      { name: 'scope:apps', group: 'scope', usage: 3, bypass: 4 },
      { name: 'scope:libs', group: 'scope', usage: 0, bypass: 1 },
      { name: 'team:web', group: 'team', usage: 2, bypass: 1 },
    ]);
  });

  it('has a project × SSOT and an owner × SSOT matrix, most bypass sites first, coloured by tier', () => {
    expect(report.matrices.projects).toEqual({
      rows: ['api', 'util', 'web'],
      columns: ['Json'],
      cells: [[{ usage: 1, bypass: 3, coverage: 25, tier: 'Tier 4 Underutilized' }], [{ usage: 0, bypass: 1, coverage: 0, tier: 'Tier 4 Underutilized' }], [{ usage: 2, bypass: 1, coverage: 66.7, tier: 'Tier 2 Critical' }]],
    });
    expect(report.matrices.owners.rows).toEqual(['@acme/api', '@acme/web', '(no owner)']);
  });

  it('names the owners to ask in each action item', () => {
    expect(report.actionItems[0].owners).toEqual([
      { owner: '@acme/api', bypass: 3 },
      { owner: '@acme/web', bypass: 3 },
      { owner: '(no owner)', bypass: 1 },
    ]);
  });

  it.each([
    ['@acme/web', 2, 3, ['api', 'web']],
    ['@acme/api', 1, 3, ['api']],
    ['(no owner)', 0, 1, ['util']],
  ])('--owner=%s counts only that owner\'s code', (owner, usage, bypass, bypassing) => {
    const filtered = build(owner);
    expect(filtered.ownership.filter).toBe(owner);
    expect(filtered.entries[0]).toMatchObject({ usage, bypass });
    expect(filtered.entries[0].topBypassing.map((p) => p.project).sort()).toEqual(bypassing);
  });
});
