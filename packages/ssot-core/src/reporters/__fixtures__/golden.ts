/**
 * Golden files: the expected output of a reporter, kept beside the fixture and reviewed by a person.
 * `UPDATE_GOLDEN=1 npx jest …` rewrites them (then read the diff); a missing one fails, never
 * silently passes, so CI cannot bless output nobody looked at.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function expectGolden(fileName: string, actual: string): void {
  const path = join(__dirname, fileName);
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`golden file __fixtures__/${fileName} is missing: run the test with UPDATE_GOLDEN=1 and review what it writes`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
