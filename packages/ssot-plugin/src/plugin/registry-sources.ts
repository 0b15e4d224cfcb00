import { join } from 'node:path';
import { isRecord, readJsonObject } from 'ssot-core/project-inference';

/**
 * The SSOT source files the registry names (`entries[].source`). A check reads them even when its
 * project does not import them: a rival class anywhere is compared with the SSOT's public members
 * (duplicate-implementation), so they are inputs of every check. Only this one field is read: the
 * registry's validation is ssot-core's, and a registry it rejects fails the check anyway.
 */
export function readRegistrySources(workspaceRoot: string, registry: string): string[] {
  const entries = readJsonObject(join(workspaceRoot, registry))?.entries;
  if (!Array.isArray(entries)) return [];
  const sources = new Set<string>();
  for (const entry of entries) {
    if (!isRecord(entry) || typeof entry.source !== 'string') continue;
    const source = entry.source.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
    // A path that leaves the workspace is an error ssot-core reports; it cannot be an input.
    if (source === '' || source.startsWith('/') || /^[A-Za-z]:/.test(source) || source.split('/').includes('..')) continue;
    sources.add(source);
  }
  return [...sources].sort();
}
