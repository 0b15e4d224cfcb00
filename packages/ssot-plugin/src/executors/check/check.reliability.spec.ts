/**
 * The check executor on bad inputs (SPEC §9): a configuration error fails the task with one
 * message that names the place and the fix, and writes nothing (the previous result stays whole);
 * a warning does not stop it; `--update-baseline`, the fix a damaged baseline's message names,
 * repairs that baseline instead of tripping over it.
 */
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExecutorContext, ProjectGraph } from '@nx/devkit';
import { parseBaseline } from 'ssot-core';
import { captureLogger, createTempWorkspace, removeTempWorkspace, writeWorkspaceFile } from '../__fixtures__/temp-workspace';
import reportExecutor from '../report/executor';
import checkExecutor from './executor';

const REGISTRY = { entries: [{ name: 'Json', source: 'libs/core/src/json.ts', bypasses: [{ global: 'JSON.parse' }], enforce: 'error' }] };
const files: Record<string, string> = {
  'ssot.json': JSON.stringify(REGISTRY, null, 2),
  'libs/core/src/json.ts': 'export class Json {}\n',
  'apps/web/src/main.ts': "export const a = JSON.parse('{}');\n",
};
const RESULT = 'dist/ssot/projects/web.json';

let root: string;
let printed: string[];
let warnings: string[];
let errors: string[];

beforeEach(() => {
  root = createTempWorkspace('ssot-check-reliability-', files);
  ({ printed, warnings, errors } = captureLogger());
});
afterEach(() => removeTempWorkspace(root));

const write = (file: string, text: string) => writeWorkspaceFile(root, file, text);
const read = (file: string) => readFileSync(join(root, file), 'utf8');

function context(projectName = 'web'): ExecutorContext {
  const projectGraph: ProjectGraph = {
    nodes: {
      core: { name: 'core', type: 'lib', data: { root: 'libs/core', tags: [] } },
      web: { name: 'web', type: 'app', data: { root: 'apps/web', tags: ['scope:frontend'] } },
    },
    dependencies: {},
  };
  return { root, cwd: root, isVerbose: false, projectName, targetName: 'ssot-check', projectGraph, projectsConfigurations: { version: 2, projects: {} }, nxJsonConfiguration: {} };
}

describe('check executor: configuration errors write nothing', () => {
  it.each([
    [
      'invalid JSON',
      '{\n  "entries": [\n    { "name": "Json" "source": "libs/core/src/json.ts" }\n  ]\n}\n',
      'Invalid configuration (1 problem); nothing was analysed:\n  ssot.json:3:22 $.entries[0].source: expected ",", found "\\"source\\""',
    ],
    [
      'an export the source does not export',
      JSON.stringify({ entries: [{ ...REGISTRY.entries[0], export: 'JsonHandler' }] }, null, 2),
      'Invalid configuration (1 problem); nothing was analysed:\n  ssot.json:12:17 $.entries[0].export: expected a name that libs/core/src/json.ts exports (it exports "Json"), found "JsonHandler", which it does not export',
    ],
  ])('%s: the task fails with the message, the previous result untouched', async (_label, registry, message) => {
    expect(await checkExecutor({ today: '2026-06-01' }, context())).toEqual({ success: false });
    const previous = read(RESULT);
    errors.length = 0;
    write('ssot.json', registry);
    expect(await checkExecutor({ today: '2026-06-01' }, context())).toEqual({ success: false });
    expect(errors).toEqual([message]);
    expect(read(RESULT)).toBe(previous);
  });

  it('a damaged baseline: the task fails naming its line and the fix, and writes no result', async () => {
    write('apps/web/ssot-baseline.txt', '# header\n0123456789abcdef\tJson\tapps/web/src/main.ts\t"JSON.pa\n');
    expect(await checkExecutor({ today: '2026-06-01' }, context())).toEqual({ success: false });
    expect(errors).toEqual([
      'The baseline apps/web/ssot-baseline.txt is damaged at line 2 (expected fingerprint<TAB>entry<TAB>file<TAB>"text"). Restore it from version control, or regenerate it with: nx run web:ssot-baseline',
    ]);
    expect(existsSync(join(root, RESULT))).toBe(false);
  });

  it('--update-baseline replaces a damaged baseline (with a warning) and the next check passes', async () => {
    write('apps/web/ssot-baseline.txt', '');
    expect(await checkExecutor({ today: '2026-06-01', updateBaseline: true }, context())).toEqual({ success: true });
    expect(warnings).toEqual([
      "ssot-check: the baseline apps/web/ssot-baseline.txt is damaged (line 1, found an empty file); nx run web:ssot-baseline replaces it with this run's bypasses.",
    ]);
    expect(parseBaseline(read('apps/web/ssot-baseline.txt'), 'b', 'x').map((item) => item.text)).toEqual(['JSON.parse']);
    expect(await checkExecutor({ today: '2026-06-01' }, context())).toEqual({ success: true });
    expect(errors).toEqual([]);
  });

  it('--update-baseline over a baseline that links out of the workspace: not read, not written through', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'ssot-outside-'));
    try {
      writeFileSync(join(outside, 'baseline.txt'), 'damaged\n');
      symlinkSync(join(outside, 'baseline.txt'), join(root, 'apps/web/ssot-baseline.txt'));
      expect(await checkExecutor({ today: '2026-06-01', updateBaseline: true }, context())).toEqual({ success: true });
      expect(warnings).toEqual([]); // ssot never reads outside the workspace, so it sees no baseline at all
      expect(lstatSync(join(root, 'apps/web/ssot-baseline.txt')).isSymbolicLink()).toBe(false);
      expect(readFileSync(join(outside, 'baseline.txt'), 'utf8')).toBe('damaged\n');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('an unknown project names itself and how to list the projects', async () => {
    expect(await checkExecutor({}, context('mobile'))).toEqual({ success: false });
    expect(errors).toEqual(['Unknown project "mobile": it is not in the workspace\'s project graph. Run `nx show projects` to list the projects.']);
  });
});

describe('check executor: warnings do not stop it', () => {
  it('a project pattern that matches no project does not stop the check, and one task does not print it (it is the whole workspace\'s)', async () => {
    write('ssot.json', JSON.stringify({ entries: [{ ...REGISTRY.entries[0], projects: ['tag:scope:frontnd', 'web'] }] }, null, 2));
    expect(await checkExecutor({ today: '2026-06-01' }, context())).toEqual({ success: false });
    // A batch prints it once, and the report lists it under diagnostics (see batch.spec, workspace-warnings.spec).
    expect(warnings).toEqual([]);
    expect(JSON.parse(read(RESULT)).entries.Json).toMatchObject({ bypass: 1 });
  });

  it('a file with a syntax error is listed in the summary; its recovered sites still count', async () => {
    write('apps/web/src/broken.ts', "function broken( {\n}\nexport const b = JSON.parse('1');\n");
    expect(await checkExecutor({ today: '2026-06-01' }, context())).toEqual({ success: false });
    expect(printed).toContain("  apps/web/src/broken.ts:3:1  syntax-error  syntax error: ',' expected. (sites the parser recovered are still counted)");
    expect(JSON.parse(read(RESULT)).entries.Json).toMatchObject({ bypass: 2 });
  });
});

describe('check and report executors: the workspace is read, never run', () => {
  it('a tsconfig that extends a script, and packages whose main is a script, run nothing', async () => {
    const markers = mkdtempSync(join(tmpdir(), 'ssot-markers-'));
    try {
      const script = (name: string) => `require('fs').writeFileSync(${JSON.stringify(join(markers, name))}, 'ran');\n`;
      write('evil.js', script('extends'));
      write('tsconfig.json', JSON.stringify({ extends: './evil.js' }));
      write('package.json', JSON.stringify({ name: 'hostile', main: 'evil.js' }));
      write('libs/core/package.json', JSON.stringify({ name: '@acme/core', main: './boot.js' }));
      write('libs/core/boot.js', script('main'));
      write('apps/web/src/use.ts', "import boot from '@acme/core';\nexport const b = boot;\n");
      expect(await checkExecutor({ today: '2026-06-01' }, context('web'))).toEqual({ success: false });
      expect(await checkExecutor({ today: '2026-06-01' }, context('core'))).toEqual({ success: true });
      const reportContext = context('web');
      for (const node of Object.values(reportContext.projectGraph.nodes)) {
        node.data.targets = { 'ssot-check': { executor: 'ssot-plugin:check', options: { outputFile: `dist/ssot/projects/${node.name}.json` } } };
      }
      expect(await reportExecutor({ today: '2026-06-01', format: 'json' }, reportContext)).toEqual({ success: true });
      expect(readdirSync(markers)).toEqual([]);
    } finally {
      rmSync(markers, { recursive: true, force: true });
    }
  });
});
