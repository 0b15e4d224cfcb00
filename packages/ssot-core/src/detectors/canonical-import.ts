import type { NormalizedEntry } from '../registry/normalized-registry';
import { getPublicSpecifiers } from '../match/public-entries';
import type { WorkspaceIndex } from '../stages/index-workspace';

/** Imports are resolved as from a file at the workspace root: root tsconfig aliases and package names apply. */
const ROOT_IMPORTER = 'ssot.json';

/**
 * The specifier consumers should import an SSOT with: its owner project's public entry point —
 * an exact alias of the root tsconfig, else the owner's package name — that resolves into the owner
 * project and whose export chain reaches the SSOT in its source. A `module` entry's is its module.
 * Undefined when no public entry point exports it. Aliases are tried in name order, so the answer
 * is the same on every machine; each entry is looked up once per run.
 */
export function createCanonicalImports(context: Pick<WorkspaceIndex, 'host' | 'projects' | 'chains' | 'getKeptFacts' | 'tsconfigs'>): (entry: NormalizedEntry) => string | undefined {
  const { tsconfigs } = context;
  const cache = new Map<string, string | undefined>();

  const find = (entry: NormalizedEntry): string | undefined => {
    const source = entry.source;
    if (source === undefined) return entry.module;
    const owner = context.projects.getOwnerInfo(source);
    if (!owner) return undefined;
    const names = entry.exports === '*' ? (context.getKeptFacts(source)?.exports.local ?? []) : [...entry.exports, ...(entry.factory ? [entry.factory] : [])];
    const candidates = getPublicSpecifiers(context.host, tsconfigs, owner.root);
    return candidates.find((specifier) => {
      const entryFile = context.chains.resolveImport(ROOT_IMPORTER, specifier, '*').resolvedFile;
      if (entryFile === undefined || context.projects.getOwnerInfo(entryFile)?.name !== owner.name) return false;
      // The entry point may rename the SSOT (`export { DATE_FORMAT as ISO_DATE_FORMAT } from …`):
      // try its explicit export names as well as the SSOT's own (which `export *` keeps).
      const exports = context.getKeptFacts(entryFile)?.exports;
      const exported = new Set([...names, ...(exports?.aliases.map((a) => a.exported) ?? []), ...(exports?.from.map((f) => f.exported) ?? [])]);
      return [...exported].some((name) => context.chains.resolveImport(ROOT_IMPORTER, specifier, name).hops.some((hop) => hop.file === source && names.includes(hop.name)));
    });
  };

  return (entry) => {
    if (!cache.has(entry.name)) cache.set(entry.name, find(entry));
    return cache.get(entry.name);
  };
}
