/**
 * Issue 17 item 4: every format lists the same table in the same order, most bypass sites first,
 * then by name. One report from the real pipeline, where the registry's order, the projects' names
 * and the owners' names each differ from that order, and ties are broken by name.
 */
import { createProjectChecker } from '../analyze';
import { parseRegistry } from '../registry/load-registry';
import { buildReport } from '../report/build-report';
import { createMemoryHost } from '../workspace/memory-host';
import { renderHtml } from './html';
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
const page = renderHtml(report);

/** The first cell of each row of the Markdown table under `## <section>` (or `### <section>`) whose header starts with `| <header> |`. */
function markdownColumn(section: string, header: string): string[] {
  const start = markdown.indexOf(`\n${section}\n`);
  const table = markdown.slice(markdown.indexOf(`| ${header} |`, start)).split('\n\n')[0];
  return table.split('\n').slice(2).map((row) => row.split('|')[1].trim().replace(/\*\*/g, '').replace(/&#64;/g, '@'));
}

/** Column `index` of the HTML table `id`, keyed by each row's first cell, as text. */
function htmlColumn(id: string, index: number): Record<string, string> {
  const start = page.indexOf(`<table id="${id}">`);
  const body = page.slice(page.indexOf('<tbody>', start), page.indexOf('</tbody>', start));
  const rows = body.split('<tr>').slice(1).map((row) => [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) => cell[1].replace(/<[^>]*>/g, '')));
  return Object.fromEntries(rows.map((cells) => [cells[0], cells[index]]));
}

/** The same from the Markdown table under `section` whose header starts with `| <header> |`. */
function markdownCells(section: string, header: string, index: number): Record<string, string> {
  const start = markdown.indexOf(`\n${section}\n`);
  const table = markdown.slice(markdown.indexOf(`| ${header} |`, start)).split('\n\n')[0];
  const rows = table.split('\n').slice(2).map((row) => row.split('|').slice(1, -1).map((cell) => cell.trim().replace(/&#64;/g, '@')));
  return Object.fromEntries(rows.map((cells) => [cells[0], cells[index]]));
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

describe('report.html and report.md say the same "most bypassed"', () => {
  it.each<[string, () => Record<string, string>, () => Record<string, string>, Record<string, string>]>([
    // b-app bypasses Beta twice and Gamma once; d-app bypasses nothing.
    ['per project: the one most bypassed SSOT', () => htmlColumn('projects-table', 6), () => markdownCells('## Projects', 'Project', 6), { 'b-app': 'Beta (2)', 'c-app': 'Gamma (2)', 'a-app': 'Alpha (2)', 'd-app': '—' }],
    ['per owner: the first three', () => htmlColumn('owners-table', 4), () => markdownCells('## Owners', 'Owner', 4), { '@x-team': 'Gamma (2), Beta (1)', '@y-team': 'Beta (2), Gamma (1)', '@z-team': 'Alpha (2)', '(no owner)': '—' }],
  ])('%s', (_what, html, md, expected) => {
    expect(html()).toEqual(expected);
    expect(md()).toEqual(expected);
  });
});
