/**
 * SPEC §7 "no silent loss" through the real executor on a real file system: a file that grows past
 * the size limit (or turns binary) keeps its known bypasses through ssot-check and ssot-baseline,
 * and they are known again once the file is back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExecutorContext, ProjectGraph } from '@nx/devkit';
import { parseBaseline, type ProjectResult } from 'ssot-core';
import { captureLogger, createTempWorkspace, removeTempWorkspace, writeWorkspaceFile } from '../__fixtures__/temp-workspace';
import checkExecutor from './executor';

const REGISTRY = { entries: [{ name: 'Json', source: 'libs/core/src/json.ts', bypasses: [{ global: 'JSON.parse' }], enforce: 'error' }] };
const MAIN = "export const a = JSON.parse('{}');\nexport const b = JSON.parse('[]');\n";
const files: Record<string, string> = {
  'ssot.json': JSON.stringify(REGISTRY, null, 2),
  'libs/core/src/json.ts': 'export class Json {}\n',
  'apps/web/src/main.ts': MAIN,
  'apps/web/src/other.ts': 'export const c = 1;\n',
};
const BASELINE = 'apps/web/ssot-baseline.txt';

let root: string;
let printed: string[];

beforeEach(() => {
  root = createTempWorkspace('ssot-kept-items-', files);
  ({ printed } = captureLogger());
});
afterEach(() => removeTempWorkspace(root));

function context(): ExecutorContext {
  const projectGraph: ProjectGraph = {
    nodes: {
      core: { name: 'core', type: 'lib', data: { root: 'libs/core', tags: [] } },
      web: { name: 'web', type: 'app', data: { root: 'apps/web', tags: [] } },
    },
    dependencies: {},
  };
  return { root, cwd: root, isVerbose: false, projectName: 'web', targetName: 'ssot-check', projectGraph, projectsConfigurations: { version: 2, projects: {} }, nxJsonConfiguration: {} };
}
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const result = (): ProjectResult => JSON.parse(read('dist/ssot/projects/web.json'));

describe('known bypasses in a file that is not analysed', () => {
  it.each([
    ['grows past the size limit', `${MAIN}// ${'x'.repeat(2_200_000)}\n`, 'file-too-large'],
    ['turns binary', `${MAIN}\u0000`, 'binary-file'],
  ])('%s: kept by ssot-check and ssot-baseline, known again once the file is back', async (_label, damaged, reason) => {
    expect(await checkExecutor({ today: '2026-06-01', updateBaseline: true }, context())).toEqual({ success: true });
    const recorded = read(BASELINE);
    expect(parseBaseline(recorded, BASELINE, 'x')).toHaveLength(2);

    writeWorkspaceFile(root, 'apps/web/src/main.ts', damaged);
    printed.length = 0;
    expect(await checkExecutor({ today: '2026-06-01' }, context())).toEqual({ success: true });
    expect(printed).toContain(`  2 known bypasses kept: file not analysed (${reason}) — fix the file or remove the items`);
    expect(printed[0]).toMatch(/^ssot-check web: 1 file analysed \(1 not analysed: see the diagnostics\)/);
    expect(result()).toMatchObject({ filesAnalysed: 1, notAnalysed: [{ file: 'apps/web/src/main.ts', reason }], baseline: { known: 0, new: 0, fixed: [] } });
    expect(result().entries.Json).toMatchObject({ bypass: 2, kept: 2, incomplete: true });

    expect(await checkExecutor({ today: '2026-06-01', updateBaseline: true }, context())).toEqual({ success: true });
    expect(read(BASELINE)).toBe(recorded);

    writeWorkspaceFile(root, 'apps/web/src/main.ts', MAIN);
    expect(await checkExecutor({ today: '2026-06-01' }, context())).toEqual({ success: true });
    expect(result().baseline).toMatchObject({ known: 2, new: 0, fixed: [], kept: [] });
  });
});
