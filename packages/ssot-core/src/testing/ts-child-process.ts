/**
 * Test helper: runs this repository's TypeScript sources in child Node processes, for tests that
 * need real parallelism (several processes writing one file). The child transpiles each `.ts` file
 * as it is required (TypeScript's `transpileModule`: the sources are `isolatedModules`-safe) and maps
 * `ssot-core` / `ssot-runtime` to their sources, as jest's moduleNameMapper does. Nothing here is
 * used by the engine or the plugin.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '../../../..');

const ALIASES: Record<string, string> = {
  'ssot-core': join(REPO_ROOT, 'packages/ssot-core/src/index.ts'),
  'ssot-runtime': join(REPO_ROOT, 'packages/ssot-runtime/src/index.ts'),
};

/** Installed in the child before its own code: a `.ts` loader and the package aliases. */
const BOOTSTRAP = `
const fs = require('node:fs');
const Module = require('node:module');
const ts = require('typescript');
const aliases = JSON.parse(process.env.SSOT_TS_CHILD_ALIASES);
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, aliases[request] ?? request, ...rest);
};
Module._extensions['.ts'] = function (module, filename) {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, sourceMap: false },
  });
  module._compile(outputText, filename);
};
`;

export interface ChildOutcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `code` (CommonJS JavaScript that may `require()` `.ts` files by absolute path) in a child
 * process with the repository as its working folder. `args` are its `process.argv.slice(1)`.
 */
export function runTsChild(code: string, args: string[] = []): Promise<ChildOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', `${BOOTSTRAP}\n${code}`, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, SSOT_TS_CHILD_ALIASES: JSON.stringify(ALIASES) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ code: exitCode, stdout, stderr }));
  });
}
