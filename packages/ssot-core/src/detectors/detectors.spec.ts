/**
 * The detector map as data: every detector is well formed, its defaults fit its own schema, the
 * registry schema lists exactly these ids — and running detectors never changes what is counted.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { analyze, type AnalyzeOptions, type WorkspaceProject } from '../analyze';
import { loadRegistry, parseRegistry } from '../registry/load-registry';
import type { DetectorSetting, NormalizedRegistry } from '../registry/normalized-registry';
import { REGISTRY_SCHEMA_FILE } from '../registry/validate-registry';
import { PROJECT_RESULT_SCHEMA_FILE } from '../result/read-project-result';
import { createMemoryHost } from '../workspace/memory-host';
import { DETECTORS } from './index';

const allOff = (registry: NormalizedRegistry): NormalizedRegistry => {
  const detectors: Record<string, DetectorSetting> = {};
  for (const id of Object.keys(DETECTORS)) detectors[id] = 'off';
  return { ...registry, detectors };
};

/** Sites, totals, files and diagnostics with every detector on must equal those with every detector off. */
function expectSameCounts(options: AnalyzeOptions): void {
  const { findings: _on, ...withDetectors } = analyze(options);
  const { findings: off, ...without } = analyze({ ...options, registry: allOff(options.registry) });
  expect(off).toEqual([]);
  expect(withDetectors).toEqual(without);
}

describe('DETECTORS', () => {
  it.each(Object.entries(DETECTORS))('%s is well formed: id, description, messages, an object schema its defaults fit', (id, detector) => {
    expect(detector.id).toBe(id);
    expect(detector.meta.description.length).toBeGreaterThan(20);
    expect(Object.keys(detector.meta.messages).length).toBeGreaterThan(0);
    expect(detector.meta.schema).toMatchObject({ type: 'object', additionalProperties: false });
    expect(detector.detect ?? detector.detectWorkspace).toBeDefined();
    const validate = new Ajv({ strict: true }).compile(detector.meta.schema);
    expect(validate(detector.defaultOptions)).toBe(true);
    expect(Object.keys(detector.defaultOptions).sort()).toEqual(Object.keys(detector.meta.schema.properties ?? {}).sort());
  });

  it('are exactly the ids the registry schema accepts under "detectors" and the result schema names', () => {
    const registrySchema = JSON.parse(readFileSync(REGISTRY_SCHEMA_FILE, 'utf8'));
    const resultSchema = JSON.parse(readFileSync(PROJECT_RESULT_SCHEMA_FILE, 'utf8'));
    const ids = Object.keys(DETECTORS).sort();
    expect(Object.keys(registrySchema.properties.detectors.properties).filter((key) => key !== '$comment').sort()).toEqual(ids);
    expect([...resultSchema.definitions.detectorId.enum].sort()).toEqual(ids);
  });
});

describe('detectors never change what is counted', () => {
  it('on examples/platform', () => {
    const root = join(__dirname, '../../../../examples/platform');
    const projects: WorkspaceProject[] = [];
    for (const kind of ['apps', 'libs']) {
      for (const dir of readdirSync(join(root, kind)).sort()) {
        const config = JSON.parse(readFileSync(join(root, kind, dir, 'project.json'), 'utf8'));
        projects.push({ name: config.name, root: `${kind}/${dir}`, tags: config.tags ?? [] });
      }
    }
    expectSameCounts({ workspaceRoot: root, registry: loadRegistry(root), projects, today: '2026-06-01' });
  });

  it('on every conformance vector', () => {
    const vectors = JSON.parse(readFileSync(join(__dirname, '../../test-data/conformance-sites.json'), 'utf8'));
    const projects = Object.entries<{ root: string; tags: string[] }>(vectors.projects).map(([name, p]) => ({ name, root: p.root, tags: p.tags }));
    let compared = 0;
    for (const testCase of vectors.cases) {
      if (!testCase.files) continue;
      const host = createMemoryHost({ 'tsconfig.base.json': JSON.stringify(vectors.tsconfigBase), ...testCase.files });
      expectSameCounts({ workspaceRoot: '/conformance', host, registry: parseRegistry(JSON.stringify(testCase.registry)), projects, today: vectors.today });
      compared += 1;
    }
    expect(compared).toBeGreaterThanOrEqual(30);
  });
});
