/** Issue 14's targets from the rows of one run (lib/targets.mjs): ratios, limits, met or missed, never timed here. */
import { callEach } from './call-module';

interface Verdict { target: string; actual: unknown; limit?: number; pass?: boolean; detail?: string }

const row = (id: string, fields: Record<string, unknown>) => ({ id, label: id, ...fields });
const full = [
  row('a', { wallMs: 1000, cpuMs: 1000, maxRssMb: 100 }),
  row('b', { wallMs: 1400, cpuMs: 1600, maxRssMb: 150 }),
  row('c', { wallMs: 20000, cpuMs: 20000, maxRssMb: 400 }),
  row('c-nx', { wallMs: 40000, cpuMs: 50000, maxRssMb: 200 }),
  row('oxlint-1', { wallMs: 200, cpuMs: 200, maxRssMb: 70 }),
  row('d-cold', { wallMs: 5000, cpuMs: 6000, maxRssMb: 200 }),
  row('d-hub', { wallMs: 2000, cpuMs: 2000, maxRssMb: 150, note: '3 ran' }),
  row('big-parse', { wallMs: 600, workMs: 400, maxRssMb: 150, check: { nodes: 1 } }),
  row('big-ssot', { wallMs: 900, workMs: 700, maxRssMb: 200, check: { sites: 1000, resultBytes: 2e6, bytesPerSite: 2000 } }),
];

describe('evaluateTargets', () => {
  const cases: Array<[string, unknown[], Array<[number, boolean | undefined]>]> = [
    // b/a 1.4 met; b/oxlint 7 missed; d-cold/c 0.25 missed; RSS 0.375 met; big 1.75 met; hub 0.4 missed.
    ['every row measured', full, [[1.4, true], [7, false], [0.25, false], [0.375, true], [1.75, true], [0.4, false]]],
    ['exactly on the limit is met', full.map((r) => (r.id === 'b' ? { ...r, wallMs: 1500 } : r.id === 'oxlint-1' ? { ...r, wallMs: 250 } : r)), [[1.5, true], [6, true], [0.25, false], [0.375, true], [1.75, true], [0.4, false]]],
  ];
  const results = callEach<Verdict[]>('targets.mjs', 'evaluateTargets', cases.map(([, rows]) => [rows, {}]));
  it.each(cases.map((c, i) => [c[0], results[i], c[2]]))('%s', (_, actual, expected) => {
    expect((actual as Verdict[]).map((t) => [t.actual, t.pass])).toEqual(expected);
  });

  it('leaves a target unjudged when a row is missing or failed, never met', () => {
    const [result] = callEach<Verdict[]>('targets.mjs', 'evaluateTargets', [[[full[0], row('b', { unavailable: 'failed' }), full[2]], {}]]);
    expect(result.map((t) => t.pass)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('adds the warm-cache check when Nx ran, and says the result size beside the sites', () => {
    const [result] = callEach<Verdict[]>('targets.mjs', 'evaluateTargets', [[full, { nx: { tasks: 4, warm: { executed: 0, cached: 4 } } }]]);
    expect(result.at(-1)).toMatchObject({ actual: '4/4', pass: true });
    expect(result[4].detail).toContain('1000 sites, result 2.00 MB (2000 bytes a site)');
  });
});
