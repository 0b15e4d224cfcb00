/**
 * The JSON schemas are the source of truth; their TypeScript is generated (`npm run gen:types`).
 * This fails while any generated file is stale, and checks that the generator's check mode finds
 * stale and missing files without writing them.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const workspaceRoot = join(__dirname, '..', '..', '..', '..');
const generator = join(workspaceRoot, 'tools', 'gen-types.mjs');

function runGenerator(...args: string[]) {
  const run = spawnSync(process.execPath, [generator, ...args], { cwd: workspaceRoot, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('generated types', () => {
  it('are up to date with every schema (else run `npm run gen:types`)', () => {
    expect(runGenerator('--check')).toMatchObject({ status: 0, stderr: '' });
  }, 60_000);

  describe('the generator', () => {
    let scratch: string;
    const core = 'packages/ssot-core';
    const registryTypes = `${core}/src/registry/registry.generated.ts`;
    const resultTypes = `${core}/src/result/project-result.generated.ts`;
    const executor = 'packages/ssot-plugin/src/executors/check';

    beforeAll(() => {
      scratch = mkdtempSync(join(tmpdir(), 'ssot-gen-types-'));
      for (const file of [`${core}/schema`, registryTypes, resultTypes]) {
        cpSync(join(workspaceRoot, file), join(scratch, file), { recursive: true });
      }
      mkdirSync(join(scratch, executor), { recursive: true });
      const schema = {
        $schema: 'https://json-schema.org/schema',
        version: 2,
        title: 'Check executor',
        type: 'object',
        properties: { ci: { type: 'boolean', description: 'Fail on warnings.', default: false } },
        additionalProperties: false,
      };
      writeFileSync(join(scratch, executor, 'schema.json'), JSON.stringify(schema));
      writeFileSync(join(scratch, registryTypes), '// edited by hand\n');
    });
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));

    it('in check mode names each stale or missing file, exits 1 and writes nothing', () => {
      const run = runGenerator('--check', '--root', scratch);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`stale: ${registryTypes}`);
      expect(run.stderr).toContain(`stale: ${executor}/schema.d.ts`);
      expect(run.stderr).not.toContain(resultTypes);
      expect(run.stderr).toContain('npm run gen:types');
      expect(readFileSync(join(scratch, registryTypes), 'utf8')).toBe('// edited by hand\n');
    }, 60_000);

    it('writes them with a header, under the Nx type name, and then reports them fresh', () => {
      expect(runGenerator('--root', scratch).status).toBe(0);
      const declaration = readFileSync(join(scratch, executor, 'schema.d.ts'), 'utf8');
      expect(declaration).toMatch(/^\/\* eslint-disable \*\/\n\/\*\*\n \* GENERATED from .*schema\.json/);
      expect(declaration).toContain('npm run gen:types');
      expect(declaration).toContain('export interface CheckExecutorSchema {');
      expect(readFileSync(join(scratch, registryTypes), 'utf8')).toBe(
        readFileSync(join(workspaceRoot, registryTypes), 'utf8'),
      );
      expect(runGenerator('--check', '--root', scratch)).toMatchObject({ status: 0, stderr: '' });
    }, 60_000);
  });
});
