import type { EnforcementFailure, EntryTotals, ProjectResult } from 'ssot-core';
import { formatBaselineUpdate, formatCheckSummary, MAX_LISTED_WARNINGS } from './format-summary';

const totals = (usage: number, bypass: number, exemptBypass = 0): EntryTotals => ({
  usage,
  bypass,
  coverage: usage + bypass === 0 ? null : Math.round((usage / (usage + bypass)) * 1000) / 10,
  exempt: { usage: 0, bypass: exemptBypass },
  byPattern: {},
  byKind: {},
});

const result = (
  entries: Record<string, EntryTotals>,
  diagnostics: ProjectResult['diagnostics'] = [],
  baseline: Partial<ProjectResult['baseline']> = {},
): ProjectResult => ({
  schemaVersion: 1,
  project: 'web',
  filesAnalysed: 1,
  entries,
  sites: [],
  diagnostics,
  matcherSites: {},
  findings: [],
  importPaths: [],
  sources: [],
  baseline: { file: 'apps/web/ssot-baseline.txt', exists: false, known: 0, new: 0, fixed: [], ...baseline },
});

const failure = (line: number): EnforcementFailure => ({
  file: 'apps/web/src/a.ts',
  line,
  column: 3,
  entry: 'Json',
  text: 'JSON.parse',
  fix: 'use Json instead',
});

describe('formatCheckSummary', () => {
  it('lists only entries with sites, sorted, with "no data" for exempt-only entries', () => {
    const lines = formatCheckSummary(
      result({ Zed: totals(1, 0), Alpha: totals(0, 0, 2), Empty: totals(0, 0) }),
      { success: true, failures: [], warnings: [] },
      'out/web.json',
    );
    expect(lines).toEqual([
      'ssot-check web: 1 file analysed, 2 of 3 entries with sites; result in out/web.json',
      '  entry   usage  bypass  coverage',
      '  Alpha       0       0   no data  (2 exempt)',
      '  Zed         1       0    100.0%',
    ]);
  });

  it('shows suppressed sites apart, beside exempt ones, and lists an entry with only suppressed sites', () => {
    const lines = formatCheckSummary(result({ Json: { ...totals(0, 1, 1), suppressed: 2 }, Log: { ...totals(0, 0), suppressed: 1 } }), { success: true, failures: [], warnings: [] }, 'out/web.json');
    expect(lines.slice(2)).toEqual(['  Json        0       1      0.0%  (1 exempt, 2 suppressed)', '  Log         0       0   no data  (1 suppressed)']);
  });

  it('prints every failure and caps the warnings', () => {
    const warnings = Array.from({ length: MAX_LISTED_WARNINGS + 3 }, (_, i) => failure(i + 1));
    const lines = formatCheckSummary(result({}), { success: false, failures: [failure(9)], warnings }, 'out/web.json');
    expect(lines).toContain('1 failure (enforce "error", or an expired exemption):');
    expect(lines).toContain('  apps/web/src/a.ts:9:3  Json  JSON.parse  — use Json instead');
    // After the failures, the one baseline command (SPEC §6), as the check's options name it.
    expect(lines[lines.indexOf('  apps/web/src/a.ts:9:3  Json  JSON.parse  — use Json instead') + 1]).toBe(
      '  fix each as it says; to accept the bypasses as known instead (the baseline ratchet): nx run web:ssot-baseline',
    );
    expect(formatCheckSummary(result({}), { success: false, failures: [failure(9)], warnings: [] }, 'out/web.json', 'nx run web:record')).toContain(
      '  fix each as it says; to accept the bypasses as known instead (the baseline ratchet): nx run web:record',
    );
    expect(lines).toContain(`${MAX_LISTED_WARNINGS + 3} warnings (enforce "warn"):`);
    expect(lines.at(-1)).toBe('  … and 3 more in out/web.json');
  });

  it('prints the baseline figures when the project has a baseline', () => {
    const fixed = { fingerprint: '0123456789abcdef', entry: 'Json', file: 'apps/web/src/a.ts', text: 'JSON.parse' };
    const lines = formatCheckSummary(
      result({ Json: totals(1, 3) }, [], { exists: true, known: 2, new: 1, fixed: [fixed] }),
      { success: true, failures: [], warnings: [] },
      'out/web.json',
    );
    expect(lines).toContain('  baseline apps/web/ssot-baseline.txt: 2 known, 1 new, 1 fixed');
  });

  it('names kept items by reason, and counts files not analysed apart', () => {
    const kept = ['a.ts', 'b.ts'].map((name) => ({ fingerprint: '0123456789abcdef', entry: 'Json', file: `apps/web/src/${name}`, text: 'JSON.parse', reason: 'file-unreadable' }));
    const lines = formatCheckSummary(
      { ...result({ Json: totals(1, 2) }, [], { exists: true, known: 0, new: 0, kept }), notAnalysed: [{ file: 'apps/web/src/a.ts', reason: 'file-unreadable' }, { file: 'apps/web/src/b.ts', reason: 'file-unreadable' }] },
      { success: true, failures: [], warnings: [] },
      'out/web.json',
    );
    expect(lines[0]).toBe('ssot-check web: 1 file analysed (2 not analysed: see the diagnostics), 1 of 1 entry with sites; result in out/web.json');
    expect(lines).toEqual(
      expect.arrayContaining([
        '  baseline apps/web/ssot-baseline.txt: 0 known, 0 new, 0 fixed, 2 kept',
        '  2 known bypasses kept: file not analysed (file-unreadable) — fix the file or remove the items',
        '    apps/web/src/a.ts  Json  JSON.parse',
      ]),
    );
  });

  it('marks the coverage of an entry whose figures are incomplete, with the footnote once', () => {
    const lines = formatCheckSummary(
      { ...result({ Json: { ...totals(5, 3), incomplete: true }, Log: totals(1, 0) }), notAnalysed: [{ file: 'apps/web/src/big.ts', reason: 'file-too-large' }] },
      { success: true, failures: [], warnings: [] },
      'out/web.json',
    );
    expect(lines.slice(1, 5)).toEqual([
      '  entry   usage  bypass  coverage',
      '  Json        5       3    62.5%*',
      '  Log         1       0    100.0%',
      '  * incomplete: files it covers were not analysed (see Diagnostics); their known bypasses still count, so the figure never reads better than it is',
    ]);
  });

  it('counts the findings by detector', () => {
    const finding = (detector: ProjectResult['findings'][number]['detector']) => ({
      detector,
      messageId: 'm',
      message: 'm',
      file: 'apps/web/src/a.ts',
      line: 1,
      column: 1,
      text: 'catch (e)',
      project: 'web',
      fingerprint: '0123456789abcdef',
      fix: 'f',
    });
    const withFindings = { ...result({}), findings: [finding('silent-failure'), finding('factory-bypass'), finding('silent-failure')] };
    const lines = formatCheckSummary(withFindings, { success: true, failures: [], warnings: [] }, 'out/web.json');
    expect(lines).toContain('  3 findings (factory-bypass 1, silent-failure 2); each with its fix in out/web.json');
  });

  it('prints diagnostics with their place and code', () => {
    const lines = formatCheckSummary(
      result({}, [{ file: 'apps/web/src/b.ts', line: 2, column: 5, code: 'syntax-error', message: "')' expected" }]),
      { success: true, failures: [], warnings: [] },
      'out/web.json',
    );
    expect(lines.slice(-2)).toEqual(['1 diagnostic:', "  apps/web/src/b.ts:2:5  syntax-error  ')' expected"]);
  });
});

describe('formatBaselineUpdate', () => {
  it('counts kept items among the known bypasses and says why they stay', () => {
    const kept = [{ fingerprint: '0123456789abcdef', entry: 'Json', file: 'apps/web/src/big.ts', text: 'JSON.parse', reason: 'file-too-large' }];
    expect(formatBaselineUpdate(result({}, [], { exists: true, kept }), 'updated')).toEqual([
      'ssot-check web: baseline apps/web/ssot-baseline.txt updated: 1 known bypass',
      '  1 known bypass kept: file not analysed (file-too-large) — fix the file or remove the items',
      '    apps/web/src/big.ts  Json  JSON.parse',
      '  commit it with your change',
    ]);
  });
});
