import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, REPO_ROOT } from '../support/e2e-workspace';

/** The packages an Nx user installs, in the order npm needs none of them from the registry. */
export const PACKAGE_NAMES = ['ssot-runtime', 'ssot-core', 'ssot-plugin'] as const;
/** Every published package, the ESLint plugin included (it needs ssot-core before it). */
export const ALL_PACKAGE_NAMES = [...PACKAGE_NAMES, 'eslint-plugin-ssot'] as const;
export type PackageName = (typeof ALL_PACKAGE_NAMES)[number];

export interface PackedPackage {
  name: PackageName;
  version: string;
  /** The tarball's file name (`ssot-plugin-0.1.0.tgz`). */
  fileName: string;
  /** Paths inside the package (`dist/index.js`, `generators.json`), as npm packed them. */
  files: string[];
}

export type PackedPackages = Record<(typeof PACKAGE_NAMES)[number], PackedPackage>;

interface NpmPackEntry {
  name: string;
  version: string;
  filename: string;
  files: { path: string }[];
}

/**
 * `npm pack`s each package from its built `dist` into `destination`. It does not build: `npm test`
 * builds first, and a missing `dist` stops here with the command that makes it.
 */
export function packPackages(destination: string): PackedPackages {
  const packed: Partial<PackedPackages> = {};
  for (const name of PACKAGE_NAMES) packed[name] = packPackage(name, destination);
  return complete(packed);
}

/** `npm pack` of one package from its built `dist` (see packPackages). */
export function packPackage<Name extends PackageName>(name: Name, destination: string): PackedPackage & { name: Name } {
  const dir = join(REPO_ROOT, 'packages', name);
  const manifest: { main?: string } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const entry = join('packages', name, manifest.main ?? 'dist/index.js');
  if (!existsSync(join(REPO_ROOT, entry))) {
    fail(`${entry} is missing: the packages are not built. Run \`npm run build\` at the repository root (\`npm test\` builds before it runs the e2e suite).`);
  }
  const run = spawnSync('npm', ['pack', '--json', '--pack-destination', destination], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  if (run.status !== 0) {
    fail(`npm pack failed in packages/${name}`, { command: 'npm pack', status: run.status, output: `${run.stdout}${run.stderr}`, ms: 0 });
  }
  const [result]: NpmPackEntry[] = JSON.parse(run.stdout.slice(run.stdout.indexOf('[')));
  return { name, version: result.version, fileName: result.filename, files: result.files.map((file) => file.path).sort() };
}

function complete(packed: Partial<PackedPackages>): PackedPackages {
  const [runtime, core, plugin] = [packed['ssot-runtime'], packed['ssot-core'], packed['ssot-plugin']];
  if (!runtime || !core || !plugin) return fail('npm pack did not produce every package');
  return { 'ssot-runtime': runtime, 'ssot-core': core, 'ssot-plugin': plugin };
}
