import { utimesSync } from 'node:fs';
import { createTempWorkspace } from '../__fixtures__/temp-workspace';
import { parseProjectGraph, readCachedProjectGraph } from './nx-project-graph';

const graph = (nodes: Record<string, { root: string; tags?: string[] }>) =>
  JSON.stringify({ nodes: Object.fromEntries(Object.entries(nodes).map(([name, data]) => [name, { name, type: 'lib', data }])), dependencies: {} });

describe('parseProjectGraph', () => {
  it.each<[string, string | undefined, ReturnType<typeof parseProjectGraph>]>([
    ['names, roots and tags, sorted by name', graph({ web: { root: 'apps/web', tags: ['scope:client'] }, api: { root: 'apps/api' } }), [
      { name: 'api', root: 'apps/api', tags: [] },
      { name: 'web', root: 'apps/web', tags: ['scope:client'] },
    ]],
    ['roots normalised like the Nx plugin does (./, trailing slash, empty → .)', graph({ a: { root: './libs/a/' }, ws: { root: '' } }), [
      { name: 'a', root: 'libs/a', tags: [] },
      { name: 'ws', root: '.', tags: [] },
    ]],
    ['not JSON (a file being written)', '{"nodes": {', undefined],
    ['no nodes', '{"version": "6.0"}', undefined],
    ['no file', undefined, undefined],
  ])('%s', (_name, text, expected) => {
    expect(parseProjectGraph(text)).toEqual(expected);
  });
});

describe('readCachedProjectGraph', () => {
  it('reads the newest of the places Nx 17 to 24 write it, and nothing when Nx has written none', () => {
    const workspace = createTempWorkspace({ 'nx.json': {} });
    try {
      expect(readCachedProjectGraph(workspace.root)).toBeUndefined();
      workspace.write({ '.nx/cache/project-graph.json': graph({ old: { root: 'old' } }), '.nx/workspace-data/project-graph.json': graph({ current: { root: 'current' } }) });
      utimesSync(workspace.path('.nx/cache/project-graph.json'), new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2024, 0, 1)));
      utimesSync(workspace.path('.nx/workspace-data/project-graph.json'), new Date(Date.UTC(2025, 0, 1)), new Date(Date.UTC(2025, 0, 1)));
      expect(readCachedProjectGraph(workspace.root)?.projects.map((project) => project.name)).toEqual(['current']);
      utimesSync(workspace.path('.nx/cache/project-graph.json'), new Date(Date.UTC(2026, 0, 1)), new Date(Date.UTC(2026, 0, 1)));
      expect(readCachedProjectGraph(workspace.root)?.projects.map((project) => project.name)).toEqual(['old']);
    } finally {
      workspace.remove();
    }
  });

  it("follows nx.json's cacheDirectory (Nx 17 and 18 keep the graph there)", () => {
    const workspace = createTempWorkspace({ 'nx.json': { cacheDirectory: 'tmp/nx' }, 'tmp/nx/project-graph.json': graph({ moved: { root: 'moved' } }) });
    try {
      expect(readCachedProjectGraph(workspace.root)?.projects.map((project) => project.name)).toEqual(['moved']);
    } finally {
      workspace.remove();
    }
  });
});
