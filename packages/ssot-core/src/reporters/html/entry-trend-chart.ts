/**
 * One small trend chart per SSOT (issue 16): its coverage at every history point (backfilled or
 * recorded), each dated goal as a diamond at its target and date, and the projection of the goal's
 * ETA as a dashed line from the last point: to the day the fitted line reaches the target, or, when
 * it never does at this rate, to the goal's date at the coverage projected there. Points computed
 * with today's registry carry the report's footnote mark. The y axis is 0–100 % in every chart so
 * they compare at a glance.
 */
import { dayNumber, dayToDate } from '../../report/goal-eta';
import type { GoalReport, WorkspaceReport } from '../../report/report-model';
import { formatPercent } from '../format';
import { describeTodaysRegistry, formatEta, TODAYS_REGISTRY_MARK, usedTodaysRegistry } from '../goal-eta-wording';
import { nextGoal } from './charts';
import { html, type SafeHtml } from './escape';
import { n } from './svg';

const WIDTH = 420;
const HEIGHT = 190;
const PAD = { left: 40, right: 16, top: 16, bottom: 30 };

interface EntryPoint {
  date: string;
  commit?: string;
  coverage: number;
  todays?: string;
}

interface Segment {
  date: string;
  coverage: number;
  label: string;
}

/** Where the dashed projection ends, or nothing when there is nothing to project. */
function projectionEnd(goal: GoalReport | undefined, last: EntryPoint | undefined): Segment | undefined {
  if (!goal || !last) return undefined;
  const { eta } = goal;
  if ((eta.status === 'on-track' || eta.status === 'late') && eta.date !== undefined) {
    return { date: eta.date, coverage: goal.target, label: `reaches ${formatPercent(goal.target)} on ${formatEta(eta)}` };
  }
  if (eta.status === 'not-at-this-rate' && goal.by > last.date) {
    const at = goal.projected ?? last.coverage;
    return { date: goal.by, coverage: at, label: `not at this rate: ${formatPercent(at)} by ${goal.by}` };
  }
  return undefined;
}

function entryChart(report: WorkspaceReport, name: string, index: number): SafeHtml | null {
  const points: EntryPoint[] = report.trend.points.flatMap((point) => {
    const coverage = point.coverage[name];
    if (typeof coverage !== 'number') return [];
    return [{ date: point.date, ...(point.commit ? { commit: point.commit } : {}), coverage, ...(usedTodaysRegistry(point) ? { todays: describeTodaysRegistry(point) } : {}) }];
  });
  const goals = report.goals.filter((goal) => goal.kind === 'entry' && goal.subject === name);
  // One point and no goal is no trend: a chart per SSOT for it would only make the page long.
  if (points.length < 2 && goals.length === 0) return null;
  const next = nextGoal(report, name);
  const last = points[points.length - 1];
  const end = projectionEnd(next, last);
  const days = [...points.map((p) => p.date), ...goals.map((g) => g.by), ...(end ? [end.date] : [])].map(dayNumber);
  const first = Math.min(...days);
  const span = Math.max(...days) - first;
  const innerWidth = WIDTH - PAD.left - PAD.right;
  const innerHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (date: string) => (span === 0 ? PAD.left + innerWidth / 2 : PAD.left + ((dayNumber(date) - first) / span) * innerWidth);
  const y = (value: number) => PAD.top + (1 - value / 100) * innerHeight;
  const titleId = `chart-entry-${index}-title`;
  const grid = [0, 50, 100].map(
    (tick) => html`<line class="axis" x1="${PAD.left}" y1="${n(y(tick))}" x2="${WIDTH - PAD.right}" y2="${n(y(tick))}"></line>
<text class="axis-label" x="${PAD.left - 6}" y="${n(y(tick) + 3)}" text-anchor="end">${tick}%</text>`,
  );
  const line = points.length > 1 ? html`<polyline class="trend-line" points="${points.map((p) => `${n(x(p.date))},${n(y(p.coverage))}`).join(' ')}"></polyline>` : null;
  const dots = points.map(
    (p) => html`<circle class="trend-dot" data-mark="entry-point" data-date="${p.date}" data-coverage="${n(p.coverage)}" cx="${n(x(p.date))}" cy="${n(y(p.coverage))}" r="4">
<title>${p.date}${p.commit ? ` (${p.commit})` : ''}: ${name} ${formatPercent(p.coverage)}${p.todays ? ` ${TODAYS_REGISTRY_MARK} ${p.todays}` : ''}</title></circle>${
      p.todays ? html`<text data-mark="todays-registry" x="${n(x(p.date) + 5)}" y="${n(y(p.coverage) - 6)}">${TODAYS_REGISTRY_MARK}</text>` : ''
    }`,
  );
  const projection =
    end && last
      ? html`<line data-mark="projection" x1="${n(x(last.date))}" y1="${n(y(last.coverage))}" x2="${n(x(end.date))}" y2="${n(y(end.coverage))}" stroke="var(--accent)" stroke-width="2" stroke-dasharray="6 4"><title>${name}: ${end.label}</title></line>`
      : null;
  const diamonds = goals.map((goal) => {
    const cx = x(goal.by);
    const cy = y(goal.target);
    return html`<path class="goal-point" data-mark="goal-point" data-target="${n(goal.target)}" data-by="${goal.by}" d="M${n(cx)} ${n(cy - 6)}L${n(cx + 6)} ${n(cy)}L${n(cx)} ${n(cy + 6)}L${n(cx - 6)} ${n(cy)}Z" fill="var(--goal)">
<title>${name}: goal ${formatPercent(goal.target)} by ${goal.by}, ETA ${formatEta(goal.eta)}</title></path>`;
  });
  const dates =
    span === 0
      ? html`<text class="axis-label" x="${n(x(dayToDate(first)))}" y="${HEIGHT - 10}" text-anchor="middle">${dayToDate(first)}</text>`
      : html`<text class="axis-label" x="${PAD.left}" y="${HEIGHT - 10}">${dayToDate(first)}</text>
<text class="axis-label" x="${WIDTH - PAD.right}" y="${HEIGHT - 10}" text-anchor="end">${dayToDate(first + span)}</text>`;
  const caption = next ? `${name}: goal ${formatPercent(next.target)} by ${next.by}, ETA ${formatEta(next.eta)}` : `${name}: no dated goal`;
  return html`<figure><figcaption>${caption}</figcaption>
<svg data-chart="entry-trend" data-entry="${name}" data-marks="${points.length}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${titleId}">
<title id="${titleId}">${name}: coverage over time${next ? `, goal ${formatPercent(next.target)} by ${next.by} and its projection` : ''}</title>
${grid}
${line}
${projection}
${dots}
${diamonds}
${dates}
</svg></figure>`;
}

/** The charts of every SSOT with two history points or a goal, in the report's entry order. */
export function entryTrendCharts(report: WorkspaceReport): SafeHtml {
  const charts = report.entries.map((entry, index) => entryChart(report, entry.name, index)).filter((chart): chart is SafeHtml => chart !== null);
  if (charts.length === 0) {
    return report.entries.length === 0
      ? html``
      : html`<p class="muted">A coverage chart per SSOT appears once the history holds two points, or the SSOT has a dated goal (record a point per run with --record, or rebuild the past with --backfill).</p>`;
  }
  return html`<h3>Coverage over time per SSOT</h3>
<p class="muted">Dots: history points. Diamonds: goals. Dashed: the projection of the next goal's ETA (a least-squares line through the last 8 points).</p>
<div class="charts">${charts}</div>`;
}
