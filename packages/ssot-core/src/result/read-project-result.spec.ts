import { checkProject } from '../analyze';
import { SsotConfigError } from '../errors';
import { entry, registry, TEST_PROJECTS } from '../testing/memory-workspace';
import { createMemoryHost } from '../workspace/memory-host';
import { parseProjectResult } from './read-project-result';
import { serializeProjectResult } from './write-result';

const result = checkProject({
  workspaceRoot: '/m',
  host: createMemoryHost({ 'apps/app/a.ts': 'console.log(1);\n' }),
  registry: registry([entry({ name: 'Log', module: 'm', exports: ['X'], bypasses: [{ kind: 'global', path: 'console' }] })]),
  projects: TEST_PROJECTS,
  project: 'app',
  today: '2026-01-01',
});
const text = serializeProjectResult(result);

describe('parseProjectResult', () => {
  it('reads back what ssot-check writes, and the schema accepts it', () => {
    expect(parseProjectResult(text, 'dist/ssot/projects/app.json', 'x')).toEqual(result);
  });

  it.each([
    ['truncated', text.slice(0, text.length / 2), /invalid JSON/],
    ['empty', '', /invalid JSON/],
    ['another version', text.replace('"schemaVersion": 1', '"schemaVersion": 0'), /schemaVersion 0; this ssot reads version 1/],
    ['a wrong shape', text.replace('"filesAnalysed": 1', '"filesAnalysed": "one"'), /\/filesAnalysed must be integer/],
  ])('refuses a %s file with its name and the command that regenerates it', (_label, damaged, reason) => {
    const read = () => parseProjectResult(damaged, 'dist/ssot/projects/app.json', 'nx run app:ssot-check --skip-nx-cache');
    expect(read).toThrow(SsotConfigError);
    expect(read).toThrow(reason);
    expect(read).toThrow(/dist\/ssot\/projects\/app.json .*Regenerate it with: nx run app:ssot-check --skip-nx-cache/);
  });
});
