import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { readJson, updateJson, type Tree } from '@nx/devkit';

export const RUNTIME_PACKAGE = 'ssot-runtime';

type Manifest = Record<string, unknown> & { dependencies?: Record<string, string> };
const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

/**
 * A class with a factory imports ssot-runtime at run time, so the workspace must depend on it. Adds
 * it to the root package.json `dependencies` unless the root or the project's package.json declares
 * it already. Returns the version range it added, or undefined when nothing changed.
 *
 * It does not run the install: the caller tells the user to, since an install started from a
 * generator would run in whatever state `node_modules` is (linked, shared, read-only).
 */
export function addRuntimeDependency(tree: Tree, projectRoot: string): string | undefined {
  if (!tree.isFile('package.json')) return undefined;
  const manifests = ['package.json', posix.join(projectRoot, 'package.json')].filter((path) => tree.isFile(path));
  if (manifests.some((path) => declares(readJson<Manifest>(tree, path)))) return undefined;
  const range = `^${readOwnVersion()}`;
  updateJson<Manifest>(tree, 'package.json', (manifest) => ({
    ...manifest,
    dependencies: sortKeys({ ...manifest.dependencies, [RUNTIME_PACKAGE]: range }),
  }));
  return range;
}

function declares(manifest: Manifest): boolean {
  return DEPENDENCY_FIELDS.some((field) => {
    const deps = manifest[field];
    return typeof deps === 'object' && deps !== null && RUNTIME_PACKAGE in deps;
  });
}

/** ssot-runtime is released with ssot-plugin under the same version; this file is 3 levels below it in src/ and dist/. */
function readOwnVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8'));
  if (typeof manifest === 'object' && manifest !== null && 'version' in manifest && typeof manifest.version === 'string') {
    return manifest.version;
  }
  throw new Error('ssot-plugin: its package.json has no version');
}

function sortKeys(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
