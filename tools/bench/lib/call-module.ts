// The bench is ES modules (.mjs) and jest runs the specs as CommonJS: the specs call a pure
// export in a child Node process, every case of a table in one call, through JSON.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** `name(...args)` for every `args` of `cases`, from `tools/bench/lib/<module>`; the results in order. */
export function callEach<T>(module: string, name: string, cases: unknown[][]): T[] {
  const url = `file://${join(__dirname, module)}`;
  const script = `const m = await import(${JSON.stringify(url)}); const cases = JSON.parse(process.argv[1]);
process.stdout.write(JSON.stringify(cases.map((args) => m[${JSON.stringify(name)}](...args) ?? null)));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(cases)], { encoding: 'utf8' });
  return JSON.parse(out) as T[];
}
