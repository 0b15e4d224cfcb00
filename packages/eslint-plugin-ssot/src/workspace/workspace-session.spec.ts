import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { utimesSync } from 'node:fs';
import { createPlatformWorkspace, writeBaseline } from '../__fixtures__/platform-workspace';
import { PLATFORM } from '../__fixtures__/temp-workspace';
import plugin from '../index';
import { countSessionBuilds } from './workspace-session';

const workspace = createPlatformWorkspace();
afterAll(() => workspace.remove());

const linter = new Linter({ configType: 'flat', cwd: workspace.root });
const config: Linter.Config[] = [{ files: ['**/*.ts'], languageOptions: { parser: tsParser }, plugins: { ssot: plugin }, rules: { 'ssot/no-bypass': 'error', 'ssot/no-known-bypass': 'warn' } }];
const lint = (file: string, code: string) => linter.verify(code, config, { filename: workspace.path(file) }).map((m) => `${m.ruleId}@${m.line}:${m.column}`);

/** Changes a file's modification time as a save would, so the test does not depend on the clock's resolution. */
function touch(file: string, seconds: number): void {
  const when = new Date(Date.UTC(2030, 0, 1, 0, 0, seconds));
  utimesSync(workspace.path(file), when, when);
}

describe('the workspace session: built once per process, rebuilt when its inputs change', () => {
  it('many files, one index', () => {
    const before = countSessionBuilds();
    for (let i = 0; i < 50; i++) expect(lint(`apps/web/src/f${i}.ts`, "console.log('x');\n")).toEqual(['ssot/no-bypass@1:1']);
    expect(countSessionBuilds() - before).toBe(1);
  });

  it('a changed registry rebuilds it: an entry turned off goes silent', () => {
    const before = countSessionBuilds();
    const registry = structuredClone(PLATFORM['ssot.json']) as { entries: { enforce: string }[] };
    registry.entries[0].enforce = 'off';
    workspace.write({ 'ssot.json': registry });
    touch('ssot.json', 1);
    expect(lint('apps/web/src/main.ts', "console.log('x');\n")).toEqual([]);
    expect(countSessionBuilds() - before).toBe(1);
    registry.entries[0].enforce = 'error';
    workspace.write({ 'ssot.json': registry });
    touch('ssot.json', 2);
    expect(lint('apps/web/src/main.ts', "console.log('x');\n")).toEqual(['ssot/no-bypass@1:1']);
  });

  it('a rewritten baseline is read again without rebuilding the index', () => {
    const code = "console.log('x');\n";
    expect(lint('apps/api/src/late.ts', code)).toEqual(['ssot/no-bypass@1:1']);
    const before = countSessionBuilds();
    workspace.write({ 'apps/api/src/late.ts': code });
    writeBaseline(workspace.root, 'api');
    touch('apps/api/ssot-baseline.txt', 3);
    expect(lint('apps/api/src/late.ts', code)).toEqual(['ssot/no-known-bypass@1:1']);
    expect(countSessionBuilds() - before).toBe(0);
  });
});
