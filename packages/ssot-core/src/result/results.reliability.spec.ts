/**
 * Damaged results, baselines and history (SPEC §9 "never loses data"): each is detected and
 * refused with its name and the way to repair it — never read as empty, which would drop bypasses
 * from the report or the ratchet. What editors and git do to text files (a byte-order mark, CRLF)
 * is not damage.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkProject, renderBaseline } from '../analyze';
import { SsotConfigError } from '../errors';
import { parseHistory, serializeHistoryPoint } from '../report/history';
import { entry, registry, TEST_PROJECTS } from '../testing/memory-workspace';
import { createMemoryHost } from '../workspace/memory-host';
import { parseBaseline } from './baseline';
import { parseProjectResult, readProjectResult } from './read-project-result';
import { serializeProjectResult } from './write-result';

const FILE = 'dist/ssot/projects/app.json';
const REGENERATE = 'nx run-many -t ssot-check --skip-nx-cache';
const result = checkProject({
  workspaceRoot: '/memory',
  host: createMemoryHost({ 'apps/app/a.ts': "console.log(1);\nJSON.parse('{}');\n" }),
  registry: registry([entry({ name: 'Log', module: 'm', exports: ['X'], bypasses: [{ kind: 'global', path: 'console' }, { kind: 'global', path: 'JSON.parse' }] })]),
  projects: TEST_PROJECTS,
  project: 'app',
  today: '2026-06-01',
});
const text = serializeProjectResult(result);

/** The message of the error `read` throws, which must be an exit-2 configuration error. */
function refusal(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    if (error instanceof SsotConfigError && error.exitCode === 2) return error.message;
    throw error;
  }
  throw new Error('accepted');
}

describe('per-project results', () => {
  it.each([0.1, 0.25, 0.5, 0.75, 0.9, 0.99])('truncated at %p of its length: refused, naming the file and the command', (share) => {
    const message = refusal(() => parseProjectResult(text.slice(0, Math.floor(text.length * share)), FILE, REGENERATE));
    expect(message).toMatch(/^The ssot-check result dist\/ssot\/projects\/app\.json is unusable \(invalid JSON: .*\)\. Regenerate it with: nx run-many -t ssot-check --skip-nx-cache$/);
  });

  it.each([
    ['empty', '', /^invalid JSON: /],
    ['null', 'null', /^null, not a result object$/],
    ['an array', '[]', /^a JSON array, not a result object$/],
    ['a number', '42', /^a JSON number, not a result object$/],
    ['older, without a schemaVersion', JSON.stringify({ ...result, schemaVersion: undefined }), /^schemaVersion null; this ssot reads version 1$/],
    ['an older schemaVersion', text.replace('"schemaVersion": 1', '"schemaVersion": 0'), /^schemaVersion 0; this ssot reads version 1$/],
    ['a newer schemaVersion', text.replace('"schemaVersion": 1', '"schemaVersion": 2'), /^schemaVersion 2; this ssot reads version 1$/],
    ['a site without its file', text.replace(/"file": "apps\/app\/a\.ts",\n/, ''), /^\/sites\/0 must have required property 'file'$/],
    ['bytes flipped inside a count', text.replace('"filesAnalysed": 1', '"filesAnalysed": -1'), /^\/filesAnalysed must be >= 0$/],
  ])('%s: refused with the reason', (_label, damaged, reason) => {
    const message = refusal(() => parseProjectResult(damaged, FILE, REGENERATE));
    const found = /^The ssot-check result dist\/ssot\/projects\/app\.json is unusable \((.*)\)\. Regenerate it with: nx run-many -t ssot-check --skip-nx-cache$/s.exec(message)?.[1];
    expect(found).toMatch(reason);
  });

  it('a missing file, or a folder in its place, is named with the command that regenerates it', () => {
    const root = mkdtempSync(join(tmpdir(), 'ssot-results-'));
    try {
      mkdirSync(join(root, 'folder.json'));
      expect(refusal(() => readProjectResult(join(root, 'missing.json'), FILE, REGENERATE))).toBe(`The ssot-check result ${FILE} is missing. Regenerate it with: ${REGENERATE}`);
      expect(refusal(() => readProjectResult(join(root, 'folder.json'), FILE, REGENERATE))).toBe(`The ssot-check result ${FILE} is missing. Regenerate it with: ${REGENERATE}`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('reads back exactly what was written', () => {
    expect(parseProjectResult(text, FILE, REGENERATE)).toEqual(result);
  });
});

describe('baselines', () => {
  const BASELINE = 'apps/app/ssot-baseline.txt';
  const UPDATE = 'nx run app:ssot-check --update-baseline';
  const written = renderBaseline(result, UPDATE);
  const items = parseBaseline(written, BASELINE, UPDATE);

  it('round-trips two items', () => {
    expect(items.map((item) => item.text)).toEqual(['JSON.parse', 'console']);
  });

  it.each([
    ['empty', ''],
    ['blank lines only', '\n\n  \n'],
  ])('%s: refused (what this tool writes always has its header)', (_label, damaged) => {
    expect(refusal(() => parseBaseline(damaged, BASELINE, UPDATE))).toBe(
      `The baseline ${BASELINE} is empty (a baseline always has its header; was it truncated?). Restore it from version control, or regenerate it with: ${UPDATE}`,
    );
  });

  it('truncated inside its last item: refused at that line', () => {
    expect(refusal(() => parseBaseline(written.slice(0, -4), BASELINE, UPDATE))).toBe(
      `The baseline ${BASELINE} is damaged at line 6 (expected fingerprint<TAB>entry<TAB>file<TAB>"text"). Restore it from version control, or regenerate it with: ${UPDATE}`,
    );
  });

  it('merge conflict markers: refused at the first marker', () => {
    const lines = written.split('\n');
    const conflicted = [...lines.slice(0, 3), '<<<<<<< HEAD', lines[3], '=======', '>>>>>>> main', ''].join('\n');
    expect(refusal(() => parseBaseline(conflicted, BASELINE, UPDATE))).toMatch(/is damaged at line 4 /);
  });

  it('a byte-order mark and CRLF line endings are not damage', () => {
    expect(parseBaseline(`\uFEFF${written.replace(/\n/g, '\r\n')}`, BASELINE, UPDATE)).toEqual(items);
  });
});

describe('history', () => {
  const HISTORY = 'ssot-history.jsonl';
  const line = (date: string, health: number) => serializeHistoryPoint({ date, health, coverage: { Log: health } });
  const damagedAt = (n: number) =>
    `The history ${HISTORY} is damaged at line ${n}: each line must be one JSON snapshot {"date","commit","health","coverage"}. Fix or delete that line (it is one report run).`;

  it.each([
    ['its last line truncated', `${line('2026-06-01', 50)}${line('2026-06-02', 60).slice(0, 20)}`, 2],
    ['a merge conflict marker', `${line('2026-06-01', 50)}<<<<<<< HEAD\n${line('2026-06-02', 60)}`, 2],
    ['a coverage above 100', `${line('2026-06-01', 150)}`, 1],
    ['a date that is not YYYY-MM-DD', '{"date":"1 June 2026","health":50,"coverage":{}}\n', 1],
    ['a JSON value that is not a snapshot', '[1,2,3]\n', 1],
    ['bytes that are not text', `${line('2026-06-01', 50)}\u0000\u0001\u0002\n`, 2],
    ['a registry note of an unknown kind', '{"date":"2026-06-01","health":50,"coverage":{},"registry":{"from":"yesterday","reason":"absent"}}\n', 1],
    ['a registry note with an unknown reason', '{"date":"2026-06-01","health":50,"coverage":{},"registry":{"from":"today","reason":"lost"}}\n', 1],
  ])('%s: refused, naming the line', (_label, damaged, lineNumber) => {
    expect(refusal(() => parseHistory(damaged, HISTORY))).toBe(damagedAt(lineNumber));
  });

  it("a backfilled point's note that today's registry was used survives the round trip, last on its line", () => {
    const point = { date: '2026-06-01', commit: 'abc123def456', health: 0, coverage: { Log: 0 }, registry: { from: 'today' as const, reason: 'unreadable' as const } };
    expect(serializeHistoryPoint(point)).toBe('{"date":"2026-06-01","commit":"abc123def456","health":0,"coverage":{"Log":0},"registry":{"from":"today","reason":"unreadable"}}\n');
    expect(parseHistory(serializeHistoryPoint(point), HISTORY)).toEqual([point]);
  });

  it('a byte-order mark, CRLF endings and blank lines are not damage; snapshots come back by date', () => {
    const text = `\uFEFF${line('2026-06-02', 60)}\n${line('2026-06-01', 50)}`.replace(/\n/g, '\r\n');
    expect(parseHistory(text, HISTORY).map((point) => point.date)).toEqual(['2026-06-01', '2026-06-02']);
  });
});
