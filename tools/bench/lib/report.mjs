// Turns measurements into rows, ratios and the issue's targets, and prints them as tables.

export function buildRows({ a, b, bProjects, bBatch, c, cNx, oxlint1, oxlint, bigParse, bigSsot, nx, loads }) {
  const rows = [
    row('a', '(a) floor: read + ts.createSourceFile + forEachChild', a, (r) => `${r.check.nodes} nodes`),
    row('b', '(b) ssot-core analyze(), whole workspace, cold', b, (r) => `${r.check.sites} sites (${r.check.bypasses} bypass)`),
    row('b-projects', '(b) checkProject() of every project, one process', bProjects, (r) => `${r.check.sites} sites in ${r.check.projects} projects`),
    row('b-batch', '(b) one createProjectChecker for every project (batch)', bBatch, (r) => `${r.check.sites} sites in ${r.check.projects} projects`),
    row('c', '(c) ESLint 9 core rules, no type info', c, (r) => `${r.check.problems} problems (${restricted(r.check.byRule)} restricted-*), ${r.check.fatal} fatal`),
  ];
  if (cNx) rows.push(row('c-nx', '(c) ESLint through nx run-many (a process per project)', cNx, (r) => `${r.check.problems} problems in ${r.check.tasks} tasks`));
  const oxNote = (r) => `${r.check.problems} problems (ESLint on the rules oxlint has: ${r.comparable ?? 'n/a'})`;
  if (oxlint1) rows.push(row('oxlint-1', '(e) oxlint, same restricted-* rules, --threads=1', oxlint1, oxNote));
  if (oxlint) rows.push(row('oxlint', '(e) oxlint, same rules, default threads', oxlint, oxNote));
  if (bigParse) rows.push(row('big-parse', '(f) 2 MB file: read + parse + walk', bigParse, (r) => `${r.check.nodes} nodes`));
  if (bigSsot) rows.push(row('big-ssot', '(f) 2 MB file: analyze() of its project', bigSsot, (r) => `${r.check.sites} sites, result ${(r.check.resultBytes / 1e6).toFixed(2)} MB`));
  if (nx.unavailable) rows.push({ id: 'd', label: '(d) nx run-many -t ssot-check', unavailable: nx.unavailable });
  else {
    const fate = (r) => `${r.executed} ran, ${r.cached} cached of ${nx.tasks}`;
    rows.push(row('d-cold', '(d) nx run-many, cold (--skip-nx-cache; batch mode)', ok(nx.cold), fate));
    if (nx.coldSingle) rows.push(row('d-cold-single', '(d) nx run-many, cold, --batch=false (a process per task)', ok(nx.coldSingle), fate));
    if (nx.fill) rows.push(row('d-fill', '(d) nx run-many, empty cache (fills it)', ok(nx.fill), fate));
    rows.push(row('d-warm', '(d) nx run-many, warm', ok(nx.warm), fate));
    rows.push(row('d-change', '(d) nx run-many, one leaf file changed', ok(nx.changed), (r) => `${fate(r)}: ${r.executedProjects.join(', ')}`));
    if (nx.hubChanged) rows.push(row('d-hub', '(d) nx run-many, one file of the most-depended-on library changed', ok(nx.hubChanged), (r) => `${fate(r)} (${nx.hubFile})`));
  }
  for (const [module, run] of Object.entries(loads)) rows.push(row(`load-${module}`, `load ${module} in a fresh process`, run, (r) => `require ${r.check.requireMs} ms`));
  return rows;
}

/** The problems of the restricted-* rules alone: the others are `eslint-disable` comments naming rules the config lacks. */
const restricted = (byRule) => Object.entries(byRule ?? {}).filter(([rule]) => rule.startsWith('no-restricted-')).reduce((sum, [, count]) => sum + count, 0);

function row(id, label, run, note = () => '') {
  if (!run.ok) return { id, label, unavailable: run.why };
  const filesPerSecond = run.files > 0 ? Math.round(run.files / (run.wallMs / 1000)) : undefined;
  return { id, label, wallMs: run.wallMs, cpuMs: run.cpuMs, maxRssMb: run.maxRssMb, workMs: run.workMs, files: run.files, filesPerSecond, note: note(run), check: run.check, spread: run.runs > 1 ? [run.wallMinMs, run.wallMaxMs] : undefined };
}

const ok = (run) => ({ ok: run.status === 0, why: run.tail, files: 0, ...run });

export function computeRatios(rows) {
  const get = (id) => rows.find((r) => r.id === id && r.wallMs !== undefined);
  const ratio = (x, y, field) => (get(x) && get(y) ? round(get(x)[field] / get(y)[field], 3) : undefined);
  return {
    'b/a wall': ratio('b', 'a', 'wallMs'),
    'b/a cpu': ratio('b', 'a', 'cpuMs'),
    'b/c wall': ratio('b', 'c', 'wallMs'),
    'b/c cpu': ratio('b', 'c', 'cpuMs'),
    'd-cold/c wall': ratio('d-cold', 'c', 'wallMs'),
    'd-cold/c cpu': ratio('d-cold', 'c', 'cpuMs'),
    'd-cold --batch=false/c wall': ratio('d-cold-single', 'c', 'wallMs'),
    'd-warm/d-cold wall': ratio('d-warm', 'd-cold', 'wallMs'),
    'peak RSS b/c': ratio('b', 'c', 'maxRssMb'),
    'b/oxlint-1 wall': ratio('b', 'oxlint-1', 'wallMs'),
    'b/oxlint wall': ratio('b', 'oxlint', 'wallMs'),
    'd-cold/c-nx wall': ratio('d-cold', 'c-nx', 'wallMs'),
    'c-nx/c wall': ratio('c-nx', 'c', 'wallMs'),
    'big-ssot/big-parse work': ratio('big-ssot', 'big-parse', 'workMs'),
    'd-hub/d-cold wall': ratio('d-hub', 'd-cold', 'wallMs'),
  };
}

export function printReport({ rows, ratios, targets }) {
  const table = [['row', 'wall s', 'wall range s', 'CPU s', 'peak RSS MB', 'files/s', 'check'].join(' | ')];
  for (const r of rows) {
    if (r.unavailable) table.push(`${r.label} | not available: ${r.unavailable}`);
    else table.push([r.label, s(r.wallMs), r.spread ? r.spread.map(s).join('–') : '', r.cpuMs === undefined ? '' : s(r.cpuMs), r.maxRssMb === undefined ? '' : Math.round(r.maxRssMb), r.filesPerSecond ?? '', r.note].join(' | '));
  }
  console.log(`\n${table.join('\n')}\n`);
  console.log(Object.entries(ratios).map(([name, value]) => `${name}: ${value ?? 'n/a'}`).join('   '));
  console.log('\ntargets (issue 14; wall-time ratios of rows measured in this run):');
  for (const t of targets) console.log(`  ${t.pass === undefined ? 'n/a ' : t.pass ? 'met ' : 'MISS'}  ${t.target}: ${t.actual ?? 'not measured'}${t.detail ? ` (${t.detail})` : ''}`);
}

export function printScaling(scaling) {
  if (scaling.unavailable) return console.log(`\nscaling: not available: ${scaling.unavailable}`);
  console.log('\nscaling (time per file, ms; work = after module load):');
  console.log('files | (a) wall | (a) work | (a) work CPU | (b) wall | (b) work | (b) work CPU | (b) peak RSS MB');
  for (const p of scaling.points) {
    console.log([p.files, p.aWallPerFile, p.aWorkPerFile, p.aWorkCpuPerFile, p.bWallPerFile, p.bWorkPerFile, p.bWorkCpuPerFile, p.bRss].join(' | '));
  }
  const pct = (value) => `${Math.round(value * 100)} %`;
  console.log(`largest deviation from the smallest size: (b) work ${pct(scaling.spreadB)}, (b) work CPU ${pct(scaling.spreadBCpu)}, (a) work ${pct(scaling.spreadA)}`);
  console.log(`(b) marginal ms per file between sizes: wall ${scaling.marginalB.join(' → ')}, CPU ${scaling.marginalBCpu.join(' → ')}`);
}

const s = (ms) => (ms / 1000).toFixed(2);
export const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
