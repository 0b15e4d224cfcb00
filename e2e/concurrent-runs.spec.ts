import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseBaseline, parseProjectResult } from 'ssot-core';
import { buildPackages, E2eWorkspace, fail, REPO_ROOT, step, type CommandRun } from './support/e2e-workspace';

/**
 * Two `nx run-many` in one workspace at once (two terminals, or CI steps that overlap): each run
 * succeeds, and every file they write (results, baselines) is whole and equal to what one run
 * alone writes. ssot writes through a temporary file renamed over the target, so a reader sees
 * one run's complete version or the other's, never a mix (docs/reliability.md).
 */
const EXAMPLE = join(REPO_ROOT, 'examples/platform');
const ROUNDS = 3;

let ws: E2eWorkspace;
let today: string;

beforeAll(async () => {
  await step('build the packages (node tools/build.mjs)', buildPackages);
  ws = await step('copy examples/platform, link node_modules, git commit', () => E2eWorkspace.fromFolder(EXAMPLE));
  today = `--today=${JSON.parse(ws.read('answer-key.json')).today}`;
});
afterAll(() => ws?.dispose());

/** Every file under `dir` (workspace-relative), with its text. */
function readTree(dir: string, pick: (file: string) => boolean): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (relative: string) => {
    for (const entry of readdirSync(join(ws.root, relative), { withFileTypes: true })) {
      const path = `${relative}/${entry.name}`;
      if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== '.nx' && entry.name !== '.git') walk(path);
      else if (entry.isFile() && pick(path)) files.set(path, ws.read(path));
    }
  };
  walk(dir);
  return files;
}
const readResults = () => readTree('./dist/ssot/projects', (file) => file.endsWith('.json'));
const readBaselines = () => readTree('.', (file) => file.endsWith('/ssot-baseline.txt'));

function expectSuccess(run: CommandRun): void {
  if (run.status !== 0) fail(`${run.command} failed`, run);
}

describe('two nx run-many at once in one workspace', () => {
  it(`ssot-check: ${ROUNDS} rounds of two overlapping runs, each result whole and equal to one run alone`, async () => {
    const args = ['run-many', '-t', 'ssot-check', '--skip-nx-cache', '--output-style=static', today];
    const alone = await step('one run alone (the reference)', () => {
      expectSuccess(ws.nx(...args));
      return readResults();
    });
    expect(alone.size).toBe(7);
    for (const [file, text] of alone) expect(parseProjectResult(text, file, 'x').project).toBe(file.replace(/^.*\/(.+)\.json$/, '$1'));
    for (let round = 1; round <= ROUNDS; round += 1) {
      rmSync(join(ws.root, 'dist/ssot'), { recursive: true, force: true });
      const runs = await step(`round ${round}: two runs at once`, () => Promise.all([ws.nxAsync(...args), ws.nxAsync(...args)]));
      runs.forEach(expectSuccess);
      expect(readResults()).toEqual(alone);
    }
  });

  it(`ssot-baseline: ${ROUNDS} rounds of two overlapping runs, each baseline whole and equal to one run alone`, async () => {
    const args = ['run-many', '-t', 'ssot-baseline', '--output-style=static', today];
    const alone = await step('one run alone (the reference)', () => {
      expectSuccess(ws.nx(...args));
      return readBaselines();
    });
    expect(alone.size).toBeGreaterThan(0);
    for (const [file, text] of alone) expect(parseBaseline(text, file.slice(2), 'x').length).toBeGreaterThanOrEqual(0);
    for (let round = 1; round <= ROUNDS; round += 1) {
      const runs = await step(`round ${round}: two runs at once`, () => Promise.all([ws.nxAsync(...args), ws.nxAsync(...args)]));
      runs.forEach(expectSuccess);
      expect(readBaselines()).toEqual(alone);
    }
  });
});
