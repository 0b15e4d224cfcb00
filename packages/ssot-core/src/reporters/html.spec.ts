import { createHash } from 'node:crypto';
import type { WorkspaceReport } from '../report/report-model';
import { HOSTILE_ENTRY, HOSTILE_FILE, HOSTILE_FIX, HOSTILE_OWNER, HOSTILE_PROJECT, HOSTILE_TEXT, makeHostileReport, SCRIPT } from './__fixtures__/hostile-report';
import { sampleReport } from './__fixtures__/sample-report';
import { HTML_CONTENT_SECURITY_POLICY, renderHtml } from './html';
import { escapeHtml, html, SafeHtml } from './html/escape';
import { EXPLORER_SOURCE } from './html/explorer';
import { withoutOurScripts } from './__fixtures__/html-page';

const countOf = (text: string, needle: string) => text.split(needle).length - 1;

describe('html reporter', () => {
  const page = renderHtml(sampleReport);

  it.each<[string, string | undefined, string | undefined]>([
    ['the whole workspace', undefined, undefined],
    ['--owner=@acme/web', '@acme/web', "only @acme/web's code (--owner)"],
    ['a hostile owner name, escaped', HOSTILE_OWNER, `only ${HOSTILE_OWNER}'s code (--owner)`],
  ])('says in its header and title when it covers one owner\'s code: %s', (_, filter, expected) => {
    const filtered = renderHtml({ ...sampleReport, ownership: { ...sampleReport.ownership, filter } });
    const header = filtered.slice(filtered.indexOf('<header>'), filtered.indexOf('</header>'));
    const title = filtered.slice(filtered.indexOf('<title>'), filtered.indexOf('</title>'));
    if (expected === undefined) {
      expect(header).not.toContain('owner-filter');
      expect(title).toBe(`<title>SSOT coverage report · ${sampleReport.today}`);
    } else {
      expect(header).toContain(`<strong class="owner-filter" id="owner-filter">${escapeHtml(expected)}</strong>`);
      expect(title).toBe(`<title>SSOT coverage report · ${sampleReport.today} · ${escapeHtml(expected)}`);
    }
  });

  it('is one self-contained document: inline style, our one script and its data, nothing to fetch', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(HTML_CONTENT_SECURITY_POLICY)}">`);
    expect(countOf(page, '<script')).toBe(2);
    expect(page).toContain(`<script>${EXPLORER_SOURCE}</script>`);
    expect(withoutOurScripts(page)).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\bsrc=|href="(?!#)/i);
    // The script fetches nothing and builds no markup from strings.
    expect(EXPLORER_SOURCE).not.toMatch(/fetch\(|XMLHttpRequest|innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function|<\/script/i);
  });

  it('allows exactly its own script, by hash, and nothing else', () => {
    const hash = createHash('sha256').update(EXPLORER_SOURCE).digest('base64');
    expect(HTML_CONTENT_SECURITY_POLICY).toBe(`default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${hash}'`);
  });

  it('inlines its own style sheet as written (entities are not decoded inside <style>)', () => {
    expect(page).toContain('"Segoe UI"');
    expect(page).not.toMatch(/<style>[^<]*&quot;/);
  });

  it('draws the tier, coverage and trend charts with one data mark per datum', () => {
    expect(page).toContain('<svg data-chart="tiers" data-marks="5"');
    expect(countOf(page, 'data-mark="tier"')).toBe(5);
    expect(countOf(page, 'data-mark="coverage"')).toBe(6);
    expect(countOf(page, 'data-mark="goal"')).toBe(4);
    expect(countOf(page, 'data-mark="trend"')).toBe(3);
    expect(page).toContain('<title>Tier 4 Underutilized (0–39%, average 20.0%): 1 SSOT</title>');
    expect(page).toContain('<title>ConfigService: goal 85.0% by 2027-03-31 (behind)</title>');
    expect(page).toContain('<title>2026-10-15 (9e8d7c6): health 84.2%</title>');
  });

  it('shows each goal\'s ETA, and marks the history point computed with today\'s registry', () => {
    const goals = page.slice(page.indexOf('<section id="goals">'), page.indexOf('</section>', page.indexOf('<section id="goals">')));
    expect(goals).toContain('<span data-eta="late">2027-07-20 (late by 111 days)</span>');
    expect(goals).toContain('<span data-eta="not-at-this-rate">not at this rate</span>');
    expect(page).toContain('2026-09-15<sup title="analysed with today&#39;s registry: it had no registry">†</sup>');
    expect(page).toContain('† computed from a commit with no registry, or one this version cannot read: that point used today&#39;s registry.');
  });

  it.each<[string, string, number, boolean]>([
    // [entry, why, history points drawn, a dashed projection]
    ['JsonCodec', 'on track: dashed to the target on the ETA', 3, true],
    ['ConfigService', 'not at this rate: dashed to the goal date', 3, true],
    ['ApiClient', 'met: nothing to project', 3, false],
    ['FeatureFlags', 'no data: a goal and no point', 0, false],
  ])('draws a trend chart per SSOT: %s (%s)', (entry, _label, marks, projection) => {
    const start = page.indexOf(`<svg data-chart="entry-trend" data-entry="${entry}"`);
    const chart = page.slice(start, page.indexOf('</svg>', start));
    expect(chart).toContain(`data-marks="${marks}"`);
    expect(countOf(chart, 'data-mark="entry-point"')).toBe(marks);
    expect(countOf(chart, 'data-mark="goal-point"')).toBe(1);
    expect(countOf(chart, 'data-mark="projection"')).toBe(projection ? 1 : 0);
    expect(countOf(chart, 'stroke-dasharray="6 4"')).toBe(projection ? 1 : 0);
  });

  it('a per-SSOT chart says which goal it projects and where, and footnotes the point made with today\'s registry', () => {
    expect(page).toContain('<title>JsonCodec: reaches 60.0% on 2027-03-27 (on track)</title>');
    expect(page).toContain('<title>ConfigService: not at this rate: 71.2% by 2027-03-31</title>');
    expect(page).toContain('<title>JsonCodec: goal 60.0% by 2027-06-30, ETA 2027-03-27 (on track)</title>');
    expect(countOf(page, 'data-mark="todays-registry"')).toBe(5); // the first snapshot, in each SSOT with coverage then
    expect(page).toContain("<title>2026-09-15 (a1b2c3d): health 81.0% † analysed with today&#39;s registry: it had no registry</title>");
  });

  it.each<[string, (report: WorkspaceReport) => void, number]>([
    // [case, change to the sample, per-SSOT charts]
    ['three history points, six SSOTs with data or a goal', () => undefined, 6],
    ['today alone and no goals (a first run): none, and a line saying when they come', (report) => { report.trend.points = report.trend.points.slice(-1); report.goals = []; }, 0],
    ['today alone and one goal: that SSOT only', (report) => { report.trend.points = report.trend.points.slice(-1); report.goals = report.goals.filter((goal) => goal.subject === 'JsonCodec'); }, 1],
  ])('draws a per-SSOT chart only for a trend or a goal: %s', (_case, change, charts) => {
    const report: WorkspaceReport = structuredClone(sampleReport);
    change(report);
    const rendered = renderHtml(report);
    expect(countOf(rendered, '<svg data-chart="entry-trend"')).toBe(charts);
    expect(rendered.includes('appears once the history holds two points')).toBe(charts === 0);
  });

  it('takes the goal not yet due as the next one', () => {
    const report: WorkspaceReport = structuredClone(sampleReport);
    report.goals.push({ subject: 'ApiClient', kind: 'entry', by: '2026-01-01', target: 80, current: 96, projected: null, state: 'met', eta: { status: 'met', points: 3 } });
    expect(renderHtml(report)).toContain('data-mark="goal" data-entry="ApiClient" data-target="95.0" data-by="2026-12-31"');
  });

  it('has the tables of the compliance report', () => {
    for (const id of ['tiers', 'ssots', 'patterns', 'anti-patterns', 'projects', 'action-items', 'goals', 'trend', 'explore', 'failures']) {
      expect(page).toContain(`<section id="${id}">`);
    }
    expect(page).toContain('<pre><code>nx run api:ssot-check\nnx run web:ssot-check\nnx run admin:ssot-check</code></pre>');
  });

  it('lists the diagnostics: counts, the workspace warnings, and the first places per code', () => {
    const section = page.slice(page.indexOf('<section id="diagnostics">'), page.indexOf('</section>', page.indexOf('<section id="diagnostics">')));
    expect(section).toContain('<p>2 workspace warnings, 6 file diagnostics.</p>');
    expect(page).toContain('<div class="label">Diagnostics</div><div class="value status needs-work">2 / 6</div>');
    expect(section).toContain('<li>bypass matcher { &quot;import&quot;: &quot;fast-json-stringify&quot; } of JsonCodec matched no site in the workspace <code data-file="ssot.json" data-line="47">ssot.json:47:9 $.entries[3].bypasses[2]</code></li>');
    expect(section).toContain('<code data-file="libs/shared-ui/src/generated/locales.ts" data-line="1">libs/shared-ui/src/generated/locales.ts:1:1</code> …and 1 more');
    // In the table: one of baseline-format-1, three of file-too-large, one of syntax-error.
    expect(countOf(section, ':1:1</code>') + countOf(section, ':12:7</code>')).toBe(5);
    const none = renderHtml({ ...sampleReport, diagnostics: { workspace: [], files: [] } });
    expect(none).toContain('<p>None: every project pattern, entry and matcher matched something, and every file was analysed.</p>');
    expect(none).not.toContain('<div class="label">Diagnostics</div>');
  });

  it('counts files not analysed apart per project, names the kept items by reason and each format-1 baseline with its command', () => {
    const section = page.slice(page.indexOf('<section id="diagnostics">'), page.indexOf('</section>', page.indexOf('<section id="diagnostics">')));
    expect(page).toContain('<th class="num" scope="col">Files analysed</th><th class="num" scope="col">Not analysed</th>');
    expect(page).toContain('<tr><td>shared-ui</td><td class="num">37</td><td class="num"><a href="#diagnostics">5</a></td><td class="num">0.0% <span class="badge incomplete"');
    expect(section).toContain('<h3>Files not analysed</h3>');
    expect(section).toContain('<code data-file="libs/shared-ui/src/generated/fonts.ts">libs/shared-ui/src/generated/fonts.ts</code> (file-too-large), <code data-file="libs/shared-ui/src/generated/icons.ts">libs/shared-ui/src/generated/icons.ts</code> (file-too-large)');
    expect(section).toContain('<li>2 known bypasses kept: file not analysed (file-too-large) — fix the file or remove the items<ul><li><code data-file="libs/shared-ui/src/generated/icons.ts">libs/shared-ui/src/generated/icons.ts</code> (shared-ui): JsonCodec <code>JSON.parse</code></li>');
    expect(section).toContain('<pre><code>nx run admin:ssot-baseline</code></pre>');
    expect(page).toContain('<div class="note">9 new, 80 known, 3 fixed, 2 kept<br>2 known bypasses kept: file not analysed (file-too-large) — fix the file or remove the items</div>');
  });

  it('badges incomplete coverage and never shows its rise as an improvement', () => {
    const jsonRow = page.split('\n').find((line) => line.startsWith('<tr><td><strong>JsonCodec</strong>')) ?? '';
    expect(jsonRow).toContain('45.5% <span class="badge incomplete" title="incomplete: files it covers were not analysed');
    expect(page).toContain('<tr><td>JsonCodec</td><td class="num">41.7%</td><td class="num">not compared (incomplete)</td></tr>');
    expect(page).toContain('<div class="label">Trend</div><div class="value">not compared (incomplete)</div>');
    const complete = renderHtml({ ...sampleReport, entries: sampleReport.entries.map(({ incomplete: _incomplete, ...entry }) => entry), projects: sampleReport.projects.map(({ filesNotAnalysed: _count, notAnalysed: _files, ...project }) => project) });
    expect(complete).not.toContain('<span class="badge incomplete"');
    expect(complete).toContain('<tr><td>JsonCodec</td><td class="num">41.7%</td><td class="num">+3.8 pts</td></tr>');
  });

  it('shows a single dot for one snapshot, and a note instead of a chart without any', () => {
    const one = renderHtml({ ...sampleReport, trend: { points: [sampleReport.trend.points[0]], delta: {}, healthDelta: null } });
    expect(countOf(one, 'data-mark="trend"')).toBe(1);
    expect(one).not.toContain('<polyline');
    expect(one).toContain('One snapshot so far');
    const none = renderHtml({ ...sampleReport, health: null, trend: { points: [{ date: '2026-11-20', health: null, coverage: {} }], delta: {}, healthDelta: null } });
    expect(none).toContain('No health score recorded yet');
  });

  it('is deterministic', () => {
    expect(renderHtml(structuredClone(sampleReport))).toBe(page);
  });

  describe('escaping hostile strings', () => {
    const hostile = renderHtml(makeHostileReport());

    it('lets no tag from the data through', () => {
      expect(countOf(hostile, '<script')).toBe(2);
      expect(withoutOurScripts(hostile)).not.toMatch(/<script/i);
      expect(hostile).not.toMatch(/<img/i);
      expect(hostile).not.toContain('<b>1</b>');
    });

    it('escapes text and attribute values alike', () => {
      expect(hostile).toContain(`<strong>${escapeHtml(HOSTILE_ENTRY)}</strong>`);
      expect(hostile).toContain(`data-entry="${escapeHtml(HOSTILE_ENTRY)}"`);
      expect(hostile).toContain(`<code data-file="${escapeHtml(HOSTILE_FILE)}">${escapeHtml(HOSTILE_FILE)}</code>`);
      expect(hostile).toContain(escapeHtml(HOSTILE_PROJECT));
      expect(hostile).toContain(escapeHtml(SCRIPT));
    });

    it('escapes the file not analysed, the kept item and the format-1 baseline as any other string', () => {
      expect(hostile).toContain(`<code data-file="${escapeHtml(HOSTILE_FILE)}">${escapeHtml(HOSTILE_FILE)}</code> (${escapeHtml(HOSTILE_TEXT)})`);
      expect(hostile).toContain(`<li><code data-file="${escapeHtml(HOSTILE_FILE)}">${escapeHtml(HOSTILE_FILE)}</code> (${escapeHtml(HOSTILE_PROJECT)}): ${escapeHtml(HOSTILE_ENTRY)} <code>${escapeHtml(HOSTILE_TEXT)}</code></li>`);
      expect(hostile).toContain(`<li><code data-file="${escapeHtml(HOSTILE_FILE)}" data-line="1">${escapeHtml(HOSTILE_FILE)}</code> (${escapeHtml(HOSTILE_PROJECT)}): ${escapeHtml(HOSTILE_FIX)}<pre><code>nx run ${escapeHtml(HOSTILE_PROJECT)}:ssot-baseline</code></pre></li>`);
    });
  });

  describe('the html tag', () => {
    it('escapes every character that could end text or an attribute', () => {
      expect(escapeHtml(`<a href="x" title='y'>\`&\0`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&#96;&amp;\uFFFD');
    });

    it('escapes interpolated strings and numbers, and passes its own fragments and lists of them', () => {
      const inner = html`<b>${'<i>'}</b>`;
      expect(html`<p title="${'"x"'}">${inner}${[html`<br>`, '<br>']}${null}${undefined}${false}${3}</p>`.value).toBe(
        '<p title="&quot;x&quot;"><b>&lt;i&gt;</b><br>&lt;br&gt;3</p>',
      );
      expect(String(new SafeHtml('<hr>'))).toBe('<hr>');
    });
  });
});
