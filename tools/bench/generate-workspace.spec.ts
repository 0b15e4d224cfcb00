/**
 * The benchmark workspace generator: deterministic from its seed, valid TypeScript, and a real
 * ssot workspace (every entry gets usages and bypasses). No timings here: speed is measured by
 * `npm run bench`, never asserted in a test (SPEC §9).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ts from 'typescript';
import { analyze, loadRegistry } from 'ssot-core';

const GENERATOR = join(__dirname, 'generate-workspace.mjs');

function generate(out: string, seed: number): void {
  execFileSync(process.execPath, [GENERATOR, '--out', out, '--files', '120', '--projects', '8', '--seed', String(seed)], { stdio: 'pipe' });
}

function listFiles(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
    return entry.isDirectory() ? listFiles(root, path) : [path];
  });
}

function digest(root: string): string {
  const hash = createHash('sha256');
  for (const file of listFiles(root).sort()) hash.update(`${file}\0${readFileSync(join(root, file), 'utf8')}\0`);
  return hash.digest('hex');
}

function readProjects(root: string): { name: string; root: string; tags: string[] }[] {
  return listFiles(root)
    .filter((file) => file.endsWith('/project.json'))
    .map((file) => JSON.parse(readFileSync(join(root, file), 'utf8')) as { name: string; root: string; tags: string[] });
}

describe('tools/bench/generate-workspace.mjs', () => {
  let sandbox: string;
  beforeAll(() => {
    sandbox = mkdtempSync(join(tmpdir(), 'ssot-bench-gen-'));
    generate(join(sandbox, 'a'), 7);
    generate(join(sandbox, 'b'), 7);
    generate(join(sandbox, 'c'), 8);
  });
  afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

  it('writes the same tree for the same seed, another for another seed', () => {
    expect(digest(join(sandbox, 'a'))).toBe(digest(join(sandbox, 'b')));
    expect(digest(join(sandbox, 'a'))).not.toBe(digest(join(sandbox, 'c')));
  });

  it('writes the asked number of .ts files, each free of syntax errors, and an Nx project per folder', () => {
    const root = join(sandbox, 'a');
    const files = listFiles(root).filter((file) => file.endsWith('.ts'));
    expect(files).toHaveLength(120);
    const broken = files.filter((file) => {
      const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest);
      return (source as ts.SourceFile & { parseDiagnostics: unknown[] }).parseDiagnostics.length > 0;
    });
    expect(broken).toEqual([]);
    expect(readProjects(root).map((p) => p.name).sort()).toEqual(['app-5', 'core', 'engine', 'http', 'lib-1', 'lib-2', 'lib-3', 'lib-4'].sort());
    expect(JSON.parse(readFileSync(join(root, 'nx.json'), 'utf8')).plugins).toEqual(['ssot-plugin']);
  });

  it('is a workspace ssot-core analyses: usages and bypasses of every entry, no diagnostics', () => {
    const root = join(sandbox, 'a');
    const registry = loadRegistry(root);
    const result = analyze({ workspaceRoot: root, registry, projects: readProjects(root), today: '2026-01-01' });
    expect(result.diagnostics).toEqual([]);
    for (const entry of registry.entries) {
      expect({ entry: entry.name, usage: result.totals[entry.name].usage > 0, bypass: result.totals[entry.name].bypass > 0 }).toEqual({ entry: entry.name, usage: true, bypass: true });
    }
  });
});
