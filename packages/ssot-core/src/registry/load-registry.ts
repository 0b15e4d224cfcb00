/**
 * Registry loading, the first stage of the pipeline: read → parse → validate (schema, then rules a
 * schema cannot state) → check paths against the workspace → normalise. Every problem is collected
 * and thrown together as one `SsotConfigError` (exit 2, nothing analysed).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SsotConfigError } from '../errors';
import type { ConfigProblem } from '../errors';
import { createFileSystemHost } from '../workspace/fs-host';
import type { ProjectInfo } from '../workspace/workspace-projects';
import { checkProjectPatterns } from './check-project-patterns';
import { checkRegistrySemantics } from './check-registry-semantics';
import { checkSourceExports } from './check-source-exports';
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

export interface LoadRegistryOptions {
  /** The workspace's projects: with them, `projects` patterns that match none are warned about. */
  projects?: readonly ProjectInfo[];
  /** Receives each warning, placed in the file (line, column, JSON path); nothing stops. */
  onWarning?: (warning: ConfigProblem) => void;
}

/**
 * Reads `<workspaceRoot>/<file>`, validates it, and checks it against the workspace: its paths stay
 * inside, each `source` exists (as the analysis sees files: no link out of the workspace) and
 * exports the entry's `export` and `factory`. Project patterns that match no project are warnings.
 */
export function loadRegistry(workspaceRoot: string, file = 'ssot.json', options: LoadRegistryOptions = {}): NormalizedRegistry {
  const { registry, document } = readRegistryFile(readRegistryText(workspaceRoot, file), file);
  const host = createFileSystemHost(workspaceRoot);
  const problems = checkWorkspacePaths(registry, (path) => host.fileExists(path), (dir) => host.listFiles(dir));
  problems.push(...checkSourceExports(registry, (path) => (host.fileExists(path) ? host.readFile(path) : undefined)));
  if (problems.length > 0) throw document.toError(problems);
  if (options.projects && options.onWarning) {
    const warnings = checkProjectPatterns(registry, options.projects);
    // The same placement as errors (line, column, sorted), without throwing.
    if (warnings.length > 0) document.toError(warnings).problems.forEach((warning) => options.onWarning?.(warning));
  }
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
    const why = code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : problem.found;
    const summary = missing
      ? `No registry: ${file} does not exist in ${workspaceRoot}. Create one with \`nx g ssot-plugin:init\` ` +
        '(or `nx add ssot-plugin`), then list your SSOTs in its "entries".'
      : `Cannot read the registry ${file} in ${workspaceRoot} (${why}). Point the "registry" option at the registry file, or make it readable.`;
    throw new SsotConfigError([problem], summary);
  }
}
