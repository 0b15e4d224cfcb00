/**
 * Catch clauses as the scan classifies them (`CatchStyle`), one rule per row: the code, then each
 * clause's `line:column style usesError [value]`.
 */
import { scanFile } from './scan-file';

const interest = { globalRoots: new Set<string>(), globalNewNames: new Set<string>(), literals: new Set<string>() };
const describeCatches = (code: string) =>
  scanFile('a.ts', code, interest).catches.map((c) => `${c.line}:${c.column} ${c.style} ${c.usesError ? 'uses' : 'drops'}${c.value !== undefined ? ` ${c.value}` : ''}${c.commented ? ' commented' : ''}`);

const rows: [rule: string, code: string, catches: string[]][] = [
  ['empty, with and without a binding', 'try {} catch (e) {}\ntry {} catch {\n  ;\n}\n', ['1:8 empty drops', '2:8 empty drops']],
  ['comment-only is empty, marked commented', 'try {} catch {\n  // fine\n}\n', ['1:8 empty drops commented']],
  ['rethrow of the caught variable, anywhere in the block', 'try {} catch (e) { if (x) { throw e; } return 1; }\ntry {} catch (err) { throw (err as Error); }\n', ['1:8 rethrow uses', '2:8 rethrow uses']],
  ['rethrow-wrapped: with the cause, or a new error without it', "try {} catch (e) { throw new AppError('x', { cause: e }); }\ntry {} catch { throw new Error('x'); }\n", ['1:8 rethrow-wrapped uses', '2:8 rethrow-wrapped drops']],
  ['log-only: console, logger, this.logger, awaited', "try {} catch (e) { console.warn('x'); logger.error('y', e); }\nasync function f() { try {} catch { await this.logger.flush(); } }\n", ['1:8 log-only uses', '2:29 log-only drops']],
  ['return-error-value: constants, an error object, a bare return, an assignment', "function f() {\n  try {} catch { return null; }\n  try {} catch (e) { console.log(1); return { ok: false, error: e.message }; }\n  try {} catch { return; }\n  try {} catch { res = 'Error occurred'; }\n}\n", ['2:10 return-error-value drops null', '3:10 return-error-value uses { ok: false, error: e.message }', '4:10 return-error-value drops undefined', "5:10 return-error-value drops 'Error occurred'"]],
  ['handled: a call, continue, anything else', 'try {} catch { return fallback(); }\nfor (;;) { try {} catch (e) { continue; } }\ntry {} catch (e) { retry(e); }\n', ['1:8 handled drops', '2:19 handled drops', '3:8 handled uses']],
  ['a throw in a nested function is not the clause\'s', 'try {} catch (e) { const f = () => { throw e; }; }\n', ['1:8 handled uses']],
  ['nested clauses: each throw belongs to the innermost', 'try {} catch (e) { try {} catch (f) { throw f; } log.info(1); }\n', ['1:8 handled drops', '1:27 rethrow uses']],
  ['a shadowing parameter or variable is not the caught error', 'try {} catch (e) { console.log(((e) => e)(1)); }\ntry {} catch (e) { { const e = 1; console.log(e); } }\n', ['1:8 log-only drops', '2:8 handled drops']],
  ['destructured binding', 'try {} catch ({ message }) { console.log(message); }\n', ['1:8 log-only uses']],
];

describe('scan: catch clauses', () => {
  it.each(rows)('%s', (_rule, code, catches) => {
    expect(describeCatches(code)).toEqual(catches);
  });
});
