/** `nx graph --file` output → the bench's projects, and the most-depended-on one (lib/nx-graph.mjs). */
import { callEach } from './call-module';

const node = (root: string | undefined, tags?: string[]) => ({ type: 'lib', data: { ...(root !== undefined && { root }), ...(tags && { tags }) } });
const edge = (source: string, target: string) => ({ source, target, type: 'static' });

describe('graphToProjects', () => {
  const cases: Array<[string, unknown, unknown]> = [
    ['project.json and package.json projects alike, sorted by name', { graph: { nodes: { web: node('apps/web', ['scope:web']), '@scope/core': node('packages/core') }, dependencies: {} } }, [
      { name: '@scope/core', root: 'packages/core', tags: [], dependencies: [] },
      { name: 'web', root: 'apps/web', tags: ['scope:web'], dependencies: [] },
    ]],
    ['npm: packages and self edges are no dependencies; repeats collapse', { graph: { nodes: { a: node('libs/a'), b: node('libs/b') }, dependencies: { a: [edge('a', 'npm:rxjs'), edge('a', 'b'), edge('a', 'b'), edge('a', 'a')], b: [] } } }, [
      { name: 'a', root: 'libs/a', tags: [], dependencies: ['b'] },
      { name: 'b', root: 'libs/b', tags: [], dependencies: [] },
    ]],
    ['a root project, a trailing slash, backslashes', { graph: { nodes: { root: node(''), x: node('libs\\x\\'), y: node(undefined) }, dependencies: {} } }, [
      { name: 'root', root: '.', tags: [], dependencies: [] },
      { name: 'x', root: 'libs/x', tags: [], dependencies: [] },
      { name: 'y', root: '.', tags: [], dependencies: [] },
    ]],
    ['the graph without its { graph } wrapper', { nodes: { a: node('a') }, dependencies: {} }, [{ name: 'a', root: 'a', tags: [], dependencies: [] }]],
  ];
  const results = callEach('nx-graph.mjs', 'graphToProjects', cases.map(([, input]) => [input]));
  it.each(cases.map((c, i) => [c[0], results[i], c[2]]))('%s', (_, actual, expected) => expect(actual).toEqual(expected));
});

describe('mostDependedOn', () => {
  const p = (name: string, dependencies: string[] = []) => ({ name, root: `libs/${name}`, tags: [], dependencies });
  const cases: Array<[string, unknown[], unknown]> = [
    ['dependents counted through other projects', [p('core'), p('http', ['core']), p('app', ['http'])], { name: 'core', dependents: 2 }],
    ['more dependents in all beats more direct ones', [p('core'), p('util'), p('a', ['util']), p('b', ['util']), p('c', ['core']), p('d', ['c']), p('e', ['d'])], { name: 'core', dependents: 3 }],
    ['a tie goes to the most direct dependents, then to the name', [p('z'), p('y'), p('m', ['z', 'y']), p('n', ['y'])], { name: 'y', dependents: 2 }],
    ['a cycle does not count a project as its own dependent', [p('a', ['b']), p('b', ['a'])], { name: 'a', dependents: 1 }],
    ['no projects', [], null],
  ];
  const results = callEach('nx-graph.mjs', 'mostDependedOn', cases.map(([, projects]) => [projects]));
  it.each(cases.map((c, i) => [c[0], results[i], c[2]]))('%s', (_, actual, expected) => expect(actual).toEqual(expected));
});
