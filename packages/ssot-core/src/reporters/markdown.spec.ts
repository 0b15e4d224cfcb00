import MarkdownIt from 'markdown-it';
import type { WorkspaceReport } from '../report/report-model';
import { expectGolden } from './__fixtures__/golden';
import { HOSTILE_COMMAND, HOSTILE_ENTRY, HOSTILE_FILE, HOSTILE_FIX, HOSTILE_PROJECT, HOSTILE_TEXT, makeHostileReport } from './__fixtures__/hostile-report';
import { makeLargeReport } from './__fixtures__/large-report';
import { sampleReport } from './__fixtures__/sample-report';
import { renderMarkdown } from './markdown';
import { code, codeBlock, escapeMarkdown } from './markdown/escape';

// Raw HTML on: if any string got through unescaped, the rendered page would carry it as markup.
const markdownIt = new MarkdownIt({ html: true, linkify: false });
const toHtml = (markdown: string) => markdownIt.render(markdown);

/** The text of the rendered page, as a reader sees it (tags dropped, entities decoded). */
function visibleText(html: string): string {
  const decoded: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#96': '`', '#124': '|', '#64': '@', '#36': '$' };
  return html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39|#96|#124|#64|#36);/g, (_, name: string) => decoded[name]);
}

describe('markdown reporter', () => {
  it('renders the sample report as reviewed (golden file)', () => {
    expectGolden('sample-report.golden.md', renderMarkdown(sampleReport));
  });

  it('follows the compliance report outline, in order', () => {
    const headings = renderMarkdown(sampleReport).split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## Summary',
      '## Coverage by tier',
      '## SSOT index',
      '## Usage patterns',
      '## Anti-patterns',
      '## Projects',
      '## Owners',
      '## Coverage matrices',
      '## Action items',
      '## Goals',
      '## Trend',
      '## Suppressions',
      '## Diagnostics',
      '## Failures',
      '## Validation commands',
    ]);
  });

  it('renders as GitHub would into tables, one per tier in the SSOT index', () => {
    const html = toHtml(renderMarkdown(sampleReport));
    // Tiers, 4 tiers + "no data" in the index, patterns, anti-patterns, projects, owners, tags, the two matrices, goals, trend, deltas, file diagnostics.
    expect(html.match(/<table>/g)).toHaveLength(17);
    expect(html).toContain('<h3>Tier 1 Ultra-Critical · 90–100%</h3>');
  });

  describe('escaping hostile names', () => {
    const markdown = renderMarkdown(makeHostileReport());
    const html = toHtml(markdown);

    it('lets no HTML, link or mention through', () => {
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<img/i);
      expect(html).not.toMatch(/<b>/);
      // Only our own in-page links: `[it](javascript:…)` from a fix must not become one.
      expect(html).not.toMatch(/<a href="(?!#)/);
      expect(html).not.toContain('javascript:alert(5)</a>');
      expect(html).not.toMatch(/<strong>now<\/strong>/);
    });

    it('shows each string exactly as written', () => {
      const text = visibleText(html);
      for (const value of [HOSTILE_ENTRY, HOSTILE_FILE, HOSTILE_PROJECT]) expect(text).toContain(value);
    });

    it('escapes the file not analysed, the kept item and the format-1 baseline as any other string', () => {
      const diagnostics = visibleText(toHtml(markdown.slice(markdown.indexOf('## Diagnostics'), markdown.indexOf('## Failures'))));
      expect(diagnostics).toContain(`${HOSTILE_PROJECT} (5): ${HOSTILE_FILE} (${HOSTILE_TEXT})`);
      expect(diagnostics).toContain(`${HOSTILE_FILE} (${HOSTILE_PROJECT}): ${HOSTILE_FIX}`);
      const summary = visibleText(toHtml(markdown.slice(markdown.indexOf('## Summary'), markdown.indexOf('## Coverage by tier'))));
      expect(summary).toContain(`known bypass kept: file not analysed (${HOSTILE_TEXT})`);
      expect(summary).toContain(`${HOSTILE_FILE} (${HOSTILE_PROJECT}): ${HOSTILE_ENTRY} ${HOSTILE_TEXT}`);
    });

    it('keeps table rows whole: a pipe in a name splits no cell', () => {
      const row = markdown.split('\n').find((line) => line.startsWith('| **Evil'));
      expect(row?.match(/(?<!\\)\|/g)).toHaveLength(7);
      expect(html).toContain('<code>apps/web/src/&lt;script&gt;alert(3)&lt;/script&gt;|a`b`&amp;c d#e%.ts</code>');
    });

    it('fences commands with a fence longer than any backtick run in them', () => {
      expect(markdown).toContain(`\`\`\`\`sh\n${HOSTILE_COMMAND}\n\`\`\`\``);
      expect(html).toContain('<pre><code class="language-sh">nx run evil:ssot-check ```\n&lt;script&gt;alert(7)&lt;/script&gt;\n</code></pre>');
    });
  });

  describe('escape helpers', () => {
    it.each([
      ['a|b', 'a&#124;b'],
      ['<b>&</b>', '&lt;b&gt;&amp;&lt;/b&gt;'],
      ['`x`', '&#96;x&#96;'],
      ['@acme/web', '&#64;acme/web'],
      ['*a* _b_ [c](d) ~e~ \\', '\\*a\\* \\_b\\_ \\[c\\](d) \\~e\\~ \\\\'],
      ['$x$', '&#36;x&#36;'],
      ['one\ntwo\r\nthree', 'one two three'],
    ])('escapeMarkdown(%j) is %j', (input, expected) => {
      expect(escapeMarkdown(input)).toBe(expected);
    });

    it('renders escaped text back to itself', () => {
      const input = 'a|b `c` <d> & *e* _f_ [g](h) @i $j$ \\k ~l~';
      expect(visibleText(toHtml(`| x |\n| --- |\n| ${code(input)} |`))).toContain(input);
    });

    it('uses the shortest safe fence', () => {
      expect(codeBlock(['echo ok'])).toBe('```sh\necho ok\n```');
      expect(codeBlock(['a ````` b'])).toBe('``````sh\na ````` b\n``````');
    });
  });

  describe('fits a PR comment', () => {
    const large = renderMarkdown(makeLargeReport({ projects: 27, actionItems: 13, points: 15 }));

    it('caps action items at 10, projects at 20 and trend rows at 10, and says how many were left out', () => {
      expect(large.match(/^### \d+\. Entry/gm)).toHaveLength(10);
      expect(large).toContain('_…and 3 more action items not shown (the first 10 of 13 are above; report.html and report.json have them all)._');
      expect(large.match(/^\| lib-/gm)).toHaveLength(20);
      expect(large).toContain('_…and 7 more projects not shown (the first 20 of 27 are above; report.html and report.json have them all)._');
      expect(large).toContain('_The 10 most recent of 15 snapshots._');
    });

    it('caps each matrix at 15 rows × 8 SSOTs inside <details>, saying what it leaves out', () => {
      const report = structuredClone(sampleReport);
      const columns = Array.from({ length: 11 }, (_, index) => `Ssot${index}`);
      const rows = Array.from({ length: 19 }, (_, index) => `team-${String(index).padStart(2, '0')}`);
      report.matrices.owners = { rows, columns, cells: rows.map(() => columns.map(() => ({ usage: 1, bypass: 1, coverage: 50, tier: 'Tier 3 Important' }))) };
      const text = renderMarkdown(report);
      const section = text.slice(text.indexOf('<summary>Owner × SSOT (19 × 11)</summary>'), text.indexOf('## Action items'));
      expect(section.match(/^\| team-/gm)).toHaveLength(15);
      expect(section.split('\n').find((line) => line.startsWith('| Owner |'))?.split(' | ')).toHaveLength(9);
      expect(section).toContain('_…and 4 more rows and 3 more SSOTs not shown._');
      expect(section.trimEnd().endsWith('</details>')).toBe(true);
      expect(toHtml(text)).toContain('<details>\n<summary>Owner × SSOT (19 × 11)</summary>');
      expect(section).toContain('| team-00 | 🟠 50.0% |');
    });

    it('lists the projects with the most bypass sites first', () => {
      expect(large.match(/^\| lib-\d+/gm)?.slice(0, 2)).toEqual(['| lib-26', '| lib-25']);
    });

    it('stays far below GitHub’s 65,536-character comment limit', () => {
      expect(large.length).toBeLessThan(30_000);
    });
  });

  describe('edge cases', () => {
    const quiet: WorkspaceReport = {
      ...sampleReport,
      actionItems: [],
      failures: [],
      goals: [],
      trend: { points: [sampleReport.trend.points[2]], delta: {}, healthDelta: null },
    };
    const markdown = renderMarkdown(quiet);

    it('says so when a section is empty or the report passes', () => {
      expect(markdown).toContain('_Nothing to do: no enforced SSOT has bypass sites._');
      expect(markdown).toContain('None: the report passes.');
      expect(markdown).toContain('_No dated goals in the registry._');
      expect(markdown).toContain('_No action items, so nothing to validate._');
      expect(markdown).toContain('report passing');
    });

    it('gives an empty tier no status: its rank says nothing without SSOTs', () => {
      const report: WorkspaceReport = structuredClone(sampleReport);
      report.tiers[0] = { ...report.tiers[0], classCount: 0, averageCoverage: null, entries: [] };
      expect(renderMarkdown(report)).toContain('| **Tier 1 Ultra-Critical** | 90–100% | 0 | no data | — |');
    });

    it('explains a trend of one snapshot', () => {
      expect(markdown).toContain('_Only one snapshot so far: the trend starts with the next recorded run._');
      expect(markdown).not.toContain('Coverage change per SSOT');
    });

    it('prints "no data" for a workspace without sites, never 100 %', () => {
      const empty: WorkspaceReport = { ...quiet, health: null, platformAverage: null, factoryAdoption: null };
      expect(renderMarkdown(empty)).toContain('**Health score no data**');
    });
  });
});
