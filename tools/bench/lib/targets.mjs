// Issue 14's targets, as ratios of rows measured side by side in one run, each met or missed.
// Pure: rows in (as report.mjs's buildRows makes them), verdicts out; `pass` is undefined when a
// figure is missing (a row skipped or failed), so a missing row never reads as met.

/** `[{ target, actual, limit, pass, detail }]` */
export function evaluateTargets(rows, { nx, scaling } = {}) {
  const get = (id) => rows.find((r) => r.id === id && r.wallMs !== undefined);
  const ratio = (x, y, field = 'wallMs') => (get(x) && get(y) && get(x)[field] !== undefined && get(y)[field] ? round(get(x)[field] / get(y)[field]) : undefined);
  const verdict = (target, actual, limit, detail) => ({ target, actual, limit, pass: actual === undefined ? undefined : actual <= limit, detail });
  const big = get('big-ssot');
  const targets = [
    verdict('whole-workspace cold analysis ≤ 1.5× the parse+walk floor (b/a wall)', ratio('b', 'a'), 1.5, cpu(ratio('b', 'a', 'cpuMs'))),
    verdict('whole-workspace cold analysis ≤ 6× oxlint single-threaded (b/oxlint-1 wall)', ratio('b', 'oxlint-1'), 6, cpu(ratio('b', 'oxlint-1', 'cpuMs'))),
    verdict('nx run-many -t ssot-check cold ≤ 0.2× ESLint (d-cold/c wall)', ratio('d-cold', 'c'), 0.2, `${cpu(ratio('d-cold', 'c', 'cpuMs'))}; against ESLint through nx run-many: ${ratio('d-cold', 'c-nx') ?? 'n/a'}`),
    verdict('peak RSS of the whole-workspace analysis ≤ 0.4× ESLint’s (b/c)', ratio('b', 'c', 'maxRssMb'), 0.4, `${mb(get('b'))} vs ${mb(get('c'))}`),
    verdict('2 MB file analysed in ≤ 2× its own parse time (work, module loading left out)', ratio('big-ssot', 'big-parse', 'workMs'), 2, big ? `${big.check.sites} sites, result ${(big.check.resultBytes / 1e6).toFixed(2)} MB (${big.check.bytesPerSite} bytes a site), peak RSS ${mb(big)}` : undefined),
    verdict('one-file change in the most-depended-on library ≤ 0.3× cold (d-hub/d-cold wall)', ratio('d-hub', 'd-cold'), 0.3, get('d-hub')?.note),
  ];
  if (nx && !nx.unavailable) {
    const allCached = nx.warm.executed === 0 && nx.warm.cached === nx.tasks;
    targets.push({ target: 'warm run: every task a cache hit', actual: `${nx.warm.cached}/${nx.tasks}`, pass: allCached });
  }
  if (scaling && !scaling.unavailable) {
    targets.push(verdict('time per file flat ±25% from 1k to 20k ((b) marginal CPU per file, 5k→20k vs 1k→5k)', Math.abs(scaling.marginalBCpuChange), 0.25));
  }
  return targets;
}

const round = (value) => Math.round(value * 1000) / 1000;
const cpu = (value) => `CPU ${value ?? 'n/a'}`;
const mb = (row) => (row?.maxRssMb === undefined ? 'n/a' : `${Math.round(row.maxRssMb)} MB`);
