import { estimateEta, fitCoverage, type CoveragePoint } from './goal-eta';
import { evaluateGoal } from './goals';
import type { GoalEta } from './report-model';

const series = (...pairs: [string, number][]): CoveragePoint[] => pairs.map(([date, coverage]) => ({ date, coverage }));
const TODAY = '2026-06-01';

describe('estimateEta: when a goal is met at the rate of the last 8 points', () => {
  it.each<[string, CoveragePoint[], number | null, { target: number; by: string; today?: string }, GoalEta]>([
    ['flat: never at this rate', series(['2026-03-01', 50], ['2026-04-01', 50], ['2026-05-01', 50], ['2026-06-01', 50]), 50, { target: 80, by: '2026-12-31' }, { status: 'not-at-this-rate', points: 4, ratePerMonth: 0 }],
    ['rising 10 points a month: 20 more points take 60 days', series(['2026-05-02', 50], ['2026-06-01', 60]), 60, { target: 80, by: '2026-12-31' }, { status: 'on-track', date: '2026-07-31', points: 2, ratePerMonth: 10 }],
    ['falling: never at this rate', series(['2026-05-02', 60], ['2026-06-01', 50]), 50, { target: 80, by: '2026-12-31' }, { status: 'not-at-this-rate', points: 2, ratePerMonth: -10 }],
    ['already met', series(['2026-05-02', 90], ['2026-06-01', 85]), 85, { target: 80, by: '2026-12-31' }, { status: 'met', points: 2, ratePerMonth: -5 }],
    ['met exactly at the target', series(['2026-06-01', 80]), 80, { target: 80, by: '2026-12-31' }, { status: 'met', points: 1 }],
    ['one point: not enough history', series(['2026-06-01', 50]), 50, { target: 80, by: '2026-12-31' }, { status: 'not-enough-history', points: 1 }],
    ['no coverage today: no data', series(['2026-05-02', 50]), null, { target: 80, by: '2026-12-31' }, { status: 'no-data', points: 1 }],
    [
      'points with gaps: the fit reads days, not positions',
      series(['2026-01-01', 20], ['2026-01-31', 30], ['2026-05-31', 70]),
      70,
      { target: 80, by: '2026-12-31', today: '2026-05-31' },
      { status: 'on-track', date: '2026-06-30', points: 3, ratePerMonth: 10 },
    ],
    ['the fit crosses the target after the deadline: late by the difference', series(['2026-05-02', 50], ['2026-06-01', 60]), 60, { target: 80, by: '2026-07-01' }, { status: 'late', date: '2026-07-31', lateByDays: 30, points: 2, ratePerMonth: 10 }],
    [
      'only the last 8 points count: an old high start does not hide the recent rise',
      series(['2026-01-01', 100], ['2026-01-02', 100], ['2026-01-03', 10], ['2026-01-04', 11], ['2026-01-05', 12], ['2026-01-06', 13], ['2026-01-07', 14], ['2026-01-08', 15], ['2026-01-09', 16], ['2026-01-10', 17]),
      17,
      { target: 20, by: '2026-02-01', today: '2026-01-10' },
      { status: 'on-track', date: '2026-01-13', points: 8, ratePerMonth: 30 },
    ],
    ['two values on one day: the later one is the day\'s', series(['2026-05-02', 50], ['2026-06-01', 40], ['2026-06-01', 60]), 60, { target: 80, by: '2026-12-31' }, { status: 'on-track', date: '2026-07-31', points: 2, ratePerMonth: 10 }],
    ['a line that crossed before today while coverage is short: today at the earliest', series(['2026-05-01', 40], ['2026-05-31', 90], ['2026-06-01', 65]), 65, { target: 70, by: '2026-12-31' }, { status: 'on-track', date: TODAY, points: 3, ratePerMonth: 36.3 }],
    ['so slow it crosses after the year 9999: not at this rate', series(['2026-05-31', 10], ['2026-06-01', 10.000001]), 10.000001, { target: 80, by: '2026-12-31' }, { status: 'not-at-this-rate', points: 2, ratePerMonth: 0 }],
  ])('%s', (_label, points, current, goal, expected) => {
    expect(estimateEta(goal.target, goal.by, current, fitCoverage(points), goal.today ?? TODAY)).toEqual(expected);
  });
});

describe('evaluateGoal: the state agrees with the ETA', () => {
  const rising = series(['2026-05-02', 50], ['2026-06-01', 60]);
  it.each<[string, CoveragePoint[], number | null, { by: string; target: number }, Pick<ReturnType<typeof evaluateGoal>, 'state' | 'projected'> & { eta: GoalEta['status'] }]>([
    ['reached by the date: on track, projected at the date', rising, 60, { by: '2026-12-31', target: 80 }, { state: 'on-track', projected: 100, eta: 'on-track' }],
    ['reached after the date: behind', rising, 60, { by: '2026-07-01', target: 80 }, { state: 'behind', projected: 70, eta: 'late' }],
    ['date passed unmet: behind, nothing projected at a past date', rising, 60, { by: '2026-05-01', target: 80 }, { state: 'behind', projected: null, eta: 'late' }],
    ['falling: behind', series(['2026-05-02', 60], ['2026-06-01', 50]), 50, { by: '2026-12-31', target: 80 }, { state: 'behind', projected: 0, eta: 'not-at-this-rate' }],
    ['one point: no data', series(['2026-06-01', 50]), 50, { by: '2026-12-31', target: 80 }, { state: 'no-data', projected: null, eta: 'not-enough-history' }],
    ['met', rising, 60, { by: '2026-12-31', target: 60 }, { state: 'met', projected: null, eta: 'met' }],
  ])('%s', (_label, points, current, { by, target }, expected) => {
    const goal = evaluateGoal('A', 'entry', { by, coverage: target }, current, points, TODAY);
    expect({ state: goal.state, projected: goal.projected, eta: goal.eta.status }).toEqual(expected);
  });
});
