import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Tree } from '@nx/devkit';
import { loadRegistry } from 'ssot-core';
import { Project, ts } from 'ts-morph';
import { createEngineWorkspace } from '../__fixtures__/engine-workspace';
import { classGenerator } from './generator';

/**
 * The generated class and factory must work, not just look right: the output is type-checked,
 * transpiled and run against the BUILT ssot-runtime (what a workspace installs), and the generated
 * spec is run too.
 */
const REPO_ROOT = resolve(__dirname, '../../../../..');
const RUNTIME_DIR = join(REPO_ROOT, 'node_modules/ssot-runtime');
const DIR = 'libs/engine/src/lib/payment-gateway';

/** The file `require('ssot-runtime')` loads, read from the package's `exports`, building it if needed. */
function builtRuntimeEntry(): string {
  const manifest: unknown = JSON.parse(readFileSync(join(RUNTIME_DIR, 'package.json'), 'utf8'));
  const entry = readPath(manifest, ['exports', '.', 'require', 'default']);
  if (typeof entry !== 'string') throw new Error('ssot-runtime/package.json has no exports["."].require.default');
  const file = join(RUNTIME_DIR, entry);
  if (!existsSync(file)) execFileSync('npm', ['run', 'build', '--workspace', 'ssot-runtime', '--silent'], { cwd: REPO_ROOT });
  return file;
}

function readPath(value: unknown, path: string[]): unknown {
  return path.reduce<unknown>((at, key) => (typeof at === 'object' && at !== null ? Reflect.get(at, key) : undefined), value);
}

/** Runs CommonJS output with `require` limited to the modules given, and the extra globals. */
function runModule(code: string, modules: Record<string, unknown>, globals: Record<string, unknown> = {}): Record<string, unknown> {
  const module = { exports: {} };
  const require = (id: string): unknown => {
    if (id in modules) return modules[id];
    throw new Error(`the generated code requires "${id}", which the test does not provide`);
  };
  const names = ['require', 'module', 'exports', ...Object.keys(globals)];
  new Function(...names, code)(require, module, module.exports, ...Object.values(globals));
  return module.exports;
}

function transpile(source: string): string {
  const compilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 };
  return ts.transpileModule(source, { compilerOptions, reportDiagnostics: false }).outputText;
}

const call = (fn: unknown, ...args: unknown[]): unknown => {
  if (typeof fn !== 'function') throw new Error(`expected a function, found ${typeof fn}`);
  return Reflect.apply(fn, undefined, args);
};
const construct = (type: unknown, ...args: unknown[]): unknown => {
  if (typeof type !== 'function') throw new Error(`expected a class, found ${typeof type}`);
  return Reflect.construct(type, args);
};

describe('generated class and factory', () => {
  let classSource: string;
  let specSource: string;
  let runtime: unknown;
  let tree: Tree;

  beforeAll(async () => {
    tree = createEngineWorkspace();
    await classGenerator(tree, { name: 'PaymentGateway', project: 'engine', factory: true, replaces: ['stripe'] });
    classSource = tree.read(`${DIR}/payment-gateway.ts`, 'utf-8') ?? '';
    specSource = tree.read(`${DIR}/payment-gateway.spec.ts`, 'utf-8') ?? '';
    // An absolute path: jest's moduleNameMapper sends the bare name to the runtime's TypeScript sources.
    runtime = require(builtRuntimeEntry());
  });

  it("registers an entry that ssot-core's loader accepts against the files on disk", () => {
    const root = mkdtempSync(join(tmpdir(), 'ssot-class-generator-'));
    try {
      for (const change of tree.listChanges()) {
        if (change.content === null) continue;
        mkdirSync(dirname(join(root, change.path)), { recursive: true });
        writeFileSync(join(root, change.path), change.content);
      }
      // The loader checks what parseRegistry cannot: the source exists and exports the class and factory.
      const entry = loadRegistry(root).entries.find(({ name }) => name === 'PaymentGateway');
      expect(entry).toMatchObject({ exports: ['PaymentGateway'], factory: 'getPaymentGateway' });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('type-checks under strict against the built runtime and jest types', () => {
    const project = new Project({
      compilerOptions: {
        strict: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.Node16,
        moduleResolution: ts.ModuleResolutionKind.Node16,
        types: ['jest'],
        typeRoots: [join(REPO_ROOT, 'node_modules/@types')],
        skipLibCheck: true,
      },
      skipAddingFilesFromTsConfig: true,
    });
    // In-memory files placed inside the repository, so `ssot-runtime` resolves to the built package.
    const folder = join(REPO_ROOT, 'packages/ssot-plugin/src/generators/class/__generated-check__');
    project.createSourceFile(join(folder, 'payment-gateway.ts'), classSource);
    project.createSourceFile(join(folder, 'payment-gateway.spec.ts'), specSource);
    const runtimeFile = project.getSourceFileOrThrow(join(folder, 'payment-gateway.ts')).getImportDeclarations()[0]?.getModuleSpecifierSourceFile();

    expect(runtimeFile?.getFilePath()).toContain('packages/ssot-runtime/dist/cjs/index.d.ts');
    expect(project.formatDiagnosticsWithColorAndContext(project.getPreEmitDiagnostics())).toBe('');
  });

  it('isolates context keys, reuses the instance of a key, and refuses new outside the factory', () => {
    const generated = runModule(transpile(classSource), { 'ssot-runtime': runtime });

    const alice = call(generated.getPaymentGateway, 'alice');
    const bob = call(generated.getPaymentGateway, 'bob');
    expect(alice).toBeInstanceOf(generated.PaymentGateway);
    expect(alice).not.toBe(bob);
    expect(call(generated.getPaymentGateway, 'alice')).toBe(alice);
    expect(readPath(alice, ['contextKey'])).toBe('alice');
    expect(() => construct(generated.PaymentGateway, 'mallory')).toThrow(
      'new PaymentGateway() is not allowed: use getPaymentGateway(contextKey)',
    );
  });

  it('passes its own generated spec', () => {
    const generated = runModule(transpile(classSource), { 'ssot-runtime': runtime });
    const tests: Array<[string, () => void]> = [];
    runModule(transpile(specSource), { './payment-gateway': generated }, {
      describe: (_name: string, body: () => void) => body(),
      it: (name: string, body: () => void) => void tests.push([name, body]),
      expect,
    });

    expect(tests.map(([name]) => name)).toEqual([
      'gives each context key its own instance',
      'returns the same instance for the same key',
      'refuses direct construction, naming the factory',
    ]);
    for (const [, body] of tests) body();
  });
});
