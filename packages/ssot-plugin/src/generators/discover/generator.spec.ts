import { logger } from '@nx/devkit';
import { parseRegistry } from 'ssot-core';
import { createExampleTree } from '../migrate/__fixtures__/example-tree';
import { applyDiscovery, discoverGenerator } from './generator';

/** The example with its registry emptied, laid out by hand, as a user's ssot.json after `nx add`. */
const EMPTY_REGISTRY = ['{', '    "$schema": "./node_modules/ssot-core/schema/registry.schema.json",', '    "minHealth": 50,', '    "entries": []', '}', ''].join('\n');

function exampleWithEmptyRegistry() {
  const tree = createExampleTree();
  tree.write('ssot.json', EMPTY_REGISTRY);
  return tree;
}

describe('discover generator', () => {
  it('prints the proposal and writes nothing without --apply', async () => {
    const tree = exampleWithEmptyRegistry();
    const lines: string[] = [];
    jest.spyOn(logger, 'info').mockImplementation((line: unknown) => void lines.push(String(line)));
    await discoverGenerator(tree, {});
    jest.restoreAllMocks();
    expect(tree.read('ssot.json', 'utf-8')).toBe(EMPTY_REGISTRY);
    expect(lines[0]).toBe('discover: 6 entries proposed');
    const printed = lines.find((line) => line.startsWith('{'));
    expect(parseRegistry(printed ?? '').entries.map((entry) => entry.name)).toEqual(['Logger', 'UnifiedJSONHandler', 'ExecutionEngine', 'ConfigService', 'UnifiedWebSocketManager', 'DATE_FORMAT']);
    expect(lines[lines.length - 1]).toMatch(/^Nothing was written\. Run again with --apply/);
  });

  it('--apply appends the new entries and keeps the rest of the file as written', () => {
    const tree = exampleWithEmptyRegistry();
    const { added } = applyDiscovery(tree, { apply: true });
    const text = tree.read('ssot.json', 'utf-8') ?? '';
    expect(added).toBe(6);
    expect(text.startsWith('{\n    "$schema": "./node_modules/ssot-core/schema/registry.schema.json",\n    "minHealth": 50,\n    "entries": [\n        {\n')).toBe(true);
    const registry = parseRegistry(text);
    expect(registry.minHealth).toBe(50);
    expect(registry.entries.find((entry) => entry.name === 'ExecutionEngine')?.factory).toBe('getExecutionEngine');
  });

  it('--apply a second time adds nothing: registered entries are not proposed again', () => {
    const tree = exampleWithEmptyRegistry();
    applyDiscovery(tree, { apply: true });
    const once = tree.read('ssot.json', 'utf-8');
    expect(applyDiscovery(tree, { apply: true }).added).toBe(0);
    expect(tree.read('ssot.json', 'utf-8')).toBe(once);
  });

  it('--apply keeps the entries a registry already has, and adds only the others', () => {
    const tree = createExampleTree();
    const before = tree.read('ssot.json', 'utf-8') ?? '';
    const withoutLogger = before.replace(/\n    \{\n      "name": "Logger",[\s\S]*?\n    \},/, '');
    tree.write('ssot.json', withoutLogger);
    const { result } = applyDiscovery(tree, { apply: true });
    expect(result.entries.map((entry) => entry.name)).toEqual(['Logger']);
    expect((tree.read('ssot.json', 'utf-8') ?? '').startsWith(withoutLogger.slice(0, withoutLogger.lastIndexOf('}\n  ]')))).toBe(true);
  });

  it('--max and --projects narrow the proposal', () => {
    expect(applyDiscovery(exampleWithEmptyRegistry(), { max: 2 }).result.entries.map((entry) => entry.name)).toEqual(['Logger', 'UnifiedJSONHandler']);
    const web = applyDiscovery(exampleWithEmptyRegistry(), {
      projects: 'web, worker',
    }).result;
    for (const entry of web.checked) expect(entry.entry.projects?.some((project) => ['web', 'worker'].includes(project)) ?? true).toBe(true);
    expect(() => applyDiscovery(exampleWithEmptyRegistry(), { projects: 'nope' })).toThrow('No project matches --projects=nope');
  });

  it('creates the registry when there is none yet, with --apply', () => {
    const tree = createExampleTree();
    tree.delete('ssot.json');
    expect(applyDiscovery(tree, { apply: true }).added).toBe(6);
    expect(parseRegistry(tree.read('ssot.json', 'utf-8') ?? '').entries).toHaveLength(6);
  });
});
