import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { NxJsonConfiguration } from '@nx/devkit';
import { getWorkspaceNxBehaviour, type NxBehaviour } from '../nx-version';
import { readJsPluginConfig } from './nx-sees-imports';
import { createIgnoreFiles, isRecord } from 'ssot-core/project-inference';

/** The packages whose versions decide what `ssot-check` computes. */
export const TOOL_PACKAGES = ['ssot-core', 'ssot-plugin', 'typescript'];

type PackageManager = 'npm' | 'yarn' | 'pnpm' | 'bun';

const LOCK_FILES: Record<PackageManager, string[]> = {
  bun: ['bun.lock', 'bun.lockb'],
  yarn: ['yarn.lock'],
  pnpm: ['pnpm-lock.yaml'],
  npm: ['package-lock.json'],
};

/**
 * The tool packages Nx can hash as `externalDependencies`: Nx fails every task whose input names
 * a package missing from its external nodes ("The externalDependency 'x' ... could not be found"),
 * and it only has external nodes when it reads a lock file. So a package is named only when the
 * lock file Nx reads (chosen the way Nx chooses it, and not git- or nx-ignored: Nx reads it from its
 * file list) installs it; the runtime version probe covers the rest (no lock file, an ignored one,
 * linked checkouts, a binary bun.lockb).
 */
export function findToolExternalDependencies(workspaceRoot: string, nxJson: NxJsonConfiguration, nx: NxBehaviour = getWorkspaceNxBehaviour(workspaceRoot)): string[] {
  const jsConfig = readJsPluginConfig(nxJson, nx);
  if (isRecord(jsConfig) && jsConfig.analyzeLockfile === false) return [];
  const lockFile = findLockFile(workspaceRoot, nxJson.cli?.packageManager, nx);
  if (!lockFile || lockFile.endsWith('.lockb')) return [];
  const path = join(workspaceRoot, lockFile);
  try {
    // Lock files can be megabytes; the daemon keeps this module loaded between graph computations.
    const { mtimeMs, size } = statSync(path);
    const key = `${path}:${mtimeMs}:${size}`;
    if (lastRead?.key !== key) {
      const text = readFileSync(path, 'utf8');
      lastRead = { key, found: TOOL_PACKAGES.filter((name) => lockFileInstalls(lockFile, text, name)) };
    }
    return [...lastRead.found];
  } catch {
    return [];
  }
}

let lastRead: { key: string; found: string[] } | undefined;

function findLockFile(workspaceRoot: string, configured: string | undefined, nx: NxBehaviour): string | undefined {
  const order: PackageManager[] = isPackageManager(configured) ? [configured] : ['bun', 'yarn', 'pnpm', 'npm'];
  for (const manager of order) {
    // Nx 19 neither detects bun by its text lock file nor parses it: it has no external nodes from it.
    const candidates = manager === 'bun' && !nx.readsBunTextLock ? ['bun.lockb'] : LOCK_FILES[manager];
    const found = candidates.find((file) => existsSync(join(workspaceRoot, file)));
    // Nx picks the manager by the file on disk but parses it from its file list, which leaves out
    // ignored files: TanStack/router's .gitignore names package-lock.json, and every task failed.
    if (found) return isIgnored(workspaceRoot, found) ? undefined : found;
  }
  return undefined;
}

function isIgnored(workspaceRoot: string, file: string): boolean {
  const readText = (path: string) => (existsSync(join(workspaceRoot, path)) ? readFileSync(join(workspaceRoot, path), 'utf8') : undefined);
  return createIgnoreFiles(readText).ignoresFile(file);
}

export function lockFileInstalls(lockFile: string, text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  switch (lockFile) {
    case 'package-lock.json':
      return npmLockInstalls(text, name);
    case 'yarn.lock':
      // `ssot-core@^0.1.0:` (v1) or `"ssot-core@npm:^0.1.0, ...":` (berry); not `@workspace:` links.
      return new RegExp(`(^|\\n|,)\\s*"?${escaped}@(?!workspace:|link:|portal:)`).test(text);
    case 'pnpm-lock.yaml':
      // A `packages:` key: `/ssot-core@0.1.0:` (v6), `/ssot-core/0.1.0:` (v5), `ssot-core@0.1.0:` (v9).
      return new RegExp(`\\n\\s+['"]?/?${escaped}[@/]\\d`).test(text);
    case 'bun.lock':
      return new RegExp(`"${escaped}@\\d`).test(text);
    default:
      return false;
  }
}

function npmLockInstalls(text: string, name: string): boolean {
  let lock: unknown;
  try {
    lock = JSON.parse(text);
  } catch {
    return false;
  }
  if (!isRecord(lock)) return false;
  // A workspace member is linked (`"link": true`): Nx makes it a project, not an external node.
  if (isRecord(lock.packages)) {
    const entry = lock.packages[`node_modules/${name}`];
    return isRecord(entry) && entry.link !== true;
  }
  return isRecord(lock.dependencies) && isRecord(lock.dependencies[name]);
}

function isPackageManager(value: unknown): value is PackageManager {
  return value === 'npm' || value === 'yarn' || value === 'pnpm' || value === 'bun';
}
