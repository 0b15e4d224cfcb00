/**
 * The generated source, written in TypeScript rather than template files: the build copies only
 * `.json` and `.d.ts` assets, and here the compiler checks every piece. A test transpiles the
 * output and runs it against the built ssot-runtime.
 */
export interface ClassSourceOptions {
  className: string;
  /** The factory's name when the class is constructed through one (`getPaymentGateway`). */
  factoryName?: string;
  /** What the SSOT replaces, as given (`stripe`, `JSON.parse`), for the doc comment. */
  replaces: string[];
  /** The class file's name without extension, as the spec imports it (`./payment-gateway`). */
  importPath: string;
}

export function renderClassSource(options: ClassSourceOptions): string {
  const { className, factoryName } = options;
  const replaces =
    options.replaces.length > 0
      ? [` * Replaces ${options.replaces.join(', ')}: direct use elsewhere counts as a bypass in ssot-check.`]
      : [];
  if (factoryName === undefined) {
    return lines(
      '/**',
      ` * ${className}: a single source of truth, registered in ssot.json.`,
      ...replaces,
      ' */',
      `export class ${className} {`,
      '  // The one implementation of this concern: give it its members here.',
      '}',
    );
  }
  return lines(
    "import { createConstructionGuard, createScopedFactory } from 'ssot-runtime';",
    '',
    `// Construction goes through ${factoryName}, so contexts never share an instance:`,
    `// \`new ${className}()\` anywhere else throws, and ssot-check counts it as a factory bypass.`,
    `const guard = createConstructionGuard('${className}', '${factoryName}(contextKey)', {`,
    "  why: 'so that each context key gets its own instance',",
    '});',
    '',
    '/**',
    ` * ${className}: a single source of truth, registered in ssot.json.`,
    ...replaces,
    ` * Get it with ${factoryName}(contextKey); \`new ${className}()\` throws.`,
    ' */',
    `export class ${className} {`,
    '  constructor(readonly contextKey: string) {',
    '    guard.check();',
    '  }',
    '}',
    '',
    'const instances = createScopedFactory({',
    `  name: '${factoryName}',`,
    `  create: (contextKey: string) => guard.allow(() => new ${className}(contextKey)),`,
    '});',
    '',
    `/** The ${className} of one context (a user id, a tenant id): created on first use, then reused. */`,
    `export function ${factoryName}(contextKey: string): ${className} {`,
    '  return instances.get(contextKey);',
    '}',
  );
}

/** A jest-style spec (describe / it / expect, which vitest's globals share). */
export function renderSpecSource(options: ClassSourceOptions): string {
  const { className, factoryName, importPath } = options;
  if (factoryName === undefined) {
    return lines(
      `import { ${className} } from '${importPath}';`,
      '',
      `describe('${className}', () => {`,
      "  it('can be constructed', () => {",
      `    expect(new ${className}()).toBeInstanceOf(${className});`,
      '  });',
      '});',
    );
  }
  return lines(
    `import { ${factoryName}, ${className} } from '${importPath}';`,
    '',
    `describe('${className}', () => {`,
    "  it('gives each context key its own instance', () => {",
    `    const alice = ${factoryName}('alice');`,
    `    const bob = ${factoryName}('bob');`,
    '    expect(alice).not.toBe(bob);',
    "    expect(alice.contextKey).toBe('alice');",
    "    expect(bob.contextKey).toBe('bob');",
    '  });',
    '',
    "  it('returns the same instance for the same key', () => {",
    `    expect(${factoryName}('alice')).toBe(${factoryName}('alice'));`,
    '  });',
    '',
    "  it('refuses direct construction, naming the factory', () => {",
    `    expect(() => new ${className}('alice')).toThrow('${factoryName}(contextKey)');`,
    '  });',
    '});',
  );
}

function lines(...text: string[]): string {
  return `${text.join('\n')}\n`;
}
