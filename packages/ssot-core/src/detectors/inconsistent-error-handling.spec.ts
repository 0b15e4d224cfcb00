import { checkProject } from '../analyze';
import { entry, registry, TEST_PROJECTS, TEST_TSCONFIG } from '../testing/memory-workspace';
import { CASE_FILE, caseName, runDetectorCase, toExpected, type DetectorCase, type InvalidDetectorCase } from '../testing/detector-cases';
import { createMemoryHost } from '../workspace/memory-host';
import { inconsistentErrorHandling } from './inconsistent-error-handling';
import { mergeCatchStyles } from './workspace-findings';

const LOG = "try { a(); } catch (e) { logger.error('a failed', e); }\n";
const VALUE = 'function b() { try { return b1(); } catch { return null; } }\n';
const RETHROW = 'try { c(); } catch (e) { throw e; }\n';
const WRAP = "try { d(); } catch (e) { throw new AppError('d failed', { cause: e }); }\n";
/** The project-level finding sits at the project's root, the workspace-level one at `.`. */
const both = [
  { messageId: 'noDominantStyle', line: 1, column: 1, file: '.' },
  { messageId: 'noDominantStyle', line: 1, column: 1, file: 'apps/app' },
];

const valid: DetectorCase[] = [
  { name: 'one style', code: LOG + LOG + LOG },
  { name: 'two of three reach the default 60 %', code: LOG + LOG + VALUE },
  { name: 'fewer catch clauses than minCatches say nothing', code: LOG + VALUE },
  { name: 'dominantShare lowered', code: LOG + VALUE + RETHROW, options: { dominantShare: 0.3 } },
  { name: 'mixed styles in two projects, each consistent, the workspace too', code: LOG + LOG + LOG, files: { 'apps/web/src/w.ts': LOG + LOG + VALUE } },
];

const invalid: InvalidDetectorCase[] = [
  { name: 'three styles, none at 60 %', code: LOG + VALUE + RETHROW, errors: both },
  { name: 'dominantShare raised to 0.7: 2 of 3 is not enough', code: LOG + LOG + RETHROW, options: { dominantShare: 0.7 }, errors: both },
  { name: 'minCatches lowered to 2', code: RETHROW + WRAP, options: { minCatches: 2 }, errors: both },
  {
    name: 'each project consistent, the workspace not',
    code: LOG + LOG + LOG,
    files: { 'apps/web/src/w.ts': RETHROW + RETHROW + RETHROW, 'libs/lib/src/l.ts': VALUE + VALUE + VALUE },
    errors: [{ messageId: 'noDominantStyle', line: 1, column: 1, file: '.' }],
  },
];

describe('inconsistent-error-handling', () => {
  it.each(valid.map((c) => [caseName(c), c] as const))('valid: %s', (_name, testCase) => {
    expect(runDetectorCase(inconsistentErrorHandling, testCase)).toEqual([]);
  });

  it.each(invalid.map((c) => [caseName(c), c] as const))('invalid: %s', (_name, testCase) => {
    const findings = runDetectorCase(inconsistentErrorHandling, testCase);
    expect(findings.map((f) => toExpected(f, testCase.file ?? CASE_FILE))).toEqual(testCase.errors);
  });

  it('records the mix with percentages per project, and merges it for the workspace', () => {
    const host = createMemoryHost({ 'tsconfig.base.json': TEST_TSCONFIG, [CASE_FILE]: LOG + VALUE + RETHROW + RETHROW, 'apps/web/src/w.ts': LOG + LOG + WRAP });
    const resilience = entry({ name: 'Resilience', source: 'libs/lib/src/resilience.ts', role: 'error-handling' });
    const reg = registry([resilience]);
    const results = ['app', 'web'].map((project) => checkProject({ workspaceRoot: '/memory', host, registry: reg, projects: TEST_PROJECTS, project, today: '2026-06-01' }));
    expect(results[0].catchStyles).toEqual({
      total: 4,
      styles: [
        { style: 'rethrow', count: 2, percent: 50 },
        { style: 'log-only', count: 1, percent: 25 },
        { style: 'return-error-value', count: 1, percent: 25 },
      ],
    });
    const ofThisDetector = (findings: { detector: string }[]) => findings.filter((f) => f.detector === 'inconsistent-error-handling');
    expect(ofThisDetector(results[0].findings)).toEqual([
      expect.objectContaining({
        detector: 'inconsistent-error-handling',
        message: 'no catch style dominates in project app: rethrow 50% (2), log-only 25% (1), return-error-value 25% (1) of 4 catch clauses (none reaches 60%)',
        file: 'apps/app',
        text: 'catch styles',
        project: 'app',
        fix: 'handle errors one way in project app: through Resilience (libs/lib/src/resilience.ts), and convert the other catch clauses',
      }),
    ]);
    expect(ofThisDetector(results[1].findings)).toEqual([]);
    const merged = mergeCatchStyles(results, reg);
    expect(merged.catchStyles.total).toBe(7);
    expect(merged.catchStyles.styles[0]).toEqual({ style: 'log-only', count: 3, percent: 42.9 });
    expect(merged.findings.map((f) => [f.file, f.project, f.message])).toEqual([
      ['.', '(none)', 'no catch style dominates in the workspace: log-only 42.9% (3), rethrow 28.6% (2), rethrow-wrapped 14.3% (1), return-error-value 14.3% (1) of 7 catch clauses (none reaches 60%)'],
    ]);
  });

  it('records no mix when the detector is off', () => {
    const host = createMemoryHost({ 'tsconfig.base.json': TEST_TSCONFIG, [CASE_FILE]: LOG });
    const result = checkProject({ workspaceRoot: '/memory', host, registry: registry([], { detectors: { 'inconsistent-error-handling': 'off' } }), projects: TEST_PROJECTS, project: 'app', today: '2026-06-01' });
    expect(result.catchStyles).toBeUndefined();
  });
});
