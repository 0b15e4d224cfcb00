/**
 * The HTML report in a real browser (see `__fixtures__/browser.ts`). It checks that each chart
 * renders with its data, that the page makes no request beyond its own file, that hostile strings
 * stay text, and leaves a screenshot in dist/test-output/report.png for a person. The explorer has
 * its own spec (explorer.browser.spec.ts).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { WorkspaceReport } from '../report/report-model';
import { openPage, OUTPUT, useBrowser, type Opened } from './__fixtures__/browser';
import { HOSTILE_ENTRY, HOSTILE_FILE, HOSTILE_OWNER, makeHostileReport } from './__fixtures__/hostile-report';
import { sampleReport } from './__fixtures__/sample-report';
import { renderHtml } from './html';
import { describeCell } from './owners';

const browser = useBrowser();

async function open(report: WorkspaceReport | string, fileName: string): Promise<Opened> {
  return openPage(browser(), typeof report === 'string' ? report : renderHtml(report), fileName);
}

const count = (page: Page, selector: string) => page.locator(selector).count();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('HTML report in Chromium', () => {
  it('renders the three charts with their data and makes no request', async () => {
    const { page, outside, consoleErrors } = await open(sampleReport, 'report.html');
    expect(await count(page, 'svg[data-chart="tiers"] [data-mark="tier"]')).toBe(sampleReport.tiers.length + 1); // + "no data yet"
    expect(await count(page, 'svg[data-chart="coverage"] [data-mark="coverage"]')).toBe(sampleReport.entries.length);
    expect(await count(page, 'svg[data-chart="coverage"] [data-mark="goal"]')).toBe(4);
    expect(await count(page, 'svg[data-chart="trend"] [data-mark="trend"]')).toBe(3);
    expect(await count(page, 'svg[data-chart="trend"] polyline')).toBe(1);

    // Marks are drawn, not just present: bars have width in proportion to their data.
    const widths = await page.$$eval('svg[data-chart="coverage"] [data-mark="coverage"] rect', (rects) => rects.map((rect) => rect.getBoundingClientRect().width));
    expect(widths).toHaveLength(5); // FeatureFlags has no data, so no bar
    expect(widths[0]).toBeGreaterThan(widths[3]); // ApiClient 96 % against JsonCodec 45.5 %
    expect(await page.locator('svg[data-chart="tiers"] [data-mark="tier"]').first().locator('title').textContent()).toBe(
      'Tier 1 Ultra-Critical (90–100%, average 93.6%): 2 SSOTs',
    );

    // Our script and its data, nothing else.
    expect(await count(page, 'script')).toBe(2);
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.screenshot({ path: join(OUTPUT, 'report.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('shows both matrices coloured by tier; a cell names its counts from the embedded data on hover and on keyboard focus', async () => {
    const { page, outside, consoleErrors } = await open(sampleReport, 'report-matrices.html');
    const { projects, owners } = sampleReport.matrices;
    expect(await page.locator('#project-matrix thead th').allTextContents()).toEqual(['Project', ...projects.columns]);
    expect(await page.locator('#project-matrix tbody th').allTextContents()).toEqual(projects.rows);
    expect(await page.locator('#owner-matrix tbody th').allTextContents()).toEqual(owners.rows);
    // api × AppLogger: 120 usage, 18 bypass, 87 %, Tier 2 (good): the cell holds its coverage and colour only.
    const cell = page.locator('#project-matrix tbody tr').first().locator('td').first();
    expect(await cell.evaluate((element) => element.outerHTML)).toBe('<td class="tier-good" tabindex="0">87.0%</td>');
    const backgroundOf = (selector: string) =>
      page.locator(selector).first().evaluate((element) => element.ownerDocument.defaultView?.getComputedStyle(element).backgroundColor);
    expect(new Set([await backgroundOf('#project-matrix td.tier-good'), await backgroundOf('#project-matrix td.tier-poor'), await backgroundOf('#project-matrix td.none')]).size).toBe(3);
    // Every cell, hovered, says what describeCell says (and "no site" where there is none).
    const tip = page.locator('#matrix-tip');
    expect(await tip.isVisible()).toBe(false);
    await cell.hover();
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe('api × AppLogger: 120 usage, 18 bypass, coverage 87.0%, Tier 2 Critical');
    for (const [id, matrix] of [['project-matrix', projects], ['owner-matrix', owners]] as const) {
      const hovered = await page.evaluate<string[]>(`Array.from(document.querySelectorAll('#${id} tbody td'), (td) => {
        td.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        return document.getElementById('matrix-tip').textContent;
      })`);
      const expected = matrix.rows.flatMap((row, r) => matrix.columns.map((column, c) => {
        const counts = matrix.cells[r][c];
        return counts === null ? `${row} × ${column}: no site` : describeCell(row, column, counts);
      }));
      expect(hovered).toEqual(expected);
    }
    await page.mouse.move(0, 0);
    expect(await tip.isVisible()).toBe(false);
    // Keyboard: each matrix is one stop in the tab order, after its headers; the arrow keys move, naming each cell.
    await page.locator('#project-matrix thead th').last().focus();
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.getAttribute('aria-label')).toBe('api × AppLogger: 120 usage, 18 bypass, coverage 87.0%, Tier 2 Critical');
    expect(await tip.isVisible()).toBe(true);
    await page.keyboard.press('ArrowRight');
    const second = projects.cells[0][1];
    expect(await focused.getAttribute('aria-label')).toBe(second ? describeCell('api', projects.columns[1], second) : `api × ${projects.columns[1]}: no site`);
    await page.keyboard.press('ArrowDown');
    expect(await focused.getAttribute('aria-label')).toMatch(new RegExp(`^${projects.rows[1]} × ${projects.columns[1]}: `));
    await page.keyboard.press('End');
    expect(await focused.getAttribute('aria-label')).toMatch(new RegExp(`^${projects.rows[1]} × ${projects.columns[projects.columns.length - 1]}: `));
    expect(await page.locator('#project-matrix td[tabindex="0"]').count()).toBe(1);
    await page.locator('#matrices').screenshot({ path: join(OUTPUT, 'report-matrices.png') });
    await page.keyboard.press('Tab');
    expect(await page.evaluate<boolean>("document.activeElement.closest('#project-matrix') === null")).toBe(true);
    // Filtering out the row of the tab stop moves the stop to the first row still shown.
    await page.locator('#matrices .table-filter').first().fill(projects.rows[2]);
    expect(await page.locator('#project-matrix td[tabindex="0"]').evaluate((td) => td.parentElement?.querySelector('th')?.textContent)).toBe(projects.rows[2]);
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  }, 60_000);

  it('says in its header, visibly, when --owner narrowed it to one owner\'s code', async () => {
    const { page, outside } = await open({ ...sampleReport, ownership: { ...sampleReport.ownership, filter: '@acme/web' } }, 'report-owner.html');
    const badge = page.locator('header #owner-filter');
    expect(await badge.isVisible()).toBe(true);
    expect(await badge.textContent()).toBe("only @acme/web's code (--owner)");
    expect(await page.title()).toBe(`SSOT coverage report · ${sampleReport.today} · only @acme/web's code (--owner)`);
    expect(outside).toEqual([]);
    await page.locator('header').screenshot({ path: join(OUTPUT, 'report-owner-header.png') });
    await page.close();
  }, 60_000);

  it('would notice a request leaving the page (control for the check above)', async () => {
    const leaky = '<!DOCTYPE html><html><body><img src="https://example.invalid/pixel.png" alt=""></body></html>';
    const { page, outside } = await open(leaky, 'control-leaky.html');
    expect(outside).toEqual(['https://example.invalid/pixel.png']);
    await page.close();
  }, 60_000);

  it('draws a trend chart per SSOT: its points, the goal as a diamond, the ETA projection dashed', async () => {
    const { page, outside } = await open(sampleReport, 'report-entry-trends.html');
    const chart = page.getByRole('img', { name: 'JsonCodec: coverage over time, goal 60.0% by 2027-06-30 and its projection' });
    expect(await chart.getAttribute('data-chart')).toBe('entry-trend');
    const dots = await chart.locator('[data-mark="entry-point"]').evaluateAll((marks) => marks.map((mark) => mark.getBoundingClientRect()));
    expect(dots).toHaveLength(3);
    expect(dots[2].top).toBeLessThan(dots[0].top); // 45.5 % is drawn above 38 %
    const goal = await chart.locator('[data-mark="goal-point"]').boundingBox();
    const projection = chart.locator('[data-mark="projection"]');
    expect(await projection.evaluate((line) => line.ownerDocument.defaultView?.getComputedStyle(line).strokeDasharray)).toBe('6px, 4px');
    const line = await projection.boundingBox();
    if (!goal || !line) throw new Error('the goal diamond and the projection must both be laid out');
    expect(goal.width).toBeGreaterThan(0);
    // From the last point to the ETA (on track: left of the goal's date), rising to the target.
    expect(line.x).toBeGreaterThanOrEqual(dots[2].left);
    expect(line.x + line.width).toBeLessThan(goal.x);
    expect(line.y).toBeLessThan(dots[2].top);
    expect(await chart.locator('[data-mark="todays-registry"]').textContent()).toBe('†');
    expect(await page.locator('svg[data-chart="entry-trend"]').count()).toBe(6);
    expect(outside).toEqual([]);
    await page.locator('#goals').screenshot({ path: join(OUTPUT, 'report-entry-trends.png') });
    await page.close();
  }, 60_000);

  it('shows one dot, and says so, when the history has one snapshot', async () => {
    const single: WorkspaceReport = { ...sampleReport, trend: { points: [sampleReport.trend.points[2]], delta: {}, healthDelta: null } };
    const { page, outside } = await open(single, 'report-single-point.html');
    expect(await count(page, 'svg[data-chart="trend"] [data-mark="trend"]')).toBe(1);
    expect(await count(page, 'svg[data-chart="trend"] polyline')).toBe(0);
    expect(await page.locator('svg[data-chart="trend"]').textContent()).toContain('One snapshot so far');
    expect(outside).toEqual([]);
    await page.close();
  }, 60_000);

  it('keeps hostile names as text: no element, attribute or script comes from data', async () => {
    const { page, outside, consoleErrors } = await open(makeHostileReport(), 'report-hostile.html');
    expect(await count(page, 'script')).toBe(2);
    expect(await count(page, 'img')).toBe(0);
    expect(await count(page, 'main b')).toBe(0);
    const onError = await page.$$eval('*', (elements) => elements.filter((element) => element.hasAttribute('onerror')).length);
    expect(onError).toBe(0);
    const row = page.locator('#ssot-index tbody tr').filter({ has: page.locator('button.drill', { hasText: 'Evil' }) });
    expect(await row.locator('td').first().textContent()).toBe(HOSTILE_ENTRY);
    expect(await row.locator('code').textContent()).toBe(HOSTILE_FILE);
    expect(await page.locator(`svg[data-chart="coverage"] [data-mark="coverage"]`).first().getAttribute('data-entry')).toBe(HOSTILE_ENTRY);
    // The owner views: names stay text in headers, and whole in a cell's tooltip and aria-label.
    expect(await page.locator('#owners-table tbody tr').first().locator('td').first().textContent()).toBe(HOSTILE_OWNER);
    expect(await page.locator('#owner-matrix tbody th').first().textContent()).toBe(HOSTILE_OWNER);
    const column = (await page.locator('#owner-matrix thead th').allTextContents()).indexOf(HOSTILE_ENTRY);
    expect(column).toBeGreaterThan(0);
    const hostileCell = page.locator('#owner-matrix tbody tr').first().locator('td').nth(column - 1);
    await hostileCell.hover();
    expect(await page.locator('#matrix-tip').textContent()).toMatch(new RegExp(`^${escapeRegExp(HOSTILE_OWNER)} × ${escapeRegExp(HOSTILE_ENTRY)}: \\d+ usage`));
    expect(await hostileCell.getAttribute('aria-label')).toMatch(new RegExp(`^${escapeRegExp(HOSTILE_OWNER)} × ${escapeRegExp(HOSTILE_ENTRY)}: `));
    expect(await count(page, 'svg[onload]')).toBe(0);
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  }, 60_000);
});
