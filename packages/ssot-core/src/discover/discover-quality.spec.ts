/**
 * Precision and recall of discover on the planted workspace (issue 18): every planted SSOT is
 * proposed with its key fields, and at most one proposal in five is not in the key.
 */
import { discover } from '.';
import { createMemoryHost } from '../workspace/memory-host';
import { PLANTED_FILES, PLANTED_KEY, PLANTED_PROJECTS } from './__fixtures__/planted-workspace';

const result = discover({
  workspaceRoot: '/memory',
  host: createMemoryHost(PLANTED_FILES),
  projects: PLANTED_PROJECTS,
  today: '2026-06-01',
});
const proposed = new Map(result.entries.map((entry) => [`${entry.name} ${entry.source}`, entry]));
const keyed = new Set(PLANTED_KEY.map((planted) => `${planted.name} ${planted.source}`));

describe('discover on a workspace with planted SSOTs', () => {
  it.each(PLANTED_KEY)('proposes $name with its key fields', ({ name, source, fields }) => {
    expect(proposed.get(`${name} ${source}`)).toMatchObject(fields);
  });

  it('has a recall of 1 and at most one false proposal in five', () => {
    const found = [...keyed].filter((planted) => proposed.has(planted));
    const falseProposals = [...proposed.keys()].filter((name) => !keyed.has(name));
    expect(found.length / keyed.size).toBe(1);
    expect(falseProposals.length / proposed.size).toBeLessThanOrEqual(0.2);
  });

  it('leaves out the data shape passed around as a typed parameter, and names the family it has no SSOT for', () => {
    expect([...proposed.keys()].filter((name) => name.startsWith('Order '))).toEqual([]);
    // JSON is written in three files, one of them beside RouteStateSerializer: a role name, not the JSON SSOT.
    expect(result.unpaired).toEqual([{ family: 'json', sites: 3, files: 3 }]);
    expect(result.entries.map((entry) => entry.name)).not.toContain('RouteStateSerializer');
    // A copy of the shared folder, with a factory beside \`new\`, is still no SSOT of its own.
    expect(result.entries.filter((entry) => entry.source?.includes('/shared-utils/') && !entry.source.startsWith('libs/shared-utils/'))).toEqual([]);
  });
});
