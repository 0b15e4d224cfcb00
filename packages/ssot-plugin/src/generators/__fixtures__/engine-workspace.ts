import { addProjectConfiguration, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';

/**
 * An empty workspace (no formatter, so tests see exactly what the generator wrote) with the
 * libraries `engine` (src/index.ts exporting one module) and `web-ui` (no entry point yet).
 */
export function createEngineWorkspace(): Tree {
  const tree = createTreeWithEmptyWorkspace({ formatter: 'none' });
  addProjectConfiguration(tree, 'engine', { root: 'libs/engine', sourceRoot: 'libs/engine/src', projectType: 'library' });
  addProjectConfiguration(tree, 'web-ui', { root: 'libs/web-ui', projectType: 'library' });
  tree.write('libs/engine/src/index.ts', "export * from './execution-engine';\n");
  tree.write('libs/engine/src/execution-engine.ts', 'export class ExecutionEngine {}\n');
  return tree;
}
