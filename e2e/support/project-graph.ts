import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, type CommandRun, type E2eWorkspace } from './e2e-workspace';

/** Anything that runs the Nx CLI in a workspace (an E2eWorkspace, an installed workspace). */
export interface NxRunner {
  nx(...args: string[]): CommandRun;
}

interface NxGraphJson {
  nodes: Record<string, { data: { root: string; targets?: Record<string, unknown> } }>;
  dependencies: Record<string, { target: string }[]>;
}

export interface GraphView {
  projects: string[];
  rootOf: Map<string, string>;
  /** project → the projects it depends on, directly or not. */
  dependenciesOf: Map<string, Set<string>>;
}

/**
 * Nx's own project graph (`nx graph --file`), so the test picks projects the way Nx sees them.
 * With `withTarget`, only the projects that have that target.
 */
export function readGraph(workspace: NxRunner, outFile: string, withTarget?: string): GraphView {
  const run = workspace.nx('graph', `--file=${outFile}`);
  if (run.status !== 0) fail('nx graph failed', run);
  const parsed: { graph: NxGraphJson } = JSON.parse(readFileSync(outFile, 'utf8'));
  const { graph } = parsed;
  const projects = Object.keys(graph.nodes)
    .filter((p) => withTarget === undefined || graph.nodes[p].data.targets?.[withTarget] !== undefined)
    .sort();
  const direct = (p: string) => (graph.dependencies[p] ?? []).map((d) => d.target).filter((t) => projects.includes(t));
  const dependenciesOf = new Map<string, Set<string>>();
  for (const project of projects) {
    const seen = new Set<string>();
    const queue = direct(project);
    while (queue.length > 0) {
      const next = queue.pop();
      if (next === undefined || seen.has(next)) continue;
      seen.add(next);
      queue.push(...direct(next));
    }
    dependenciesOf.set(project, seen);
  }
  return { projects, rootOf: new Map(projects.map((p) => [p, graph.nodes[p].data.root])), dependenciesOf };
}

/** The root project (at `.`): it owns the files no other project owns (SPEC §6). */
export function rootProjectOf(graph: GraphView): string {
  return graph.projects.find((p) => graph.rootOf.get(p) === '.') ?? fail(`no project at . among ${graph.projects.join(', ')}`);
}

export function dependentsOf(graph: GraphView, project: string): string[] {
  return graph.projects.filter((p) => graph.dependenciesOf.get(p)?.has(project));
}

export function graphFile(workspace: E2eWorkspace, name: string): string {
  return join(workspace.root, '..', name);
}
