/**
 * Issue 17 item 4: every format lists the same table in the same order, most bypass sites first,
 * then by name. One report from the real pipeline, where the registry's order, the projects' names
 * and the owners' names each differ from that order, and ties are broken by name.
 */
import { createProjectChecker } from '../analyze';
import { parseRegistry } from '../registry/load-registry';
import { buildReport } from '../report/build-report';
import { createMemoryHost } from '../workspace/memory-host';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';
import { renderTerminal } from './terminal';

// Registry order Alpha, Beta, Gamma; bypass sites Alpha 2, Beta 3, Gamma 3: Beta, Gamma, Alpha (all in the lowest tier).
const registry = parseRegistry(
  JSON.stringify({
    entries: ['Alpha', 'Beta', 'Gamma'].map((name) => ({ name, module: `${name.toLowerCase()}-lib`, export: name, bypasses: [{ literal: name.toLowerCase() }] })),
  }),
);
const projects = ['a-app', 'b-app', 'c-app', 'd-app'].map((name) => ({ name, root: `apps/${name}`, tags: [] }));
const host = createMemoryHost({
  '.github/CODEOWNERS': 'apps/a-app/ @z-team\napps/b-app/ @y-team\napps/c-app/ @x-team\n',
  // a-app 2 bypass sites, b-app 3, c-app 3, d-app 0: b-app, c-app, a-app, d-app
  'apps/a-app/src/main.ts': "export const a = ['alpha', 'alpha'];\n",
  'apps/b-app/src/main.ts': "export const b = ['beta', 'beta', 'gamma'];\n",
  'apps/c-app/src/main.ts': "export const c = ['gamma', 'gamma', 'beta'];\n",
  'apps/d-app/src/main.ts': "import { Alpha } from 'alpha-lib';\nexport const d = Alpha;\n",
});
const checker = createProjectChecker({ workspaceRoot: '/memory', host, registry, projects, today: '2026-06-01' });
const report = buildReport({ registry, results: projects.map((p) => checker.check(p.name)), projects, today: '2026-06-01' });
const json = JSON.parse(renderJson(report));
const markdown = renderMarkdown(report);
const terminal = renderTerminal(report);

/** The first cell of each row of the Markdown table under `## <section>` (or `### <section>`) whose header starts with `| <header> |`. */
function markdownColumn(section: string, header: string): string[] {
  const start = markdown.indexOf(`\n${section}\n`);
  const table = markdown.slice(markdown.indexOf(`| ${header} |`, start)).split('\n\n')[0];
  return table.split('\n').slice(2).map((row) => row.split('|')[1].trim().replace(/\*\*/g, '').replace(/&#64;/g, '@'));
}

const PROJECTS = ['b-app', 'c-app', 'a-app', 'd-app'];
const SSOTS = ['Beta', 'Gamma', 'Alpha'];
// Bypass sites @x-team 3, @y-team 3, @z-team 2, (no owner) 0
const OWNERS = ['@x-team', '@y-team', '@z-team', '(no owner)'];

describe('every format orders a table alike: most bypass sites first, then by name', () => {
  it.each<[string, () => string[], string[]]>([
    ['projects: report.json', () => json.projects.map((p: { name: string }) => p.name), PROJECTS],
    ['projects: Markdown', () => markdownColumn('## Projects', 'Project'), PROJECTS],
    ['projects: project × SSOT matrix rows', () => json.matrices.projects.rows, PROJECTS],
    ['SSOTs: report.json', () => json.entries.map((e: { name: string }) => e.name), SSOTS],
    ['SSOTs: the tier that holds them in report.json', () => json.tiers.find((t: { entries: string[] }) => t.entries.length > 0).entries, SSOTS],
    ['SSOTs: Markdown index', () => markdownColumn('### Tier 4 Underutilized · 0–39%', 'SSOT'), SSOTS],
    ['SSOTs: matrix columns', () => json.matrices.projects.columns, SSOTS],
    ['owners: report.json', () => json.ownership.owners.map((o: { name: string }) => o.name), OWNERS],
    ['owners: Markdown', () => markdownColumn('## Owners', 'Owner'), OWNERS],
    ['owners: terminal (those with bypass sites)', () => [...terminal.matchAll(/^ {2}(@\S+|\(no owner\)): /gm)].map((m) => m[1]), OWNERS.slice(0, 3)],
    ['owners: owner × SSOT matrix rows', () => json.matrices.owners.rows, OWNERS],
  ])('%s', (_table, read, expected) => {
    expect(read()).toEqual(expected);
  });

  it('keeps the registry order in the history snapshot, so its lines stay stable from run to run', () => {
    expect(Object.keys(report.trend.points[report.trend.points.length - 1].coverage)).toEqual(['Alpha', 'Beta', 'Gamma']);
  });
});
