/**
 * The trend chart: the health score of every snapshot over time (x proportional to the date), with
 * the registry's `minHealth` as a dashed line. One snapshot shows as one dot and says so.
 */
import { dayNumber } from '../../report/goal-eta';
import type { TrendPoint, WorkspaceReport } from '../../report/report-model';
import { formatPercent } from '../format';
import { describeTodaysRegistry, TODAYS_REGISTRY_MARK, usedTodaysRegistry } from '../goal-eta-wording';
import { html, type SafeHtml } from './escape';
import { n } from './svg';

const WIDTH = 520;
const HEIGHT = 220;
const PAD = { left: 44, right: 18, top: 14, bottom: 34 };

/** A y range around the data (and `minHealth`) in steps of 10, so small changes stay visible. */
function yRange(values: number[]): { lo: number; hi: number } {
  let lo = Math.max(0, Math.floor((Math.min(...values) - 5) / 10) * 10);
  let hi = Math.min(100, Math.ceil((Math.max(...values) + 5) / 10) * 10);
  if (hi - lo < 20) {
    hi = Math.min(100, lo + 20);
    lo = Math.max(0, hi - 20);
  }
  return { lo, hi };
}

export function trendChart(report: WorkspaceReport): SafeHtml {
  const points = report.trend.points.filter((point): point is TrendPoint & { health: number } => point.health !== null);
  const header = html`<title id="chart-trend-title">Health score over time</title>`;
  if (points.length === 0) {
    return html`<svg data-chart="trend" data-marks="0" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="chart-trend-title">${header}
<text x="${WIDTH / 2}" y="${HEIGHT / 2}" text-anchor="middle">No health score recorded yet</text></svg>`;
  }
  const values = points.map((point) => point.health);
  const { lo, hi } = yRange(report.minHealth !== undefined ? [...values, report.minHealth] : values);
  const first = dayNumber(points[0].date);
  const span = dayNumber(points[points.length - 1].date) - first;
  const innerWidth = WIDTH - PAD.left - PAD.right;
  const innerHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (date: string) => (span === 0 ? PAD.left + innerWidth / 2 : PAD.left + ((dayNumber(date) - first) / span) * innerWidth);
  const y = (value: number) => PAD.top + (1 - (value - lo) / (hi - lo)) * innerHeight;
  const ticks = [0, 1, 2, 3, 4].map((step) => lo + ((hi - lo) * step) / 4);
  const grid = ticks.map(
    (tick) => html`<line class="axis" x1="${PAD.left}" y1="${n(y(tick))}" x2="${WIDTH - PAD.right}" y2="${n(y(tick))}"></line>
<text class="axis-label" x="${PAD.left - 6}" y="${n(y(tick) + 3)}" text-anchor="end">${Number.isInteger(tick) ? tick : tick.toFixed(1)}%</text>`,
  );
  const minimum =
    report.minHealth !== undefined
      ? html`<line x1="${PAD.left}" y1="${n(y(report.minHealth))}" x2="${WIDTH - PAD.right}" y2="${n(y(report.minHealth))}" stroke="var(--poor)" stroke-dasharray="5 4"><title>minHealth ${formatPercent(report.minHealth)}</title></line>`
      : null;
  const line =
    points.length > 1 ? html`<polyline class="trend-line" points="${points.map((point) => `${n(x(point.date))},${n(y(point.health))}`).join(' ')}"></polyline>` : null;
  const dots = points.map(
    (point) => html`<circle class="trend-dot" data-mark="trend" data-date="${point.date}" data-health="${n(point.health)}" cx="${n(x(point.date))}" cy="${n(y(point.health))}" r="4.5">
<title>${point.date}${point.commit ? ` (${point.commit})` : ''}: health ${formatPercent(point.health)}${usedTodaysRegistry(point) ? ` ${TODAYS_REGISTRY_MARK} ${describeTodaysRegistry(point)}` : ''}</title></circle>`,
  );
  const last = points[points.length - 1];
  const dates =
    points.length === 1
      ? html`<text class="axis-label" x="${n(x(last.date))}" y="${HEIGHT - 18}" text-anchor="middle">${last.date}</text>
<text class="axis-label" x="${n(x(last.date))}" y="${HEIGHT - 4}" text-anchor="middle">One snapshot so far: the line starts with the next run.</text>`
      : html`<text class="axis-label" x="${PAD.left}" y="${HEIGHT - 14}">${points[0].date}</text>
<text class="axis-label" x="${WIDTH - PAD.right}" y="${HEIGHT - 14}" text-anchor="end">${last.date}</text>`;
  return html`<svg data-chart="trend" data-marks="${points.length}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="chart-trend-title">${header}
${grid}
${minimum}
${line}
${dots}
${dates}
</svg>`;
}
