import { SsotConfigError } from '../errors';
import { parseRegistry } from '../registry/load-registry';
import { registry } from '../testing/memory-workspace';
import { checkDetectorSettings, configureDetectors } from './configure-detectors';

const withDetectors = (detectors: unknown) => JSON.stringify({ entries: [], detectors });

describe('detector settings in ssot.json', () => {
  it('runs every detector with its defaults when none is set', () => {
    expect(configureDetectors(registry([])).map(({ detector, options }) => [detector.id, options])).toEqual([
      ['duplicate-implementation', { minSimilarity: 0.6, minSharedMembers: 3 }],
      ['factory-bypass', {}],
      ['silent-failure', { allowCommentedEmpty: false }],
      ['multiple-import-paths', {}],
      ['inconsistent-error-handling', { dominantShare: 0.6, minCatches: 3 }],
      ['legacy-shim', {}],
    ]);
  });

  it('switches detectors off and merges options over the defaults ($comment dropped)', () => {
    const parsed = parseRegistry(withDetectors({ 'silent-failure': 'off', 'inconsistent-error-handling': { $comment: 'stricter', dominantShare: 0.7 } }));
    expect(parsed.detectors).toEqual({ 'silent-failure': 'off', 'inconsistent-error-handling': { dominantShare: 0.7 } });
    const configured = configureDetectors(parsed);
    expect(configured.map(({ detector }) => detector.id)).not.toContain('silent-failure');
    expect(configured.find(({ detector }) => detector.id === 'inconsistent-error-handling')?.options).toEqual({ dominantShare: 0.7, minCatches: 3 });
  });

  it.each([
    ['a value out of range', { 'inconsistent-error-handling': { dominantShare: 1.5 } }, "$.detectors['inconsistent-error-handling'].dominantShare", 'a number of at most 1', '1.5'],
    ['a wrong type', { 'duplicate-implementation': { minSharedMembers: 'three' } }, "$.detectors['duplicate-implementation'].minSharedMembers", 'a whole number of at least 1', '"three"'],
    ['an unknown option', { 'silent-failure': { allowEmpty: true } }, "$.detectors['silent-failure'].allowEmpty", 'one of the known fields "allowCommentedEmpty"', 'unknown field "allowEmpty"'],
  ])('refuses %s as a config error naming the JSON path', (_label, detectors, path, expected, found) => {
    let error: unknown;
    try {
      parseRegistry(withDetectors(detectors));
    } catch (caught) {
      error = caught;
    }
    if (!(error instanceof SsotConfigError)) throw new Error(`expected an SsotConfigError, got ${String(error)}`);
    const [problem] = error.problems;
    expect(problem.path).toBe(path);
    expect(problem.expected).toContain(expected);
    expect(problem.found).toBe(found);
  });

  it('checks settings built in code too (an unknown id, bad options) before anything is analysed', () => {
    expect(checkDetectorSettings({ 'no-such-detector': 'off' })).toEqual([expect.objectContaining({ segments: ['detectors', 'no-such-detector'], found: '"no-such-detector"' })]);
    expect(() => configureDetectors(registry([], { detectors: { 'duplicate-implementation': { minSimilarity: 0 } } }))).toThrow(/\$\.detectors\['duplicate-implementation'\]\.minSimilarity/);
  });
});
