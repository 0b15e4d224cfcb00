import { checkProject, renderBaseline } from '../analyze';
import { SsotConfigError } from '../errors';
import { entry, registry, TEST_PROJECTS, TEST_TSCONFIG } from '../testing/memory-workspace';
import { createMemoryHost } from '../workspace/memory-host';
import { parseBaseline, parseBaselineFile, serializeBaseline } from './baseline';
import { compareWithBaseline } from './compare-baseline';
import { evaluateEnforcement } from './evaluate-enforcement';

const logger = entry({ name: 'Logger', source: 'libs/lib/src/logger.ts', enforce: 'error', bypasses: [{ kind: 'global', path: 'console' }] });
const check = (files: Record<string, string>) =>
  checkProject({
    workspaceRoot: '/memory',
    host: createMemoryHost({ 'tsconfig.base.json': TEST_TSCONFIG, 'libs/lib/src/logger.ts': 'export class Logger {}\n', ...files }),
    registry: registry([logger]),
    projects: TEST_PROJECTS,
    project: 'app',
    today: '2026-06-01',
    updateCommand: 'nx run app:ssot-check --update-baseline',
  });

describe('baseline ratchet', () => {
  it('round-trips: serialised items parse back, sorted, with a header that says how to regenerate', () => {
    const items = [
      { fingerprint: 'bbbbbbbbbbbbbbbb', entry: 'Logger', file: 'apps/app/b.ts', text: 'console' },
      { fingerprint: 'aaaaaaaaaaaaaaaa', entry: 'Json', file: 'apps/app/a.ts', text: '`multi\nline`\t"q"' },
    ];
    const text = serializeBaseline('app', items, 'nx run app:ssot-baseline');
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('# ssot-baseline format 2');
    expect(lines[3]).toContain('Regenerate with: nx run app:ssot-baseline');
    expect(lines.slice(4)).toEqual(['aaaaaaaaaaaaaaaa\tJson\tapps/app/a.ts\t"`multi\\nline`\\t\\"q\\""', 'bbbbbbbbbbbbbbbb\tLogger\tapps/app/b.ts\t"console"']);
    expect(parseBaselineFile(text, 'apps/app/ssot-baseline.txt', 'x')).toEqual({ format: 2, items: [items[1], items[0]] });
  });

  it('marks an item that keeps a format-1 fingerprint in a format-2 file, and reads the mark back', () => {
    const items = [{ fingerprint: 'aaaaaaaaaaaaaaaa', entry: 'Logger', file: 'apps/app/a.ts', text: 'console', format: 1 as const }];
    const text = serializeBaseline('app', items, 'nx run app:ssot-baseline');
    expect(text.trimEnd().split('\n').at(-1)).toBe('aaaaaaaaaaaaaaaa\tLogger\tapps/app/a.ts\t"console"\tformat-1');
    expect(parseBaselineFile(text, 'apps/app/ssot-baseline.txt', 'x')).toEqual({ format: 2, items });
  });

  it('reads a file without a format line as format 1, and refuses a newer format', () => {
    const old = '# ssot baseline of project "app"\naaaaaaaaaaaaaaaa\tLogger\tapps/app/a.ts\t"console"\n';
    expect(parseBaselineFile(old, 'apps/app/ssot-baseline.txt', 'x')).toEqual({ format: 1, items: [{ fingerprint: 'aaaaaaaaaaaaaaaa', entry: 'Logger', file: 'apps/app/a.ts', text: 'console', format: 1 }] });
    expect(() => parseBaselineFile('# ssot-baseline format 3\n', 'apps/app/ssot-baseline.txt', 'nx run app:ssot-baseline')).toThrow(
      'The baseline apps/app/ssot-baseline.txt is in format 3, written by a newer ssot. Upgrade ssot, or regenerate it with: nx run app:ssot-baseline',
    );
  });

  it.each([
    ['a truncated line', 'aaaaaaaaaaaaaaaa\tLogger\tapps/app/a.ts'],
    ['a bad fingerprint', 'zz\tLogger\tapps/app/a.ts\t"console"'],
    ['unquoted text', 'aaaaaaaaaaaaaaaa\tLogger\tapps/app/a.ts\tconsole'],
    ['broken JSON text', 'aaaaaaaaaaaaaaaa\tLogger\tapps/app/a.ts\t"con'],
  ])('refuses a damaged file (%s), naming the line and the fix', (_label, line) => {
    const read = () => parseBaseline(`# header\n${line}\n`, 'apps/app/ssot-baseline.txt', 'nx run app:ssot-check --update-baseline');
    expect(read).toThrow(SsotConfigError);
    expect(read).toThrow(/apps\/app\/ssot-baseline.txt is damaged at line 2.*nx run app:ssot-check --update-baseline/s);
  });

  it('without a baseline every bypass of an error entry fails, with file:line and the fix', () => {
    const result = check({ 'apps/app/a.ts': 'console.log(1);\n' });
    expect(result.baseline).toEqual({ file: 'apps/app/ssot-baseline.txt', exists: false, known: 0, new: 1, fixed: [], kept: [] });
    const outcome = evaluateEnforcement(result, registry([logger]));
    expect(outcome.success).toBe(false);
    expect(outcome.failures).toEqual([{ file: 'apps/app/a.ts', line: 1, column: 1, entry: 'Logger', text: 'console', fix: 'use Logger from libs/lib/src/logger.ts instead' }]);
  });

  it('known bypasses pass; a new one fails; one gone is reported fixed; line shifts do not matter', () => {
    const before = check({ 'apps/app/a.ts': 'console.log(1);\nconsole.log(2);\n' });
    const baseline = renderBaseline(before, 'nx run app:ssot-check --update-baseline');
    const same = check({ 'apps/app/a.ts': '\n\n// moved down\nconsole.log(1);\nconsole.log(2);\n', 'apps/app/ssot-baseline.txt': baseline });
    expect(same.baseline).toMatchObject({ exists: true, known: 2, new: 0, fixed: [] });
    expect(evaluateEnforcement(same, registry([logger])).success).toBe(true);

    const better = check({ 'apps/app/a.ts': 'console.log(1);\n', 'apps/app/ssot-baseline.txt': baseline });
    expect(better.baseline.known).toBe(1);
    expect(better.baseline.fixed).toHaveLength(1);
    expect(evaluateEnforcement(better, registry([logger])).success).toBe(true);

    const worse = check({ 'apps/app/a.ts': 'console.log(1);\nconsole.log(2);\n', 'apps/app/b.ts': 'console.warn(3);\n', 'apps/app/ssot-baseline.txt': baseline });
    expect(worse.baseline).toMatchObject({ known: 2, new: 1 });
    expect(evaluateEnforcement(worse, registry([logger])).failures.map((f) => `${f.file}:${f.line}`)).toEqual(['apps/app/b.ts:1']);
  });

  it('compareWithBaseline leaves usages and exempt sites alone', () => {
    const usage = { entry: 'L', side: 'usage' as const, kind: 'ref' as const, file: 'f.ts', line: 1, column: 1, text: 'L', project: 'app', fingerprint: '0000000000000001', pattern: 'direct' as const };
    const exempt = { ...usage, side: 'bypass' as const, exempt: true, fingerprint: '0000000000000002' };
    const { sites, baseline } = compareWithBaseline([usage, exempt], { format: 2, items: [] }, 'b.txt');
    expect(sites).toEqual([usage, exempt]);
    expect(baseline).toEqual({ file: 'b.txt', exists: true, format: 2, known: 0, new: 0, fixed: [], kept: [] });
  });
});
