/**
 * Escaping, end to end: hostile strings enter through the registry (entry name, impact, owner,
 * tier name, a literal matcher) and the workspace (a file name, the matched snippet, a project name,
 * a commit), run through the real pipeline (check → merge → render), and come out of every format
 * as text — never as markup, links, table breaks or terminal control sequences. The reporter specs
 * test the renderers on a hand-made report; this one proves the strings reach them unaltered and
 * leave them inert.
 */
import MarkdownIt from 'markdown-it';
import { checkProject } from '../analyze';
import { parseRegistry } from '../registry/load-registry';
import { buildReport } from '../report/build-report';
import { collectSiteDetails } from '../report/site-details';
import { createMemoryHost } from '../workspace/memory-host';
import { escapeHtml } from './html/escape';
import { withoutOurScripts } from './__fixtures__/html-page';
import { REPORTERS } from '.';

const SCRIPT = '<script>alert(1)</script>';
const NAME = `Json${SCRIPT}"'\`|*_[x](javascript:alert(2))`;
const IMPACT = `<img src=x onerror=alert(3)> "quoted" 'single' \`tick\` | pipe ${SCRIPT}`;
const OWNER = `@team${SCRIPT}\``;
const TIER = 'Tier <b>1</b> & "best" `x`';
const LITERAL = '</code><script>alert("lit")</script>`';
const FILE = 'apps/app/src/<img src=x onerror=alert(5)>"\'`&|.ts';
const PROJECT = '@acme/<b>app</b>"\'`|';
const COMMIT = '<b>c0mm1t</b>';
/** A CODEOWNERS owner (an e-mail address to the parser: no space, one @) and an Nx tag. */
const CODE_OWNER = 'x"\'<img/src=x/onerror=alert(9)>|`*_@evil.example';
const TAG = 'team:<b>t</b>"|`';
/** Only the terminal cares: an escape sequence that would recolour or clear the screen. */
const ANSI = '\u001b[2J\u001b[31m';

const registry = parseRegistry(
  JSON.stringify({
    tiers: [{ name: TIER, min: 0, max: 100 }],
    entries: [
      {
        name: NAME,
        module: 'json-lib',
        export: 'Json',
        impact: `${IMPACT}${ANSI}`,
        owner: OWNER,
        priority: 'critical',
        minCoverage: 90,
        goals: [{ by: '2026-12-31', coverage: 95 }],
        bypasses: [{ global: 'JSON.parse' }, { literal: LITERAL }],
      },
    ],
  }),
);
const projects = [{ name: PROJECT, root: 'apps/app', tags: [TAG] }];
const source = ["import { Json } from 'json-lib';", "Json.parse('{}');", "JSON.parse('[]');", `export const s = '${LITERAL}';`, ''].join('\n');
const result = checkProject({ workspaceRoot: '/memory', host: createMemoryHost({ [FILE]: source, '.github/CODEOWNERS': `* ${CODE_OWNER}\n` }), registry, projects, project: PROJECT, today: '2026-06-01' });
const report = buildReport({
  registry,
  results: [result],
  projects,
  today: '2026-06-01',
  commit: COMMIT,
  history: [{ date: '2026-05-01', commit: COMMIT, health: 100, coverage: { [NAME]: 100 } }],
  validateCommand: (project) => `nx run ${project}:ssot-check`,
});
/** The snippet of the literal site, as the source writes it (quotes included). */
const SNIPPET = `'${LITERAL}'`;

/** Tags that only a hostile string could have put there. */
const INJECTED = /<script|<img|<b>|javascript:alert\(2\)<\/a>|<a href="(?!#)/i;

describe('escaping, end to end through the pipeline', () => {
  it('the hostile strings reach the report unaltered', () => {
    expect(result.sites.map((site) => [site.file, site.project, site.text])).toEqual([
      [FILE, PROJECT, 'Json.parse'],
      [FILE, PROJECT, 'JSON.parse'],
      [FILE, PROJECT, SNIPPET],
    ]);
    expect(report.entries[0]).toMatchObject({ name: NAME, impact: `${IMPACT}${ANSI}`, owner: OWNER });
    expect(report.failures.join('\n')).toContain(NAME);
    expect(report.ownership.owners.map((owner) => owner.name)).toEqual([CODE_OWNER]);
    expect(report.ownership.tags.map((tag) => tag.name)).toEqual([TAG]);
    expect(report.matrices.owners.rows).toEqual([CODE_OWNER]);
    expect(report.actionItems[0].owners).toEqual([{ owner: CODE_OWNER, bypass: 2 }]);
  });

  it('HTML: every string is text, in element content and in attributes', () => {
    const page = REPORTERS.html(report);
    expect(withoutOurScripts(page)).not.toMatch(INJECTED);
    for (const value of [NAME, FILE, PROJECT, SNIPPET, TIER, COMMIT, CODE_OWNER, TAG]) expect([value, page.includes(escapeHtml(value))]).toEqual([value, true]);
    // The owner matrix names its row and column as text; the script names a cell from them (set as an attribute, never parsed).
    const matrix = page.slice(page.indexOf('id="owner-matrix"'), page.indexOf('</table>', page.indexOf('id="owner-matrix"')));
    expect(matrix).toContain(`<th scope="row">${escapeHtml(CODE_OWNER)}</th>`);
    expect(matrix).toContain(`<th scope="col">${escapeHtml(NAME)}</th>`);
    expect(page).toContain(escapeHtml(IMPACT));
  });

  it('HTML explorer: the embedded site data cannot end its block or open a tag, and carries every string exactly', () => {
    const details = collectSiteDetails({ registry, results: [result] });
    const page = REPORTERS.html(report, { details, linkTemplate: 'https://github.com/acme/repo/blob/{commit}/{file}#L{line}' });
    const open = '<script type="application/json" id="ssot-data">';
    const block = page.slice(page.indexOf(open) + open.length, page.indexOf('</script>'));
    expect(block).not.toMatch(/[<>&\u2028\u2029]/);
    const data = JSON.parse(block) as { s: string[]; commit: string; link: string };
    for (const value of [NAME, FILE, PROJECT, SNIPPET, CODE_OWNER, 'Json.parse']) expect([value, data.s.includes(value)]).toEqual([value, true]);
    expect([data.commit, data.link]).toEqual([COMMIT, 'https://github.com/acme/repo/blob/{commit}/{file}#L{line}']);
    // Outside our two script blocks the page is as inert as without the explorer.
    expect(page.split('<script').length - 1).toBe(2);
    expect(withoutOurScripts(page)).not.toMatch(INJECTED);
  });

  it('Markdown (rendered with raw HTML allowed, as GitHub comments are): no markup, link or broken table row; each string reads as written', () => {
    const markdown = REPORTERS.markdown(report);
    const html = new MarkdownIt({ html: true, linkify: false }).render(markdown);
    expect(html).not.toMatch(INJECTED);
    const decoded: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#96': '`', '#124': '|', '#64': '@', '#36': '$', '#42': '*', '#95': '_', '#91': '[', '#93': ']' };
    const visible = html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#\d+);/g, (entity: string, code: string) => decoded[code] ?? entity);
    for (const value of [NAME, FILE, PROJECT, SNIPPET, CODE_OWNER, TAG]) expect([value, visible.includes(value)]).toEqual([value, true]);
    // Each table row keeps its cells: a `|` from the data is escaped, never a cell boundary.
    for (const table of markdown.split('\n\n').filter((block) => block.startsWith('|'))) {
      const cells = table.split('\n').map((row) => row.split(/(?<!\\)\|/).length);
      expect(new Set(cells).size).toBe(1);
    }
  });

  it('SARIF and JSON: valid documents that carry every string exactly (SARIF file names as percent-encoded URIs)', () => {
    const json = JSON.stringify(JSON.parse(REPORTERS.json(report)));
    for (const value of [NAME, FILE, SNIPPET, OWNER]) expect([value, json.includes(JSON.stringify(value).slice(1, -1))]).toEqual([value, true]);
    const sarifText = REPORTERS.sarif(report);
    const sarif = JSON.stringify(JSON.parse(sarifText));
    for (const value of [NAME, SNIPPET]) expect([value, sarif.includes(JSON.stringify(value).slice(1, -1))]).toEqual([value, true]);
    const uris = [...sarifText.matchAll(/"uri": "([^"]*)"/g)].map((match) => decodeURIComponent(match[1]));
    expect(uris).toContain(FILE);
    expect(JSON.parse(sarifText).runs[0].results[0].properties.owners).toEqual([CODE_OWNER]);
    expect(sarifText).not.toContain(FILE);
  });

  it('terminal: no control sequence from the data reaches the screen', () => {
    const text = REPORTERS.terminal(report, { color: false });
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain(NAME);
    expect(text).toContain(CODE_OWNER);
  });
});
