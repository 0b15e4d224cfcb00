/**
 * Issue 18's "done when": on examples/platform with an empty registry, discover proposes the
 * example's SSOTs with their bypasses. The expected fields come from the example's hand-written
 * ssot.json and answer key (examples/platform), not from a run of discover.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { discover } from '.';
import { parseRegistry } from '../registry/load-registry';
import { EXAMPLE_ROOT, readExampleProjects } from '../testing/example-platform';

interface AnswerKey {
  entries: Record<string, { usage: number; bypass: number; exempt: { bypass: number } }>;
}

const key: AnswerKey = JSON.parse(readFileSync(join(EXAMPLE_ROOT, 'answer-key.json'), 'utf8'));
const result = discover({
  workspaceRoot: EXAMPLE_ROOT,
  projects: readExampleProjects(),
  today: '2026-11-25',
});
const byName = new Map(result.entries.map((entry) => [entry.name, entry]));
const checked = new Map(result.checked.map((entry) => [entry.entry.name, entry]));

describe('discover on examples/platform with an empty registry', () => {
  it('proposes the six SSOTs of the example, from their own sources', () => {
    expect(result.entries.map((entry) => `${entry.name} ${entry.source}`).sort()).toEqual([
      'ConfigService libs/core/src/config/config.service.ts',
      'DATE_FORMAT libs/core/src/time/date-format.ts',
      'ExecutionEngine libs/engine/src/execution-engine.ts',
      'Logger libs/core/src/logging/logger.ts',
      'UnifiedJSONHandler libs/core/src/serialization/unified-json-handler.ts',
      'UnifiedWebSocketManager libs/realtime/src/unified-websocket-manager.ts',
    ]);
  });

  it.each([
    [
      'UnifiedJSONHandler',
      {
        bypasses: [{ global: 'JSON.parse' }, { global: 'JSON.stringify' }],
        duplicates: ['*JSONHandler', '*JsonHandler'],
      },
    ],
    ['ExecutionEngine', { factory: 'getExecutionEngine' }],
    [
      'UnifiedWebSocketManager',
      {
        legacyPaths: ['@platform/legacy-ws'],
        bypasses: [{ import: 'ws' }, { new: 'WebSocket' }],
      },
    ],
    ['Logger', { bypasses: [{ global: 'console' }] }],
    ['ConfigService', { bypasses: [{ global: 'process.env' }] }],
    ['DATE_FORMAT', { bypasses: [{ literal: 'yyyy-MM-dd' }] }],
  ])('%s has the fields the example registers', (name, fields) => {
    expect(byName.get(name)).toMatchObject(fields);
  });

  it('gives the logger, the engine and the date format the answer key counts', () => {
    for (const name of ['Logger', 'ExecutionEngine', 'DATE_FORMAT']) {
      expect({
        usage: checked.get(name)?.usage,
        bypass: checked.get(name)?.bypass,
      }).toEqual({
        usage: key.entries[name].usage,
        bypass: key.entries[name].bypass,
      });
    }
  });

  it('differs from the key where the example registry knows more than the code says', () => {
    // The JSON handler's exemption (libs/legacy) is a human decision: its 2 exempt sites count as bypasses.
    const json = key.entries.UnifiedJSONHandler;
    expect([checked.get('UnifiedJSONHandler')?.usage, checked.get('UnifiedJSONHandler')?.bypass]).toEqual([json.usage, json.bypass + json.exempt.bypass]);
    // ConfigService: the example scopes it to tag:scope:backend without the worker; discover scopes it to where process.env is read, worker included.
    expect(byName.get('ConfigService')?.projects).toContain('worker');
    // The web app's browser `new WebSocket` is one bypass more than the example's `ws`-only entry.
    expect(checked.get('UnifiedWebSocketManager')?.bypass).toBe(key.entries.UnifiedWebSocketManager.bypass + 1);
  });

  it('proposes a registry that validates, every entry with its evidence', () => {
    const registry = parseRegistry(JSON.stringify({ entries: result.entries }));
    expect(registry.entries).toHaveLength(6);
    for (const entry of result.entries) expect(entry.$comment).toMatch(/^Proposed by discover\. .+ the check counts \d+ usage and \d+ bypass sites/);
  });

  it('names the bypass families it found no SSOT for', () => {
    expect(result.unpaired.map((family) => family.family)).toEqual(['http', 'errors']);
  });

  it('keeps to --max, the entries with most sites first, and skips what the registry has', () => {
    const top = discover({
      workspaceRoot: EXAMPLE_ROOT,
      projects: readExampleProjects(),
      today: '2026-11-25',
      max: 2,
    });
    expect(top.entries.map((entry) => entry.name)).toEqual(result.entries.slice(0, 2).map((entry) => entry.name));
    const registry = parseRegistry(readFileSync(join(EXAMPLE_ROOT, 'ssot.json'), 'utf8'));
    expect(
      discover({
        workspaceRoot: EXAMPLE_ROOT,
        projects: readExampleProjects(),
        today: '2026-11-25',
        registry,
      }).entries,
    ).toEqual([]);
  });

  it('gathers evidence only in the projects --projects names', () => {
    const web = discover({
      workspaceRoot: EXAMPLE_ROOT,
      projects: readExampleProjects(),
      today: '2026-11-25',
      projectPatterns: ['web'],
    });
    for (const entry of web.checked) expect(entry.entry.projects ?? ['web']).toContain('web');
    expect(web.entries.map((entry) => entry.name)).not.toContain('ExecutionEngine');
  });
});
