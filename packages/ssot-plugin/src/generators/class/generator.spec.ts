import { readJson, type Tree } from '@nx/devkit';
import { parseRegistry, type RegistryFile } from 'ssot-core';
import { createEngineWorkspace } from '../__fixtures__/engine-workspace';
import { classGenerator } from './generator';

const DIR = 'libs/engine/src/lib/payment-gateway';
const CLASS_FILE = `${DIR}/payment-gateway.ts`;

/** The registry as written, validated by ssot-core's own loader on the way. */
function readRegistry(tree: Tree, path = 'ssot.json'): RegistryFile {
  const text = tree.read(path, 'utf-8') ?? '';
  expect(() => parseRegistry(text, path)).not.toThrow();
  return readJson<RegistryFile>(tree, path);
}

describe('class generator', () => {
  let tree: Tree;
  beforeEach(() => {
    tree = createEngineWorkspace();
  });

  it('scaffolds a plain class, its spec and export, and registers it', async () => {
    const callback = await classGenerator(tree, { name: 'PaymentGateway', project: 'engine' });

    expect(tree.read(CLASS_FILE, 'utf-8')).toContain('export class PaymentGateway {');
    expect(tree.read(CLASS_FILE, 'utf-8')).not.toContain('ssot-runtime');
    expect(tree.read(`${DIR}/payment-gateway.spec.ts`, 'utf-8')).toContain("from './payment-gateway'");
    expect(tree.read('libs/engine/src/index.ts', 'utf-8')).toBe(
      "export * from './execution-engine';\nexport * from './lib/payment-gateway/payment-gateway';\n",
    );
    expect(readRegistry(tree).entries).toEqual([
      { name: 'PaymentGateway', source: CLASS_FILE, export: 'PaymentGateway', priority: 'medium' },
    ]);
    // The class generator adopts ssot on the way: plugin registered, results ignored.
    expect(readJson(tree, 'nx.json').plugins).toEqual(['ssot-plugin']);
    expect(tree.read('.gitignore', 'utf-8')).toContain('/dist/ssot');
    expect(readJson(tree, 'package.json').dependencies).toEqual({});
    expect(callback).toBeUndefined();
  });

  it('with --factory, guards the class behind a scoped factory and registers the factory', async () => {
    const callback = await classGenerator(tree, {
      name: 'PaymentGateway',
      project: 'engine',
      factory: true,
      replaces: ['stripe', 'JSON.parse', 'console', 'process.env', 'import.meta.env', 'lodash/*', 'global:crypto'],
      priority: 'critical',
      owner: '@platform/payments',
    });

    const source = tree.read(CLASS_FILE, 'utf-8') ?? '';
    expect(source).toContain("import { createConstructionGuard, createScopedFactory } from 'ssot-runtime';");
    expect(source).toContain('export function getPaymentGateway(contextKey: string): PaymentGateway {');
    expect(source).toContain('Replaces stripe, JSON.parse, console');
    expect(readRegistry(tree).entries).toEqual([
      {
        name: 'PaymentGateway',
        source: CLASS_FILE,
        export: 'PaymentGateway',
        factory: 'getPaymentGateway',
        bypasses: [
          { import: 'stripe' },
          { global: 'JSON.parse' },
          { global: 'console' },
          { global: 'process.env' },
          { global: 'import.meta.env' },
          { import: 'lodash/*' },
          { global: 'crypto' },
        ],
        owner: '@platform/payments',
        priority: 'critical',
      },
    ]);
    expect(readJson(tree, 'package.json').dependencies).toEqual({ 'ssot-runtime': '^0.1.0' });
    expect(callback).toEqual(expect.any(Function));
  });

  it('leaves package.json alone when the workspace declares ssot-runtime, or with --skipPackageJson', async () => {
    tree.write('package.json', JSON.stringify({ name: 'acme', devDependencies: { 'ssot-runtime': '^0.1.0' } }));
    await classGenerator(tree, { name: 'PaymentGateway', project: 'engine', factory: true });
    await classGenerator(tree, { name: 'Ledger', project: 'web-ui', factory: true, skipPackageJson: true });

    expect(readJson(tree, 'package.json')).toEqual({ name: 'acme', devDependencies: { 'ssot-runtime': '^0.1.0' } });
  });

  it('appends to an existing registry without reflowing it', async () => {
    const registry = [
      '{',
      '  "$schema": "./node_modules/ssot-core/schema/registry.schema.json",',
      '  "entries": [',
      '    { "name": "Logger", "module": "@acme/log", "bypasses": [{ "global": "console" }] }',
      '  ]',
      '}',
      '',
    ].join('\n');
    tree.write('ssot.json', registry);

    await classGenerator(tree, { name: 'PaymentGateway', project: 'engine', replaces: ['stripe'] });

    const text = tree.read('ssot.json', 'utf-8') ?? '';
    expect(text).toContain('    { "name": "Logger", "module": "@acme/log", "bypasses": [{ "global": "console" }] },\n    {\n      "name": "PaymentGateway",');
    expect(readRegistry(tree).entries.map((entry) => entry.name)).toEqual(['Logger', 'PaymentGateway']);
  });

  it('writes to the registry the plugin options name', async () => {
    tree.write('nx.json', JSON.stringify({ plugins: [{ plugin: 'ssot-plugin', options: { registry: 'config/ssot.json' } }] }));

    await classGenerator(tree, { name: 'PaymentGateway', project: 'engine' });

    expect(tree.exists('ssot.json')).toBe(false);
    expect(readRegistry(tree, 'config/ssot.json').entries.map((entry) => entry.name)).toEqual(['PaymentGateway']);
  });

  it('puts the files in --directory, relative to the project root', async () => {
    await classGenerator(tree, { name: 'PaymentGateway', project: 'engine', directory: './src/payments/' });

    expect(tree.exists('libs/engine/src/payments/payment-gateway.ts')).toBe(true);
    expect(tree.exists('libs/engine/src/payments/payment-gateway.spec.ts')).toBe(true);
    expect(tree.read('libs/engine/src/index.ts', 'utf-8')).toContain("export * from './payments/payment-gateway';");
  });

  it('does not add an export the entry point has already', async () => {
    const index = "export * from './execution-engine';\nexport { PaymentGateway } from \"./lib/payment-gateway/payment-gateway.js\";\n";
    tree.write('libs/engine/src/index.ts', index);

    await classGenerator(tree, { name: 'PaymentGateway', project: 'engine' });

    expect(tree.read('libs/engine/src/index.ts', 'utf-8')).toBe(index);
  });

  it('follows .js specifiers of an ESM entry point, in the export and the spec', async () => {
    tree.write('libs/engine/src/index.ts', "export * from './execution-engine.js';\n");

    await classGenerator(tree, { name: 'PaymentGateway', project: 'engine' });

    expect(tree.read('libs/engine/src/index.ts', 'utf-8')).toContain("export * from './lib/payment-gateway/payment-gateway.js';");
    expect(tree.read(`${DIR}/payment-gateway.spec.ts`, 'utf-8')).toContain("from './payment-gateway.js'");
  });

  it("uses the package.json entry mapped to src, or creates <sourceRoot>/index.ts", async () => {
    tree.write('libs/web-ui/package.json', JSON.stringify({ name: '@acme/web-ui', types: './dist/esm/public-api.d.ts' }));
    tree.write('libs/web-ui/src/public-api.ts', '');
    await classGenerator(tree, { name: 'ThemeRegistry', project: 'web-ui' });
    expect(tree.read('libs/web-ui/src/public-api.ts', 'utf-8')).toBe("export * from './lib/theme-registry/theme-registry';\n");

    tree.delete('libs/engine/src/index.ts');
    await classGenerator(tree, { name: 'PaymentGateway', project: 'engine' });
    expect(tree.read('libs/engine/src/index.ts', 'utf-8')).toBe("export * from './lib/payment-gateway/payment-gateway';\n");
  });
});
