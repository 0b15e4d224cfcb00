import type { WorkspaceReport } from '../report/report-model';
import { HOSTILE_ENTRY, HOSTILE_FILE, HOSTILE_PROJECT, makeHostileReport, SCRIPT } from './__fixtures__/hostile-report';
import { sampleReport } from './__fixtures__/sample-report';
import { HTML_CONTENT_SECURITY_POLICY, renderHtml } from './html';
import { escapeHtml, html, SafeHtml } from './html/escape';

const countOf = (text: string, needle: string) => text.split(needle).length - 1;

describe('html reporter', () => {
  const page = renderHtml(sampleReport);

  it('is one self-contained document: inline style, no script, nothing to fetch', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(HTML_CONTENT_SECURITY_POLICY)}">`);
    expect(page).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\bsrc=|href="(?!#)/i);
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

  it('takes the goal not yet due as the next one', () => {
    const report: WorkspaceReport = structuredClone(sampleReport);
    report.goals.push({ subject: 'ApiClient', kind: 'entry', by: '2026-01-01', target: 80, current: 96, projected: null, state: 'met' });
    expect(renderHtml(report)).toContain('data-mark="goal" data-entry="ApiClient" data-target="95.0" data-by="2026-12-31"');
  });

  it('has the tables of the compliance report', () => {
    for (const id of ['tiers', 'ssots', 'patterns', 'anti-patterns', 'projects', 'action-items', 'goals', 'trend', 'bypass-sites', 'failures']) {
      expect(page).toContain(`<section id="${id}">`);
    }
    expect(page).toContain('<pre><code>nx run api:ssot-check\nnx run web:ssot-check\nnx run admin:ssot-check</code></pre>');
  });

  it('lists the diagnostics: counts, the workspace warnings, and the first places per code', () => {
    const section = page.slice(page.indexOf('<section id="diagnostics">'), page.indexOf('</section>', page.indexOf('<section id="diagnostics">')));
    expect(section).toContain('<p>2 workspace warnings, 5 file diagnostics.</p>');
    expect(page).toContain('<div class="label">Diagnostics</div><div class="value status needs-work">2 / 5</div>');
    expect(section).toContain('<li>bypass matcher { &quot;import&quot;: &quot;fast-json-stringify&quot; } of JsonCodec matched no site in the workspace <code>ssot.json:47:9 $.entries[3].bypasses[2]</code></li>');
    expect(section).toContain('<code>apps/web/src/generated/icons.ts:1:1</code> …and 1 more');
    expect(countOf(section, '<code>apps/')).toBe(4); // three of file-too-large, one of syntax-error
    const none = renderHtml({ ...sampleReport, diagnostics: { workspace: [], files: [] } });
    expect(none).toContain('<p>None: every project pattern, entry and matcher matched something, and every file was analysed.</p>');
    expect(none).not.toContain('<div class="label">Diagnostics</div>');
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
      expect(hostile).not.toMatch(/<script/i);
      expect(hostile).not.toMatch(/<img/i);
      expect(hostile).not.toContain('<b>1</b>');
    });

    it('escapes text and attribute values alike', () => {
      expect(hostile).toContain(`<strong>${escapeHtml(HOSTILE_ENTRY)}</strong>`);
      expect(hostile).toContain(`data-entry="${escapeHtml(HOSTILE_ENTRY)}"`);
      expect(hostile).toContain(`<code>${escapeHtml(HOSTILE_FILE)}</code>`);
      expect(hostile).toContain(escapeHtml(HOSTILE_PROJECT));
      expect(hostile).toContain(escapeHtml(SCRIPT));
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
