import { join } from 'node:path';
import type { NxJsonConfiguration } from '@nx/devkit';
import { isRecord, readJsonObject } from './package-json-projects';

/** Root dependencies that make Nx analyse TypeScript imports when nx.json does not say. */
const SOURCE_ANALYSIS_PLUGINS = ['@nx/workspace', '@nx/js', '@nx/node', '@nx/next', '@nx/react', '@nx/angular', '@nx/web'];

/**
 * Whether Nx's project graph has edges for TypeScript imports. `^` inputs (the files of the
 * projects a project depends on) are only complete when it does: without `@nx/js` (or one of the
 * plugins above) and without `pluginsConfig["@nx/js"].analyzeSourceFiles`, Nx only follows
 * package.json dependencies, and a change in an imported library would replay a stale result.
 */
export function nxSeesImports(workspaceRoot: string, nxJson: NxJsonConfiguration): boolean {
  const jsConfig = nxJson.pluginsConfig?.['@nx/js'];
  if (isRecord(jsConfig)) return jsConfig.analyzeSourceFiles !== false;
  const packageJson = readJsonObject(join(workspaceRoot, 'package.json'));
  if (!packageJson) return false;
  const declared = { ...asRecord(packageJson.dependencies), ...asRecord(packageJson.devDependencies) };
  return SOURCE_ANALYSIS_PLUGINS.some((name) => name in declared);
}

function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}
