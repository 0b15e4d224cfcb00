/**
 * Parallel writers of one output (Nx runs tasks in parallel; two CI jobs may share a folder): every
 * write goes through a temporary file renamed over the target, so a reader, and the last writer,
 * only ever see one complete version.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTsChild } from '../testing/ts-child-process';
import { writeFileAtomic } from './write-result';

const WRITERS = 6;
const ROUNDS = 25;
/** Large enough that one write takes several system calls. */
const REPEAT = 40_000;

/** The one text writer `w` writes in round `r`: self-describing, so a torn mix of two is detectable. */
const versionOf = (writer: number, round: number) => `${JSON.stringify({ writer, round, payload: `${writer}:${round};`.repeat(REPEAT) }, null, 2)}\n`;

/** True when `text` is exactly one writer's version of one round. */
function isCompleteVersion(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object' || !('writer' in value) || !('round' in value)) return false;
    const { writer, round } = value;
    return typeof writer === 'number' && typeof round === 'number' && text === versionOf(writer, round);
  } catch {
    return false;
  }
}

const CHILD = `
const [, modulePath, path, writer, rounds, repeat] = process.argv;
const { writeFileAtomic } = require(modulePath);
for (let round = 0; round < Number(rounds); round += 1) {
  const payload = writer + ':' + round + ';';
  writeFileAtomic(path, JSON.stringify({ writer: Number(writer), round, payload: payload.repeat(Number(repeat)) }, null, 2) + '\\n');
}
`;

describe('writeFileAtomic under parallel writers', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ssot-atomic-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it(`${WRITERS} processes writing one result path ${ROUNDS} times each: every read and the final file are one complete version, no temporary file is left`, async () => {
    const path = join(root, 'dist/ssot/projects/app.json');
    const children = Array.from({ length: WRITERS }, (_, writer) =>
      runTsChild(CHILD, [join(__dirname, 'write-result.ts'), path, String(writer), String(ROUNDS), String(REPEAT)]),
    );
    let finished = false;
    const done = Promise.all(children).finally(() => {
      finished = true;
    });
    // Read while they write: a reader must never see half a file.
    const torn: string[] = [];
    let reads = 0;
    while (!finished) {
      await new Promise((resolve) => setImmediate(resolve));
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        continue; // not written yet
      }
      reads += 1;
      if (!isCompleteVersion(text)) torn.push(text.slice(0, 60));
    }
    const outcomes = await done;
    expect(outcomes.map((o) => [o.code, o.stderr])).toEqual(outcomes.map(() => [0, '']));
    expect(torn).toEqual([]);
    expect(reads).toBeGreaterThan(0);
    expect(isCompleteVersion(readFileSync(path, 'utf8'))).toBe(true);
    expect(readdirSync(join(root, 'dist/ssot/projects'))).toEqual(['app.json']);
  }, 60_000);

  it('a failed write leaves the old file whole and no temporary file behind', () => {
    const path = join(root, 'out/result.json');
    writeFileAtomic(path, 'old\n');
    // A folder where the temporary file would go makes the write itself fail.
    const blocked = join(root, 'blocked');
    mkdirSync(join(blocked, 'result.json'), { recursive: true });
    expect(() => writeFileAtomic(join(blocked, 'result.json'), 'new\n')).toThrow();
    expect(readdirSync(blocked)).toEqual(['result.json']);
    expect(readFileSync(path, 'utf8')).toBe('old\n');
    writeFileSync(path, 'changed\n');
    writeFileAtomic(path, 'new\n');
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(readdirSync(join(root, 'out'))).toEqual(['result.json']);
  });
});
