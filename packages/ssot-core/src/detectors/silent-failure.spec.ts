import { entry } from '../testing/memory-workspace';
import { CASE_FILE, caseName, runDetectorCase, toExpected, type DetectorCase, type InvalidDetectorCase } from '../testing/detector-cases';
import { silentFailure } from './silent-failure';

const valid: DetectorCase[] = [
  { code: 'try { run(); } catch (e) { throw e; }\n' },
  { code: "try { run(); } catch (e) { throw new AppError('run failed', { cause: e }); }\n" },
  { name: 'a new error without the cause is not silent (it propagates)', code: "try { run(); } catch { throw new Error('run failed'); }\n" },
  { name: 'logging the error uses it', code: "try { run(); } catch (e) { logger.error('run failed', e); }\n" },
  { name: 'an error value built from the error uses it', code: 'function f() {\n  try { return run(); } catch (e) { return { error: e }; }\n}\n' },
  { name: 'recovery code is handling', code: 'function f() {\n  try { return run(); } catch { return fallback(); }\n}\n' },
  { name: 'the error used in a nested callback', code: 'try { run(); } catch (e) { setTimeout(() => report(e)); }\n' },
  { name: 'continue in a loop is handling', code: 'for (const x of xs) {\n  try { run(x); } catch { continue; }\n}\n' },
  { name: 'option allowCommentedEmpty: an explained empty catch', code: 'try { run(); } catch {\n  // optional feature: absent on old browsers\n}\n', options: { allowCommentedEmpty: true } },
  {
    name: 'the source of the error-handling SSOT is left alone',
    code: 'export class Resilience {\n  run(f: () => void) { try { f(); } catch { return null; } }\n}\n',
    file: 'libs/lib/src/resilience.ts',
    entries: [entry({ name: 'Resilience', source: 'libs/lib/src/resilience.ts', role: 'error-handling' })],
  },
];

const invalid: InvalidDetectorCase[] = [
  { code: 'try { run(); } catch (e) {}\n', errors: [{ messageId: 'emptyCatch', line: 1, column: 16 }] },
  { name: 'optional catch binding', code: 'try {\n  run();\n} catch {\n}\n', errors: [{ messageId: 'emptyCatch', line: 3, column: 3 }] },
  { name: 'comment-only counts as empty by default', code: 'try { run(); } catch {\n  // ignore\n}\n', errors: [{ messageId: 'emptyCatch', line: 1, column: 16 }] },
  { code: "try { run(); } catch (e) { console.error('run failed'); }\n", errors: [{ messageId: 'logOnlyCatch', line: 1, column: 16 }] },
  { code: "class S {\n  m() {\n    try { run(); } catch (err) { this.logger.warn('x'); this.logger.debug('y'); }\n  }\n}\n", errors: [{ messageId: 'logOnlyCatch', line: 3, column: 20 }] },
  { code: 'function f() {\n  try { return run(); } catch { return null; }\n}\n', errors: [{ messageId: 'returnsValueCatch', line: 2, column: 25 }] },
  { name: 'log, then return a constant', code: "function f() {\n  try { return run(); } catch (e) {\n    logger.warn('no data');\n    return { error: 'Operation failed' };\n  }\n}\n", errors: [{ messageId: 'returnsValueCatch', line: 2, column: 25 }] },
  { name: 'assign a constant (the reference report\'s example)', code: "let result;\ntry { result = call(); } catch (e) { result = 'Error occurred'; }\n", errors: [{ messageId: 'returnsValueCatch', line: 2, column: 26 }] },
  { name: 'a throw inside a nested function does not rethrow', code: 'try { run(); } catch (e) { return; }\ntry { run(); } catch { const f = () => { throw new Error(); }; }\n', errors: [{ messageId: 'returnsValueCatch', line: 1, column: 16 }] },
  { name: 'a shadowing declaration is not the caught error', code: "try { run(); } catch (e) { console.log('x', ((e) => e)(1)); }\n", errors: [{ messageId: 'logOnlyCatch', line: 1, column: 16 }] },
];

describe('silent-failure', () => {
  it.each(valid.map((c) => [caseName(c), c] as const))('valid: %s', (_name, testCase) => {
    expect(runDetectorCase(silentFailure, testCase)).toEqual([]);
  });

  it.each(invalid.map((c) => [caseName(c), c] as const))('invalid: %s', (_name, testCase) => {
    const findings = runDetectorCase(silentFailure, testCase);
    expect(findings.map((f) => toExpected(f, testCase.file ?? CASE_FILE))).toEqual(testCase.errors);
  });

  it('names the error-handling SSOT that applies in the fix, else says to rethrow or handle', () => {
    const code = 'try { run(); } catch {}\n';
    const resilience = entry({ name: 'Resilience', source: 'libs/lib/src/resilience.ts', role: 'error-handling' });
    const [withHandler] = runDetectorCase(silentFailure, { code, entries: [resilience], files: { 'libs/lib/src/resilience.ts': 'export class Resilience {}\n' } });
    expect(withHandler).toMatchObject({ detector: 'silent-failure', message: 'empty catch block swallows the error', text: 'catch', project: 'app', fix: 'handle the error with Resilience (libs/lib/src/resilience.ts) or rethrow it' });
    const [without] = runDetectorCase(silentFailure, { code });
    expect(without.fix).toMatch(/^rethrow the error/);
    expect(without.entry).toBeUndefined();
  });
});
