import { scanFile } from '../scan/scan-file';
import { ALWAYS_KEPT, keepFacts, KEPT_FACTS, type KeptFactName } from './keep-facts';
import { getFactsRead } from '../detectors/detect-findings';
import { configureDetectors } from '../detectors/configure-detectors';
import { registry } from '../testing/memory-workspace';
import type { DetectorSetting } from '../registry/normalized-registry';

const TEXT = [
  "import { a } from './a';",
  "export const FORMAT = 'yyyy-MM-dd';",
  'export class Store { get() { try { return a(); } catch { return null; } } }',
  "JSON.parse('1');",
].join('\n');
const facts = scanFile('libs/x/src/store.ts', TEXT, { globalRoots: new Set(['JSON']), globalNewNames: new Set(), literals: new Set() });

describe('keepFacts', () => {
  it.each<[string, KeptFactName[], Record<KeptFactName, boolean>]>([
    ['everything by default', [...KEPT_FACTS], { bindings: true, exports: true, declarations: true, catches: true, constants: true }],
    ['bindings and exports always (export chains read them)', [], { bindings: true, exports: true, declarations: false, catches: false, constants: false }],
    ['declarations for duplicate-implementation', ['declarations'], { bindings: true, exports: true, declarations: true, catches: false, constants: false }],
    ['catches for the error-handling detectors', ['catches'], { bindings: true, exports: true, declarations: false, catches: true, constants: false }],
  ])('%s', (_case, keep, expected) => {
    const kept = keepFacts(facts, keep);
    for (const name of KEPT_FACTS) expect([name, kept[name] === facts[name]]).toEqual([name, expected[name]]);
    expect(kept).not.toHaveProperty('globals');
    expect(kept.declarations.length + kept.catches.length + kept.constants.length).toBe((expected.declarations ? 1 : 0) + (expected.catches ? 1 : 0) + (expected.constants ? 1 : 0));
  });
});

describe('getFactsRead: what the detectors that are on declare', () => {
  it.each<[string, Record<string, DetectorSetting>, KeptFactName[]]>([
    ['every detector on (the default)', {}, ['bindings', 'exports', 'declarations', 'catches']],
    ['without the error-handling detectors', { 'silent-failure': 'off', 'inconsistent-error-handling': 'off' }, ['bindings', 'exports', 'declarations']],
    ['without duplicate-implementation', { 'duplicate-implementation': 'off' }, ['bindings', 'exports', 'catches']],
  ])('%s', (_case, detectors, expected) => {
    expect(getFactsRead(configureDetectors({ ...registry([]), detectors }))).toEqual(expected);
    expect(expected).toEqual(expect.arrayContaining([...ALWAYS_KEPT]));
  });
});
