import { join } from 'node:path';
import type { NxJsonConfiguration } from '@nx/devkit';
import { getWorkspaceNxBehaviour, type NxBehaviour } from '../nx-version';
import { isRecord, readJsonObject } from 'ssot-core/project-inference';

/** Root dependencies that make Nx analyse TypeScript imports when nx.json does not say. */
const SOURCE_ANALYSIS_PLUGINS = ['workspace', 'js', 'node', 'next', 'react', 'angular', 'web'];

/**
 * Whether Nx's project graph has edges for TypeScript imports. `^` inputs (the files of the
 * projects a project depends on) are only complete when it does: without `@nx/js` (or one of the
 * plugins above) and without `pluginsConfig["@nx/js"].analyzeSourceFiles`, Nx only follows
 * package.json dependencies, and a change in an imported library would replay a stale result.
 */
export function nxSeesImports(workspaceRoot: string, nxJson: NxJsonConfiguration, nx: NxBehaviour = getWorkspaceNxBehaviour(workspaceRoot)): boolean {
  const jsConfig = readJsPluginConfig(nxJson, nx);
  if (isRecord(jsConfig)) return jsConfig.analyzeSourceFiles !== false;
  const packageJson = readJsonObject(join(workspaceRoot, 'package.json'));
  if (!packageJson) return false;
  const declared = { ...asRecord(packageJson.dependencies), ...asRecord(packageJson.devDependencies) };
  const scopes = nx.readsNrwlScope ? ['@nx', '@nrwl'] : ['@nx'];
  return scopes.some((scope) => SOURCE_ANALYSIS_PLUGINS.some((name) => `${scope}/${name}` in declared));
}

/** `pluginsConfig["@nx/js"]`, or on Nx before 20 its old name `"@nrwl/js"` when that is the one set. */
export function readJsPluginConfig(nxJson: NxJsonConfiguration, nx: NxBehaviour): unknown {
  return nxJson.pluginsConfig?.['@nx/js'] ?? (nx.readsNrwlScope ? nxJson.pluginsConfig?.['@nrwl/js'] : undefined);
}

function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}
