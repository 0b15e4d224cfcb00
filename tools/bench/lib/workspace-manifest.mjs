// What prepare-workspace.mjs keeps of a real workspace's root package.json and nx.json: enough
// for its own Nx to compute the project graph and run ssot, nothing the bench does not run.

/** The workspace's own Nx (and TypeScript) versions, in a package.json with nothing else to install. */
export function minimalManifest(manifest) {
  const declared = { ...manifest.dependencies, ...manifest.devDependencies };
  const nx = declared.nx;
  if (!nx) throw new Error('the workspace declares no nx dependency in its root package.json');
  // @nx/devkit and @nx/js follow nx's version (Nx requires its packages to match).
  const version = declared['@nx/devkit'] ?? declared['@nx/js'] ?? nx;
  return {
    name: manifest.name ?? 'bench-workspace',
    version: '0.0.0',
    private: true,
    devDependencies: { nx, '@nx/devkit': version, '@nx/js': declared['@nx/js'] ?? version, typescript: declared.typescript ?? '~6.0.3' },
  };
}

/** What Nx needs installed to load a local plugin written in TypeScript (either one). */
const TS_LOADERS = ['@swc-node/register', 'ts-node'];

/**
 * nx.json with npm as the package manager (`nx add` would otherwise call the lock file's one) and
 * without the plugins whose package is not installed (they would fail to load: Nx stops on that).
 * A local plugin stays, unless it is TypeScript and no loader for it is installed (TanStack/router's
 * `./scripts/nx/playwright-plugin.ts`: "Unable to locate swc-node or ts-node", then a syntax error).
 */
export function trimNxJson(nxJson, installed) {
  const canLoadTs = TS_LOADERS.some((loader) => installed.includes(loader));
  const pluginPackage = (plugin) => {
    const name = typeof plugin === 'string' ? plugin : plugin.plugin;
    if (name.startsWith('.')) return /\.[cm]?ts$/.test(name) && !canLoadTs ? name : undefined;
    const parts = name.split('/');
    return name.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  };
  const kept = [];
  const dropped = [];
  for (const plugin of nxJson.plugins ?? []) {
    const pkg = pluginPackage(plugin);
    if (pkg === undefined || installed.includes(pkg)) kept.push(plugin);
    else dropped.push(typeof plugin === 'string' ? plugin : plugin.plugin);
  }
  const trimmed = { ...nxJson, cli: { ...nxJson.cli, packageManager: 'npm' } };
  if (nxJson.plugins) trimmed.plugins = kept;
  return { nxJson: trimmed, dropped };
}
