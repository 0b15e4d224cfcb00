/**
 * Registry loading, the first stage of the pipeline: read → parse → validate (schema, then rules a
 * schema cannot state) → check paths against the workspace → normalise. Every problem is collected
 * and thrown together as one `SsotConfigError` (exit 2, nothing analysed).
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SsotConfigError } from '../errors';
import { checkRegistrySemantics } from './check-registry-semantics';
import { checkWorkspacePaths } from './check-workspace-paths';
import { parseJsonDocument } from './json-document';
import type { JsonDocument } from './json-document';
import { normalizeRegistry } from './normalize-registry';
import type { NormalizedRegistry } from './normalized-registry';
import type { RegistryFile } from './registry.generated';
import { validateRegistrySchema } from './validate-registry';

/** Validates and normalises registry text; `file` (workspace-relative) only names it in messages. */
export function parseRegistry(text: string, file = 'ssot.json'): NormalizedRegistry {
  return normalizeRegistry(readRegistryFile(text, file).registry);
}

/** Reads `<workspaceRoot>/<file>`, validates it, and checks its paths against the workspace. */
export function loadRegistry(workspaceRoot: string, file = 'ssot.json'): NormalizedRegistry {
  const { registry, document } = readRegistryFile(readRegistryText(workspaceRoot, file), file);
  const problems = checkWorkspacePaths(registry, (path) => isFile(join(workspaceRoot, path)));
  if (problems.length > 0) throw document.toError(problems);
  return normalizeRegistry(registry);
}

function readRegistryFile(text: string, file: string): { registry: RegistryFile; document: JsonDocument } {
  const document = parseJsonDocument(text, file);
  const { registry, problems: schemaProblems } = validateRegistrySchema(document.value);
  const problems = [...document.duplicateKeys, ...schemaProblems, ...checkRegistrySemantics(document.value)];
  if (problems.length > 0 || registry === undefined) throw document.toError(problems);
  return { registry, document };
}

function readRegistryText(workspaceRoot: string, file: string): string {
  try {
    return readFileSync(resolve(workspaceRoot, file), 'utf8');
  } catch (error) {
    // Checked by shape: fs errors need not be `instanceof Error` of this realm (jest's sandbox).
    const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
    const missing = code === 'ENOENT';
    const problem = {
      file,
      path: '$',
      expected: missing ? 'a registry file (create one with `nx g ssot-plugin:init`)' : 'a readable file',
      found: missing ? 'nothing' : String(code ?? error),
    };
    const summary = missing
      ? `No registry: ${file} does not exist in ${workspaceRoot}. Create one with \`nx g ssot-plugin:init\` ` +
        '(or `nx add ssot-plugin`), then list your SSOTs in its "entries".'
      : `Cannot read the registry ${file} in ${workspaceRoot}: ${problem.found}`;
    throw new SsotConfigError([problem], summary);
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
