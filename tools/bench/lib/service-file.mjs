// A service class with constructor injection, as in NestJS or Angular code: the SSOTs arrive as
// injected handles (`this.json`, `this.logger`, …), next to the bypasses that go around them.
import { Imports } from './imports.mjs';
import { SERVICE_METHODS } from './service-methods.mjs';

const HANDLES = {
  json: { prop: 'json', type: 'JsonHandler', module: '@bench/core' },
  logger: { prop: 'logger', type: 'Logger', module: '@bench/core' },
  config: { prop: 'config', type: 'Config', module: '@bench/core' },
  http: { prop: 'http', type: 'HttpClient', module: '@bench/http' },
};

export function buildServiceFile(rng, project, file, env) {
  const imports = new Imports();
  const handles = new Set();
  const deps = [];
  const builder = {
    rng,
    handle(kind) {
      handles.add(kind);
      return `this.${HANDLES[kind].prop}`;
    },
    core: (name) => imports.add('@bench/core', name),
    engine: (name) => imports.add('@bench/engine', name),
    dep() {
      const services = env.depExports.filter((e) => e.kind === 'service');
      if (services.length === 0) return undefined;
      const chosen = rng.pick(services);
      let dep = deps.find((d) => d.type === chosen.name);
      if (!dep) {
        dep = { prop: `dep${deps.length}`, type: imports.add(chosen.module, chosen.name) };
        deps.push(dep);
      }
      return `this.${dep.prop}`;
    },
  };
  const methods = [];
  const count = rng.int(5, 14);
  for (let index = 0; index < count; index += 1) {
    const method = rng.weighted(SERVICE_METHODS);
    const lines = method(builder, `${file.n}${String.fromCharCode(97 + index)}`);
    methods.push([...describeMethod(rng, lines[0], file.area), ...lines]);
  }
  const fields = [];
  const params = [];
  for (const kind of ['json', 'logger', 'config', 'http']) {
    if (!handles.has(kind)) continue;
    const { prop, type, module } = HANDLES[kind];
    if (kind === 'logger' && rng.chance(0.2)) {
      fields.push(`  private readonly ${prop} = ${imports.add('@bench/core', 'inject')}(${imports.add('@bench/core', type)});`);
      continue;
    }
    const from = kind === 'logger' && rng.chance(0.1) ? '@bench/legacy-logging' : kind === 'config' && rng.chance(0.5) ? '@bench/core' : module;
    const typeName = kind === 'config' && from === '@bench/core' && rng.chance(0.5) ? 'ConfigService' : type;
    params.push(`    private readonly ${prop}: ${imports.add(from, typeName, rng.chance(0.5) ? 'type' : 'named')},`);
  }
  for (const dep of deps) params.push(`    private readonly ${dep.prop}: ${dep.type},`);
  const decorated = rng.chance(0.7);
  if (decorated) imports.add('@bench/core', 'Injectable');
  const name = file.exportName;
  return [
    '/**',
    ` * ${name}: ${file.area} workflows of ${project.name}.`,
    ' * Generated for the ssot benchmarks; the shape follows a typical injected service.',
    ' */',
    ...imports.render(),
    '',
    `export interface ${name}Options {`,
    '  retries: number;',
    '  label: string;',
    '}',
    '',
    ...(decorated ? ['@Injectable()'] : []),
    `export class ${name} {`,
    '  private readonly cache = new Map<string, unknown>();',
    ...fields,
    ...(params.length > 0 ? ['', '  constructor(', ...params, '  ) {}'] : []),
    '',
    '  describe(): string {',
    `    return '${name}';`,
    '  }',
    ...methods.flatMap((lines) => ['', ...lines]),
    '}',
    '',
  ].join('\n');
}

const NOTES = [
  'Callers may retry: the method holds no state between calls.',
  'Kept small on purpose; the heavy lifting happens in the shared libraries.',
  'Errors are reported to the caller, never swallowed here.',
  'The result is safe to cache for the duration of one request.',
  'See the runbook of this area before changing the defaults.',
];

/** A doc comment in the style real services carry: what the method does, and a note. */
function describeMethod(rng, signature, area) {
  const name = signature.trim().replace(/^(async |get )?/, '').split('(')[0];
  const lines = ['  /**', `   * ${name}: part of the ${area} workflow.`];
  if (rng.chance(0.6)) lines.push('   *', `   * ${rng.pick(NOTES)}`);
  lines.push('   */');
  return lines;
}
