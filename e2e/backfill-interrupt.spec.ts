import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseHistory } from 'ssot-core';
import { REPO_ROOT, buildPackages, step } from './support/e2e-workspace';

/**
 * Ctrl-C during `ssot-report --backfill` (issue 16 item 3): the built report executor runs in its
 * own Node process over a synthetic weekly history; SIGINT arrives once the first point is written.
 * The process says what was kept and ends with 130; the history file is whole (every line a
 * snapshot, sorted by date) and no temporary file is left beside it.
 */
const WEEKS = 16;
const EXECUTOR = join(REPO_ROOT, 'packages/ssot-plugin/dist/executors/report/executor.js');
const JSON_SOURCE = 'export class Json {\n  static parse(text: string): unknown {\n    return JSON.parse(text);\n  }\n}\n';

let root: string;
let runner: string;

function commitAt(date: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  execFileSync('git', ['add', '--all', '.'], { cwd: root, env });
  execFileSync('git', ['commit', '--quiet', '-m', date], { cwd: root, env });
}

beforeAll(async () => {
  await step('build the packages (node tools/build.mjs)', buildPackages);
  const scratch = mkdtempSync(join(tmpdir(), 'ssot-backfill-interrupt-'));
  root = join(scratch, 'workspace');
  mkdirSync(root);
  execFileSync('git', ['init', '--quiet', '--initial-branch=main'], { cwd: root });
  const registry = JSON.stringify({ entries: [{ name: 'Json', source: 'libs/core/src/json.ts', bypasses: [{ global: 'JSON.parse' }] }] });
  commitAt('2026-01-05T10:00:00Z', { 'ssot.json': registry, '.gitignore': 'dist/\n', 'libs/core/src/json.ts': JSON_SOURCE, 'apps/web/src/main.ts': "JSON.parse('0');\n" });
  // One commit a week, each adding a usage: every week has its own point, and its own coverage.
  for (let week = 1; week < WEEKS; week += 1) {
    const day = new Date(Date.UTC(2026, 0, 5 + 7 * week, 10)).toISOString();
    commitAt(day, { [`apps/web/src/use-${week}.ts`]: `import { Json } from '../../../libs/core/src/json';\nJson.parse('${week}');\n` });
  }
  // The executor as Nx would call it, with the context Nx would give (the project graph of the two projects).
  runner = join(scratch, 'run-backfill.js');
  writeFileSync(
    runner,
    [
      `const executor = require(${JSON.stringify(EXECUTOR)}).default;`,
      `const root = ${JSON.stringify(root)};`,
      'const projectGraph = { nodes: {',
      "  web: { name: 'web', type: 'app', data: { root: 'apps/web', tags: [] } },",
      "  core: { name: 'core', type: 'lib', data: { root: 'libs/core', tags: [] } },",
      "  workspace: { name: 'workspace', type: 'lib', data: { root: '.', tags: [] } },",
      '}, dependencies: {} };',
      "const context = { root, cwd: root, isVerbose: false, projectName: 'workspace', targetName: 'ssot-report', projectGraph, projectsConfigurations: { version: 2, projects: {} }, nxJsonConfiguration: {} };",
      "executor({ backfill: true, since: '2026-01-01', every: 'week' }, context).then((result) => process.exit(result.success ? 0 : 1));",
      '',
    ].join('\n'),
  );
}, 600_000);

afterAll(() => {
  if (root) rmSync(dirname(root), { recursive: true, force: true });
});

describe('ssot-report --backfill, stopped with Ctrl-C', () => {
  it('ends with 130 and a message, leaving the points written so far whole and sorted', async () => {
    const child = spawn(process.execPath, [runner], { cwd: root, env: { ...process.env, SSOT_FACTS_CACHE: 'false', NX_DAEMON: 'false' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let signalled = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      // Not a TTY: plain progress lines. "1/16" is printed once the first point is in the file.
      if (!signalled && /ssot-report: backfill 1\/\d+ /.test(stdout)) {
        signalled = true;
        child.kill('SIGINT');
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (status) => resolve(status)));

    expect(signalled).toBe(true);
    expect(stdout).toMatch(new RegExp(`^ssot-report: backfill 0/${WEEKS} 2026-W02: [0-9a-f]{12} \\(2026-01-05\\)$`, 'm'));
    expect(code).toBe(130);
    expect(stderr).toMatch(new RegExp(`^ssot-report: backfill cancelled \\(Ctrl-C\\) after \\d+ of ${WEEKS} point\\(s\\): ssot-history\\.jsonl holds every point computed so far, whole and sorted\\. Run the same command again to add the rest\\.$`, 'm'));
    const text = readFileSync(join(root, 'ssot-history.jsonl'), 'utf8');
    const points = parseHistory(text, 'ssot-history.jsonl'); // throws on a damaged line
    expect(text.endsWith('\n')).toBe(true);
    expect(points.length).toBeGreaterThanOrEqual(1);
    expect(points.length).toBeLessThan(WEEKS);
    expect(points.map((point) => point.date)).toEqual(points.map((point) => point.date).sort());
    expect(stderr).toContain(`after ${points.length} of ${WEEKS}`);
    expect(readdirSync(root).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 300_000);
});
