/**
 * Every SPEC §3/§4 conformance vector (test-data/conformance-sites.json, copied from
 * ../shared/conformance/sites.json): each case is a tiny workspace with its expected counts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from './analyze';
import { parseRegistry } from './registry/load-registry';
import { createMemoryHost } from './workspace/memory-host';

interface ExpectedTotals {
  usage?: number;
  bypass?: number;
  coverage?: 'no data' | number;
  exempt?: { usage: number; bypass: number };
  byPattern?: Record<string, number>;
  byKind?: Record<string, number>;
}

interface ConformanceCase {
  id: number;
  name: string;
  files: Record<string, string>;
  registry: unknown;
  expect?: Record<string, ExpectedTotals>;
  expectSites?: { entry: string; side: string; file: string; line: number; column: number; text: string; pattern?: string }[];
  expectFilesAnalysed?: number;
}

interface Vectors {
  today: string;
  tsconfigBase: unknown;
  projects: Record<string, { root: string; tags: string[] }>;
  cases: ConformanceCase[];
}

const vectors: Vectors = JSON.parse(readFileSync(join(__dirname, '../test-data/conformance-sites.json'), 'utf8'));
const projects = Object.entries(vectors.projects).map(([name, project]) => ({ name, root: project.root, tags: project.tags }));

function run(testCase: ConformanceCase) {
  const files = { 'tsconfig.base.json': JSON.stringify(vectors.tsconfigBase), ...testCase.files };
  return analyze({
    workspaceRoot: '/conformance',
    host: createMemoryHost(files),
    registry: parseRegistry(JSON.stringify(testCase.registry)),
    projects,
    today: vectors.today,
  });
}

describe('SPEC §4 conformance vectors', () => {
  it('has every case of the shared file', () => {
    const shared = join(__dirname, '../../../../shared/conformance/sites.json');
    let original: string | undefined;
    try {
      original = readFileSync(shared, 'utf8');
    } catch {
      return; // outside this workplace the shared folder is absent: the copy is the reference
    }
    expect(JSON.parse(original)).toEqual(vectors);
  });

  it.each(vectors.cases.map((c) => [`${c.id}: ${c.name}`, c] as const))('%s', (_label, testCase) => {
    const result = run(testCase);
    for (const [entry, expected] of Object.entries(testCase.expect ?? {})) {
      const actual = result.totals[entry];
      expect({ entry, present: actual !== undefined }).toEqual({ entry, present: true });
      if (expected.usage !== undefined) expect({ entry, usage: actual.usage }).toEqual({ entry, usage: expected.usage });
      if (expected.bypass !== undefined) expect({ entry, bypass: actual.bypass }).toEqual({ entry, bypass: expected.bypass });
      if (expected.coverage === 'no data') expect({ entry, coverage: actual.coverage }).toEqual({ entry, coverage: null });
      if (expected.exempt) expect({ entry, exempt: actual.exempt }).toEqual({ entry, exempt: expected.exempt });
      if (expected.byPattern) expect({ entry, byPattern: actual.byPattern }).toEqual({ entry, byPattern: expected.byPattern });
      if (expected.byKind) expect({ entry, byKind: actual.byKind }).toEqual({ entry, byKind: expected.byKind });
    }
    if (testCase.expectSites) {
      const actual = result.sites.map(({ entry, side, file, line, column, text, pattern }) => ({ entry, side, file, line, column, text, ...(pattern ? { pattern } : {}) }));
      expect(actual).toEqual(testCase.expectSites);
    }
    if (testCase.expectFilesAnalysed !== undefined) expect(result.files.length).toBe(testCase.expectFilesAnalysed);
  });
});
