/** Which files the change rows edit (lib/changed-files.mjs): a leaf application's, and the most-depended-on library's entry. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { callEach } from './call-module';

const p = (name: string, root: string, dependencies: string[] = []) => ({ name, root, tags: [], dependencies });

describe('changedFiles', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'bench-changed-'));
  const files = ['apps/web/src/main.ts', 'apps/web/src/main.spec.ts', 'packages/api/src/a.ts', 'libs/core/src/a.ts', 'libs/core/src/index.ts', 'libs/util/util.ts', 'libs/util/util.spec.ts'];
  for (const file of files) {
    mkdirSync(dirname(join(workspace, file)), { recursive: true });
    writeFileSync(join(workspace, file), 'export {};\n');
  }
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  const cases: Array<[string, unknown[], unknown, unknown]> = [
    ['an application is the leaf; the hub edits its src/index.ts', [p('core', 'libs/core'), p('util', 'libs/util', ['core']), p('web', 'apps/web', ['util'])], {}, {
      leafFile: 'apps/web/src/main.ts', hub: { name: 'core', dependents: 2 }, hubFile: 'libs/core/src/index.ts',
    }],
    ['no apps/: the last project nothing depends on; a hub without src/index.ts: its first file, not a spec', [p('util', 'libs/util'), p('api', 'packages/api', ['util'])], {}, {
      leafFile: 'packages/api/src/a.ts', hub: { name: 'util', dependents: 1 }, hubFile: 'libs/util/util.ts',
    }],
    ['--leaf wins; nothing depended on: no hub', [p('web', 'apps/web')], { leaf: 'libs/util/util.ts' }, { leafFile: 'libs/util/util.ts', hub: null, hubFile: null }],
  ];
  it.each(cases.map((c) => [c[0], c[1], c[2], c[3]]))('%s', (_, graph, options, expected) => {
    const [actual] = callEach<Record<string, unknown>>('changed-files.mjs', 'changedFiles', [[workspace, graph, options]]);
    // JSON turns the absent hub into a missing key.
    expect({ hub: null, hubFile: null, ...actual }).toEqual(expected);
  });
});
