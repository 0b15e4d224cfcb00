// Files without SSOT tokens (plain models), application entry points and library barrels.

/** Plain files hold none of the words the engine's prefilter looks for: they test the fast path. */
export const PREFILTER_WORDS = /\b(?:import|require|from)\b|JSON|console|process|Engine|yyyy-MM-dd/;

export function buildPlainFile(rng, project, file) {
  const s = file.suffix;
  const parts = [
    [
      '/**',
      ` * Value types and pure calculations for ${file.area} (${project.name}). No I/O here.`,
      ' */',
      `export enum ${s}Status {`,
      "  Draft = 'draft',",
      "  Active = 'active',",
      "  Archived = 'archived',",
      '}',
      '',
      `export interface ${s}Model {`,
      '  id: string;',
      `  status: ${s}Status;`,
      '  tags: readonly string[];',
      '  amounts: number[];',
      '}',
      '',
      `export type ${s}Summary = Pick<${s}Model, 'id' | 'status'> & { total: number };`,
      '',
      `export function compute${s}(model: ${s}Model): ${s}Summary {`,
      '  const total = model.amounts.reduce((sum, amount) => sum + amount, 0);',
      '  return { id: model.id, status: model.status, total };',
      '}',
    ],
  ];
  if (rng.chance(0.7)) {
    parts.push([
      `export function label${s}(model: ${s}Model): string {`,
      "  const suffix = model.tags.length > 0 ? ` [${model.tags.join(', ')}]` : '';",
      '  return `${model.id} (${model.status})${suffix}`;',
      '}',
    ]);
  }
  if (rng.chance(0.5)) parts.push([`export const ${s.toUpperCase()}_LIMITS = { maxItems: ${rng.int(10, 500)}, maxTags: 8 } as const;`]);
  if (rng.chance(0.6)) {
    parts.push([
      `export class ${s}Stats {`,
      '  private readonly values: number[] = [];',
      '',
      '  add(value: number): this {',
      '    this.values.push(value);',
      '    return this;',
      '  }',
      '',
      '  mean(): number {',
      '    // An empty series has mean 0 rather than NaN: callers display it as is.',
      '    return this.values.length === 0 ? 0 : this.values.reduce((a, b) => a + b, 0) / this.values.length;',
      '  }',
      '}',
    ]);
  }
  const text = `${parts.map((lines) => lines.join('\n')).join('\n\n')}\n`;
  if (PREFILTER_WORDS.test(text)) throw new Error(`generator bug: plain file ${file.path} holds a prefilter word`);
  return text;
}

export function buildAppMain(rng, project, env) {
  const services = env.depExports.filter((e) => e.kind === 'service').slice(0, 4);
  const runner = env.localExports.find((e) => e.kind === 'runner');
  const imports = [
    `import { Config, Logger } from '@bench/core';`,
    `import { createEngine } from '@bench/engine';`,
    ...groupByModule(services).map(([module, names]) => `import { ${names.join(', ')} } from '${module}';`),
    ...(runner ? [`import { ${runner.name} } from '${runner.module}';`] : []),
  ];
  return [
    ...imports,
    '',
    `const logger = new Logger('${project.name}');`,
    'const config = new Config();',
    '',
    'async function main(): Promise<void> {',
    "  const engine = createEngine({ user: config.get('USER', 'system') });",
    `  logger.info(\`starting ${project.name} on port \${config.getNumber('PORT', 3000)}\`);`,
    `  const modules = [${services.map((s) => s.name).join(', ')}];`,
    "  logger.info(`modules: ${modules.map((m) => m.name).join(', ')}`);",
    ...(runner ? [`  await ${runner.name}('bootstrap', ['warm-up']);`] : []),
    "  await engine.run('ready');",
    '}',
    '',
    'main().catch((error: unknown) => {',
    "  console.error('fatal', error);",
    '  process.exitCode = 1;',
    '});',
    '',
  ].join('\n');
}

export function buildBarrel(project, files) {
  const lines = [`// Public API of ${project.name}.`];
  for (const file of files) {
    if (!file.exportName) continue;
    const from = `./${file.path.replace(/^src\//, '').replace(/\.ts$/, '')}`;
    lines.push(file.renamed ? `export { ${file.exportName} as ${file.publicName} } from '${from}';` : `export * from '${from}';`);
  }
  return `${lines.join('\n')}\n`;
}

function groupByModule(items) {
  const byModule = new Map();
  for (const item of items) byModule.set(item.module, [...(byModule.get(item.module) ?? []), item.name]);
  return [...byModule.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
