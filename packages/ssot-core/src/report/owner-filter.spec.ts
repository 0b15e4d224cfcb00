/**
 * `--owner` view by view, through the real pipeline: checks on an in-memory workspace with a
 * CODEOWNERS file and recorded baselines, then one change (a file deleted, a file unreadable, a new
 * bypass) and the report filtered to one owner. Each row of the table is a view of the report and
 * what it holds under `--owner=@acme/web`; the figures are counted by hand from the files below.
 */
import { createProjectChecker, renderBaseline } from '../analyze';
import { parseRegistry } from '../registry/load-registry';
import { renderMarkdown } from '../reporters/markdown';
import { renderSarif } from '../reporters/sarif';
import { renderTerminal } from '../reporters/terminal';
import type { FileHost } from '../workspace/file-host';
import { createMemoryHost } from '../workspace/memory-host';
import { buildReport } from './build-report';
import type { WorkspaceReport } from './report-model';

const registry = parseRegistry(
  JSON.stringify({ entries: [{ name: 'Json', module: 'json-lib', export: 'Json', priority: 'high', enforce: 'error', minCoverage: 30, bypasses: [{ global: 'JSON.parse' }, { global: 'JSON.stringify' }] }] }),
);
const projects = [
  { name: 'web', root: 'apps/web', tags: ['scope:apps'] },
  { name: 'api', root: 'apps/api', tags: ['scope:apps'] },
  { name: 'util', root: 'libs/util', tags: ['scope:libs'] },
];
const SILENT = 'export function f() {\n  try {\n    return 1;\n  } catch {}\n}\n';
const BEFORE: Record<string, string> = {
  '.github/CODEOWNERS': 'apps/web/ @acme/web\napps/api/ @acme/api\n/apps/api/src/shared/ @acme/api @acme/web\n',
  'apps/web/src/main.ts': "import { Json } from 'json-lib';\nJson.parse('1');\nJson.parse('2');\nJSON.parse('3');\n",
  // fixed later by deleting the file: no site of it remains
  'apps/web/src/gone.ts': "JSON.parse('4');\n",
  // unreadable later: its item is kept
  'apps/web/src/locked.ts': "JSON.parse('5');\n",
  'apps/web/src/silent.ts': SILENT,
  'apps/api/src/main.ts': "import { Json } from 'json-lib';\nJson.parse('1');\nJSON.parse('2');\n",
  'apps/api/src/silent.ts': SILENT,
  // co-owned by @acme/api and @acme/web
  'apps/api/src/shared/read.ts': "JSON.parse('3');\nJSON.parse('4');\n",
  'libs/util/src/index.ts': "export const x = JSON.parse('6');\n",
  // no catch style dominates the workspace: a finding about the whole workspace (at ".", nobody's)
  'apps/api/src/rethrow.ts': 'export function g() {\n  try {\n    return 1;\n  } catch (error) {\n    throw error;\n  }\n}\n',
  'libs/util/src/log.ts': 'export function h() {\n  try {\n    return 1;\n  } catch (error) {\n    console.warn(error);\n  }\n}\n',
};
const TODAY = '2026-06-01';
const checkAll = (host: FileHost) => {
  const checker = createProjectChecker({ workspaceRoot: '/memory', host, registry, projects, today: TODAY });
  return projects.map((project) => checker.check(project.name));
};
const baselines = Object.fromEntries(checkAll(createMemoryHost(BEFORE)).map((result) => [`${projects.find((p) => p.name === result.project)?.root}/ssot-baseline.txt`, renderBaseline(result)]));
const after: Record<string, string> = { ...BEFORE, ...baselines, 'apps/web/src/main.ts': `${BEFORE['apps/web/src/main.ts']}JSON.stringify(7);\n` };
delete after['apps/web/src/gone.ts'];
const base = createMemoryHost(after);
const results = checkAll({ ...base, readFile: (path) => (path === 'apps/web/src/locked.ts' ? undefined : base.readFile(path)) });
const build = (owner?: string) => buildReport({ registry, results, projects, today: TODAY, ...(owner !== undefined && { owner }) });
const full = build();
const web = build('@acme/web');

const VIEWS: [view: string, read: (report: WorkspaceReport) => unknown, expected: unknown][] = [
  ['the filter it names', (r) => r.ownership.filter, '@acme/web'],
  // web/main 2 usages + api/main's none; bypasses: web/main 2, shared 2, locked's kept item 1
  ['totals', (r) => ({ usage: r.totals.usage, bypass: r.totals.bypass, projects: r.totals.projects }), { usage: 2, bypass: 5, projects: 2 }],
  ['per-entry coverage', (r) => r.entries.map((e) => ({ name: e.name, usage: e.usage, bypass: e.bypass, coverage: e.coverage, kept: e.kept, incomplete: e.incomplete })), [{ name: 'Json', usage: 2, bypass: 5, coverage: 28.6, kept: 1, incomplete: true }]],
  // a kept item counts as a bypass of its project, as in the check
  ['projects table: only where it has code, its files analysed', (r) => r.projects.map((p) => [p.name, p.usage, p.bypass, p.filesAnalysed, p.filesNotAnalysed]), [['web', 2, 3, 2, 1], ['api', 0, 2, 1, undefined]]],
  ['owner rollups: only that owner', (r) => r.ownership.owners.map((o) => [o.name, o.usage, o.bypass, o.findings]), [['@acme/web', 2, 4, 1]]],
  ['tag rollups: its code in the tagged projects', (r) => r.ownership.tags.map((t) => [t.name, t.usage, t.bypass]), [['scope:apps', 2, 5]]],
  ['project × SSOT matrix', (r) => r.matrices.projects.rows, ['web', 'api']],
  ['owner × SSOT matrix', (r) => r.matrices.owners.rows, ['@acme/web']],
  ['findings', (r) => r.findings.map((f) => f.file), ['apps/web/src/silent.ts']],
  ['anti-pattern summary: its findings only', (r) => r.antiPatterns.map((a) => [a.detector, a.count]), [['silent-failure', 1]]],
  ['action items: whom to ask', (r) => r.actionItems.map((item) => item.owners), [[{ owner: '@acme/web', bypass: 4 }]]],
  ['file diagnostics', (r) => r.diagnostics.files.flatMap((group) => group.places.map((place) => `${group.code} ${place.file}`)), ['file-unreadable apps/web/src/locked.ts']],
  ['workspace warnings: the same as unfiltered', (r) => r.diagnostics.workspace, full.diagnostics.workspace],
  // gone.ts has no site left: its fixed item is still @acme/web's
  ['baseline new / same / fixed / kept', (r) => { const { new: added, same, fixed, kept, state } = r.baseline ?? {}; return { added, same, fixed, kept, state }; }, { added: 1, same: 3, fixed: 1, kept: 1, state: 'worse' }],
  ['kept items', (r) => r.baseline?.keptItems?.map((item) => item.file), ['apps/web/src/locked.ts']],
  // the whole workspace is at 30 % (3 usages, 7 bypasses): only the owner's code fails
  ['failures: its own code only', (r) => r.failures.map((f) => f.slice(0, 51)), ['Json: coverage 28.6% is below its minCoverage 30% (']],
  ['terminal heading', (r) => renderTerminal(r).split('\n')[0], `SSOT report · ${TODAY} · only @acme/web's code (--owner)`],
  ['Markdown heading', (r) => renderMarkdown(r).split('\n')[2], `${TODAY} · 1 SSOT · 2 projects · **only &#64;acme/web's code (--owner)**`],
  ['SARIF: its own category and its sites only', (r) => {
    const run = JSON.parse(renderSarif(r)).runs[0];
    return { id: run.automationDetails.id, filter: run.properties.ownership.filter, files: [...new Set(run.results.map((result: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => result.locations[0].physicalLocation.artifactLocation.uri))].sort() };
  }, { id: 'ssot/owner:@acme/web/', filter: '@acme/web', files: ['apps/api/src/shared/read.ts', 'apps/web/src/main.ts'] }],
];

describe('--owner=@acme/web, view by view', () => {
  it.each(VIEWS)('%s', (_view, read, expected) => {
    expect(read(web)).toEqual(expected);
  });
});

describe('--owner="(no owner)": the code nobody owns', () => {
  const nobody = build('(no owner)');

  it.each<[string, (report: WorkspaceReport) => unknown, unknown]>([
    ['totals', (r) => [r.totals.usage, r.totals.bypass, r.totals.projects], [0, 1, 1]],
    ['owner rollups', (r) => r.ownership.owners.map((o) => o.name), ['(no owner)']],
    ['action items: whom to ask', (r) => r.actionItems.map((item) => item.owners), [[{ owner: '(no owner)', bypass: 1 }]]],
    // the workspace has owners: no hint to add a CODEOWNERS file, the ask names "(no owner)"
    ['terminal', (r) => { const text = renderTerminal(r); return [text.includes('Owners: none found'), text.includes('ask: (no owner) (1)')]; }, [false, true]],
  ])('%s', (_view, read, expected) => {
    expect(read(nobody)).toEqual(expected);
  });
});

describe('baseline items under --owner go to the owner of their file', () => {
  it.each([
    ['@acme/web', 1, 1],
    ['@acme/api', 0, 0],
    ['(no owner)', 0, 0],
  ])('%s: %i fixed, %i kept', (owner, fixed, kept) => {
    expect(build(owner).baseline).toMatchObject({ fixed, ...(kept > 0 ? { kept } : {}) });
    if (kept === 0) expect(build(owner).baseline?.kept).toBeUndefined();
  });

  it('the unfiltered report counts every item once', () => {
    expect(full.baseline).toMatchObject({ new: 1, fixed: 1, kept: 1 });
    expect(full.failures).toEqual([]);
  });
});
