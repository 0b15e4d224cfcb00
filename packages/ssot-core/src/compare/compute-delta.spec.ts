import type { NormalizedEntry } from '../registry/normalized-registry';
import type { Finding, Site } from '../result/project-result.generated';
import { computeDelta, type CompareSide } from './compute-delta';

const entry = (name: string, enforce: NormalizedEntry['enforce'] = 'error'): NormalizedEntry => ({
  name,
  source: `libs/core/src/${name.toLowerCase()}.ts`,
  exports: [name],
  legacyPaths: [],
  bypasses: [],
  duplicates: [],
  priority: 'medium',
  enforce,
  goals: [],
  exemptions: [],
});

const site = (fingerprint: string, more: Partial<Site> = {}): Site => ({
  entry: 'Json',
  side: 'bypass',
  kind: 'global',
  file: 'apps/web/src/main.ts',
  line: 3,
  column: 1,
  text: 'JSON.parse',
  project: 'web',
  fingerprint,
  ...more,
});

const finding = (fingerprint: string): Finding => ({
  detector: 'silent-failure',
  messageId: 'emptyCatch',
  message: 'empty catch',
  file: 'apps/web/src/main.ts',
  line: 9,
  column: 3,
  text: 'catch {}',
  project: 'web',
  fingerprint,
  fix: 'log it',
});

const side = (more: Partial<CompareSide> = {}): CompareSide => ({
  health: 50,
  entries: [{ name: 'Json', coverage: 50, bypass: 1 }],
  registry: { entries: [entry('Json'), entry('Clock', 'warn')] },
  sites: [],
  findings: [],
  ...more,
});

const delta = (before: Partial<CompareSide>, after: Partial<CompareSide>, compareRegistries = true) =>
  computeDelta({ today: '2026-06-01', base: { ref: 'main', commit: 'b'.repeat(40), head: 'h'.repeat(40) }, before: side(before), after: side(after), projects: { analysed: ['web'], unchanged: ['core'] }, compareRegistries });

describe('computeDelta: bypasses new and fixed, by fingerprint against the merge base', () => {
  it.each<[string, Site[], Site[], { new: string[]; fixed: string[]; failures: number }]>([
    ['a bypass added', [], [site('a')], { new: ['a'], fixed: [], failures: 1 }],
    ['a bypass removed', [site('a')], [], { new: [], fixed: ['a'], failures: 0 }],
    ['a bypass that moved to another line keeps its fingerprint', [site('a', { line: 3 })], [site('a', { line: 30 })], { new: [], fixed: [], failures: 0 }],
    ['the same fingerprint in another project is another site', [site('a')], [site('a', { project: 'admin' })], { new: ['a'], fixed: ['a'], failures: 1 }],
    ['a new bypass the baseline already knows does not fail', [], [site('a', { known: true })], { new: ['a'], fixed: [], failures: 0 }],
    ['a new bypass of a warn entry does not fail', [], [site('a', { entry: 'Clock' })], { new: ['a'], fixed: [], failures: 0 }],
    ['exempt bypasses are neither new nor fixed', [site('a', { exempt: true })], [site('b', { exempt: true })], { new: [], fixed: [], failures: 0 }],
    ['usage sites are not bypasses', [], [site('u', { side: 'usage' })], { new: [], fixed: [], failures: 0 }],
  ])('%s', (_label, before, after, expected) => {
    const result = delta({ sites: before }, { sites: after });
    expect({ new: result.bypasses.new.map((s) => s.fingerprint), fixed: result.bypasses.fixed.map((s) => s.fingerprint), failures: result.failures.length }).toEqual(expected);
  });

  it('each new bypass carries its place, owner project, enforcement and fix; errors come first', () => {
    const result = delta({}, { sites: [site('w', { entry: 'Clock', file: 'a.ts' }), site('e', { file: 'z.ts', line: 7 })] });
    expect(result.bypasses.new).toEqual([
      { entry: 'Json', enforce: 'error', file: 'z.ts', line: 7, column: 1, text: 'JSON.parse', project: 'web', fix: 'use Json from libs/core/src/json.ts instead', fingerprint: 'e' },
      { entry: 'Clock', enforce: 'warn', file: 'a.ts', line: 3, column: 1, text: 'JSON.parse', project: 'web', fix: 'use Clock from libs/core/src/clock.ts instead', fingerprint: 'w' },
    ]);
    expect(result.failures).toEqual(['new bypass of Json (enforce: error) at z.ts:7: `JSON.parse`; use Json from libs/core/src/json.ts instead, or record it as known with nx run web:ssot-baseline']);
  });
});

describe('computeDelta: coverage, registry and findings', () => {
  it.each<[string, Partial<CompareSide>, Partial<CompareSide>, boolean, unknown]>([
    [
      'changed first by size of change, then added and removed, then unchanged',
      { entries: [{ name: 'A', coverage: 50, bypass: 1 }, { name: 'B', coverage: 80, bypass: 1 }, { name: 'Old', coverage: 10, bypass: 9 }, { name: 'Same', coverage: 70, bypass: 3 }], registry: { entries: [entry('A'), entry('B'), entry('Old'), entry('Same')] } },
      { entries: [{ name: 'A', coverage: 52, bypass: 1 }, { name: 'B', coverage: 60, bypass: 2 }, { name: 'New', coverage: null, bypass: 0 }, { name: 'Same', coverage: 70, bypass: 3 }], registry: { entries: [entry('A'), entry('B'), entry('New'), entry('Same')] } },
      true,
      { order: ['B', 'A', 'New', 'Old', 'Same'], statuses: ['changed', 'changed', 'added', 'removed', 'unchanged'], changes: [-20, 2, null, null, 0], added: ['New'], removed: ['Old'] },
    ],
    [
      'without a registry at the merge base, nothing is called added or removed',
      { entries: [], registry: { entries: [] } },
      { entries: [{ name: 'A', coverage: 50, bypass: 1 }] },
      false,
      { order: ['A'], statuses: ['changed'], changes: [null], added: [], removed: [] },
    ],
  ])('%s', (_label, before, after, compareRegistries, expected) => {
    const result = delta(before, after, compareRegistries);
    expect({
      order: result.entries.map((e) => e.name),
      statuses: result.entries.map((e) => e.status),
      changes: result.entries.map((e) => e.coverage.change),
      added: result.registry.added,
      removed: result.registry.removed,
    }).toEqual(expected);
  });

  it('health before → after, rounded to a tenth of a point; no data on either side gives no change', () => {
    expect(delta({ health: 62.5 }, { health: 66.66 }).health).toEqual({ before: 62.5, after: 66.66, change: 4.2 });
    expect(delta({ health: null }, { health: 66.7 }).health).toEqual({ before: null, after: 66.7, change: null });
  });

  it('findings new and resolved by fingerprint; exempt ones are left out', () => {
    const result = delta({ findings: [finding('old'), finding('kept')] }, { findings: [finding('kept'), finding('new'), { ...finding('quiet'), exempt: true }] });
    expect(result.findings.new.map((f) => f.fingerprint)).toEqual(['new']);
    expect(result.findings.resolved.map((f) => f.fingerprint)).toEqual(['old']);
    expect(result.findings.new[0]).toEqual({ detector: 'silent-failure', message: 'empty catch', file: 'apps/web/src/main.ts', line: 9, column: 3, project: 'web', fix: 'log it', fingerprint: 'new' });
  });
});
