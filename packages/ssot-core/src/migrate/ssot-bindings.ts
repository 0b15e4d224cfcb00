import { posix } from 'node:path';
import { Node } from 'ts-morph';
import type { Hop } from '../match/export-chains';
import type { NormalizedEntry } from '../registry/normalized-registry';
import type { Site } from '../result/site';
import type { ImportBinding } from '../scan/file-facts';
import type { ImportEdit } from './file-edits';
import type { FixContext } from './fix-context';
import { findImportBinding } from './import-edits';
import { findNameClash } from './name-clash';

/** The import bindings behind a site: the referenced binding, or a handle's initializer and annotation. */
export function getSiteBindings(context: FixContext, site: Site): number[] {
  const { facts } = context;
  const at = (p: { line: number; column: number }) => p.line === site.line && p.column === site.column;
  if (site.kind === 'handle') {
    const access = facts.handleAccesses.find(at);
    const handle = access && facts.handles[access.handle];
    return [handle?.init?.binding, handle?.annotation?.binding].filter((b): b is number => b !== undefined);
  }
  return facts.refs.filter(at).map((ref) => ref.binding);
}

/** The export chain of a binding, from the importing file. */
export function getChain(context: FixContext, binding: ImportBinding, member?: string): Hop[] {
  const name = binding.imported === '*' ? (member ?? '*') : binding.imported;
  return context.env.index.chains.resolveImport(context.file, binding.specifier, name).hops;
}

export function reaches(hops: readonly Hop[], file: string | undefined, name: string): boolean {
  return hops.some((hop) => hop.file === file && hop.name === name);
}

/**
 * The name under which `specifier`, imported from this file, exports the SSOT's `name` of `source`:
 * the same name, or a rename its entry point declares (`export { a as b } from`). Undefined when none.
 */
export function findExportName(context: FixContext, specifier: string, source: string, name: string): string | undefined {
  const chains = context.env.index.chains;
  const entryFile = chains.resolveImport(context.file, specifier, '*').resolvedFile;
  const exports = entryFile === undefined ? undefined : context.env.index.getKeptFacts(entryFile)?.exports;
  const candidates = [name, ...(exports?.aliases.map((a) => a.exported) ?? []), ...(exports?.from.map((f) => f.exported) ?? [])];
  return candidates.find((candidate) => reaches(chains.resolveImport(context.file, specifier, candidate).hops, source, name));
}

/** How a fix writes a reference to the SSOT's `name` in this file, and the import edits that makes it valid. */
export type SsotReference = { text: string; imports: ImportEdit[] } | { refused: string };

/**
 * Reuse an import that already reaches `name` in the entry's source (a type-only one becomes a
 * value import; a namespace gives `ns.name`), else import it from `preferred` when that reaches it,
 * else from the canonical specifier — refusing when the local name would clash.
 */
export function referenceSsotExport(context: FixContext, entry: NormalizedEntry, name: string, preferred?: string): SsotReference {
  const source = entry.source;
  if (source === undefined) return { refused: `${entry.name} lives in the package ${entry.module}` };
  for (const binding of [...context.facts.bindings].sort((a, b) => Number(a.typeOnly) - Number(b.typeOnly))) {
    const isNamespace = binding.imported === '*';
    if (isNamespace && binding.typeOnly) continue;
    if (!reaches(getChain(context, binding, isNamespace ? name : undefined), source, name)) continue;
    const declaration = findImportDeclaration(context, binding);
    if (!declaration) continue; // a require() binding: not an import this planner edits
    const own = (d: Node) => d.getFirstAncestor((a) => a === declaration) !== undefined;
    const clash = findNameClash(context.sourceFile, binding.local, own);
    if (clash) return { refused: clash };
    if (isNamespace) return { text: `${binding.local}.${name}`, imports: [] };
    const imports: ImportEdit[] = binding.typeOnly ? [{ kind: 'ensure', specifier: binding.specifier, name: binding.imported, local: binding.local, typeOnly: false }] : [];
    return { text: binding.local, imports };
  }
  const chains = context.env.index.chains;
  const specifier =
    preferred !== undefined && reaches(chains.resolveImport(context.file, preferred, name).hops, source, name) ? preferred : getImportSpecifier(context, entry);
  if (specifier === undefined) return { refused: `no public entry point (root tsconfig paths alias or package name) exports ${name} of ${source}` };
  const exported = findExportName(context, specifier, source, name);
  if (exported === undefined) return { refused: `'${specifier}' does not lead to ${name} of ${source} from this file` };
  const local = exported === 'default' ? name : exported;
  const clash = findNameClash(context.sourceFile, local);
  if (clash) return { refused: `importing ${local} would clash: ${clash}` };
  return { text: local, imports: [{ kind: 'ensure', specifier, name: exported, local, typeOnly: false }] };
}

/**
 * Where this file should import the entry from: its public entry point (the canonical specifier),
 * except inside the project that owns the source, where importing the project's own barrel would
 * make an import cycle: there, a relative path to the source (with `.js` when the file's other
 * relative imports carry an extension, as node16 resolution wants).
 */
export function getImportSpecifier(context: FixContext, entry: NormalizedEntry): string | undefined {
  const { projects } = context.env.index;
  const source = entry.source;
  const owner = source === undefined ? undefined : projects.getOwnerInfo(source);
  if (source === undefined || !owner || projects.getOwnerInfo(context.file) !== owner) return context.env.getCanonical(entry);
  let path = posix.relative(posix.dirname(context.file), source).replace(/\.(tsx?|mts|cts)$/, '');
  if (!path.startsWith('.')) path = `./${path}`;
  const withExtension = context.facts.bindings.some((b) => b.specifier.startsWith('.') && /\.[mc]?js$/.test(b.specifier));
  return withExtension ? `${path}${JS_EXTENSION[posix.extname(source)] ?? '.js'}` : path;
}

const JS_EXTENSION: Record<string, string> = { '.ts': '.js', '.tsx': '.js', '.mts': '.mjs', '.cts': '.cjs' };

/** The ES import declaration of a binding (named, default or namespace); undefined for a require(). */
function findImportDeclaration(context: FixContext, binding: ImportBinding): Node | undefined {
  if (binding.imported !== '*') return findImportBinding(context.sourceFile, binding.specifier, binding.local)?.declaration;
  return context.sourceFile
    .getImportDeclarations()
    .find((d) => d.getModuleSpecifierValue() === binding.specifier && d.getNamespaceImport()?.getText() === binding.local);
}
