// Module-level code: helper modules (handles as parameters and annotated locals), API modules
// (the HTTP client or axios), engine runners (the factory or `new Engine`).
import { Imports } from './imports.mjs';

// Each takes the import collector, the file's suffix `s` (its Row type is `${s}Row`) and a tag `t`
// that keeps function names unique within the file.
const UTIL_FUNCTIONS = [
  [3, (i, s, t) => [`export function format${s}${t}(rows: ${s}Row[]): string[] {`, `  return rows.map((row) => \`\${row.id}: \${row.amount.toFixed(2)} on \${${i.core('formatDate')}(row.createdAt, ${i.core('DATE_FORMAT')})}\`);`, '}']],
  [2, (i, s, t) => [`export function key${s}${t}(row: ${s}Row): string {`, `  return \`${s.toLowerCase()}/\${${i.core('formatDate')}(row.createdAt, 'yyyy-MM-dd')}/\${row.id}\`;`, '}']],
  [2, (i, s, t) => [`export function parse${s}${t}(raw: string): ${s}Row[] {`, `  return JSON.parse(raw) as ${s}Row[];`, '}']],
  [3, (i, s, t) => [`export function read${s}${t}(json: ${i.core('JsonHandler', 'type')}, raw: string): ${s}Row[] {`, `  const rows = json.parse<${s}Row[]>(raw);`, '  return rows.filter((row) => row.amount > 0);', '}']],
  [3, (i, s, t) => [`export function log${s}${t}(logger: ${i.core('Logger', 'type')}, rows: ${s}Row[]): void {`, `  logger.info(\`${s}: \${rows.length} rows\`);`, "  if (rows.length === 0) logger.warn('nothing to do');", '}']],
  [2, (i, s, t) => [`export function debug${s}${t}(rows: ${s}Row[]): void {`, `  console.debug('${s}', rows.length, rows[0]?.id);`, '}']],
  [2, (i, s, t) => [`export function flag${s}${t}(): boolean {`, `  return process.env.FEATURE_${s.toUpperCase()} === 'true';`, '}']],
  [2, (i, s, t) => [`export function settings${s}${t}(): { size: number } {`, `  const config: ${i.core('ConfigService', 'type')} = new ${i.core('ConfigService')}();`, "  return { size: config.getNumber('PAGE_SIZE', 20) };", '}']],
  [4, (i, s, t) => [`export function group${s}${t}(rows: ${s}Row[]): Map<string, ${s}Row[]> {`, `  const groups = new Map<string, ${s}Row[]>();`, '  for (const row of rows) {', '    const bucket = groups.get(row.id.slice(0, 2)) ?? [];', '    bucket.push(row);', '    groups.set(row.id.slice(0, 2), bucket);', '  }', '  return groups;', '}']],
].map(([weight, build]) => [build, weight]); // rng.weighted takes [value, weight]

export function buildUtilFile(rng, project, file, env) {
  const imports = new Imports();
  const i = { core: (name, kind) => imports.add('@bench/core', name, kind) };
  const s = file.suffix;
  const body = [];
  const count = rng.int(3, 8);
  for (let index = 0; index < count; index += 1) body.push(rng.weighted(UTIL_FUNCTIONS)(i, s, String.fromCharCode(65 + index)));
  const helpers = [...env.localExports, ...env.depExports].filter((e) => e.kind === 'util');
  if (helpers.length > 0 && rng.chance(0.5)) {
    const other = rng.pick(helpers);
    imports.add(other.module, other.name);
    body.push([`export function combined${s}(rows: ${s}Row[]): number {`, `  return ${other.name}(rows) + sum${s}(rows);`, '}']);
  }
  return [
    `// Helpers for ${file.area} in ${project.name}: formatting, parsing and totals.`,
    ...imports.render(),
    '',
    `export interface ${s}Row {`,
    '  id: string;',
    '  amount: number;',
    '  createdAt: Date;',
    '}',
    '',
    '/** Rows with a non-positive amount are ignored. */',
    `export function sum${s}(rows: ReadonlyArray<{ amount: number }>): number {`,
    '  return rows.reduce((total, row) => (row.amount > 0 ? total + row.amount : total), 0);',
    '}',
    ...body.flatMap((lines) => ['', ...lines]),
    '',
  ].join('\n');
}

export function buildApiFile(rng, project, file) {
  const s = file.suffix;
  const path = `/api/${project.name}/${file.area}`;
  if (rng.chance(0.6)) {
    const lazy = rng.chance(0.15);
    return [
      `import axios from 'axios';`,
      '',
      `/* API calls for ${file.area}: still on axios, to be moved to HttpClient. */`,
      `export async function fetch${s}(id: string): Promise<unknown> {`,
      `  const { data } = await axios.get(\`${path}/\${id}\`);`,
      '  return data;',
      '}',
      '',
      `export async function save${s}(id: string, body: Record<string, unknown>): Promise<number> {`,
      `  const response = await axios.post(\`${path}/\${id}\`, body, { timeout: 5000 });`,
      '  return response.status;',
      '}',
      ...(lazy ? ['', `export async function upload${s}(blob: unknown): Promise<void> {`, "  const client = await import('axios');", `  await client.default.put('${path}/upload', blob);`, '}'] : []),
      '',
    ].join('\n');
  }
  return [
    `import { HttpClient } from '@bench/http';`,
    '',
    `const client = new HttpClient('${path}');`,
    '',
    `export async function fetch${s}(id: string): Promise<string> {`,
    '  const response = await client.get(`/${id}`);',
    '  return response.body;',
    '}',
    '',
    `export async function save${s}(id: string, body: string): Promise<number> {`,
    '  const response = await client.post(`/${id}`, body);',
    '  return response.status;',
    '}',
    '',
  ].join('\n');
}

export function buildRunnerFile(rng, project, file) {
  const s = file.suffix;
  const direct = rng.chance(0.3);
  return [
    direct ? `import { Engine } from '@bench/engine';` : `import { createEngine, type Engine } from '@bench/engine';`,
    '',
    `/** Runs the ${file.area} tasks of ${project.name} for one user. */`,
    `export async function run${s}(user: string, tasks: readonly string[]): Promise<readonly string[]> {`,
    `  const engine: Engine = ${direct ? 'new Engine({ user })' : 'createEngine({ user })'};`,
    '  for (const task of tasks) {',
    '    await engine.run(`${task}:' + s + '`);',
    '  }',
    '  return engine.getHistory();',
    '}',
    '',
  ].join('\n');
}
