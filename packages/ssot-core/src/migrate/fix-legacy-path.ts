import type { CompiledEntry } from '../match/compile-entry';
import { classifyBinding } from '../match/classify-binding';
import type { NormalizedEntry } from '../registry/normalized-registry';
import type { ImportBinding } from '../scan/file-facts';
import type { ImportEdit } from './file-edits';
import { refuse, type Fix, type FixContext } from './fix-context';
import { FIX_HANDLES } from './fix-kinds';
import { findImportBinding } from './import-edits';
import { findExportName, getChain, getImportSpecifier, getSiteBindings } from './ssot-bindings';

type Target = { specifier: string; name: string } | { refused: string };

/**
 * Legacy path → canonical import (SPEC §8). The unit is the import binding behind a `legacy-shim`
 * usage: it leaves the legacy import (which is split when other names stay, removed when empty)
 * and joins the canonical one, or a new one, under the name the canonical entry point exports it
 * by, keeping its local name (`import { New as Old }`), so no other line changes. Every SSOT name
 * of the same legacy import moves with it.
 */
export const legacyPathFix: Fix = {
  kind: 'legacy-path',
  handles: FIX_HANDLES['legacy-path'],
  decide(site, entry, context) {
    const compiled = context.env.compiled.byName.get(entry.name);
    if (!compiled) return refuse(`${entry.name} is not in the registry`);
    if (site.exempt) return refuse(`the file is exempt from ${entry.name} in ssot.json`);
    const bindings = getSiteBindings(context, site).map((index) => context.facts.bindings[index]);
    if (bindings.some((b) => b.imported === '*' && compiled.legacy.some((p) => p.matchesSpecifier(b.specifier)))) {
      return refuse('a namespace import (or require) of a legacy path: which names it uses is not one import to move; rewrite it by hand');
    }
    const binding = bindings.find((b) => isLegacyBinding(context, compiled, b));
    if (!binding) return refuse('the import behind this usage was not found');
    if (!findImportBinding(context.sourceFile, binding.specifier, binding.local)) return refuse('not an ES import (require or import =): rewrite it by hand');
    const target = getCanonicalTarget(context, entry, compiled, binding);
    if ('refused' in target) return refuse(target.refused);
    const moves: ImportEdit[] = [];
    for (const other of context.facts.bindings) {
      if (other.specifier !== binding.specifier || other.imported === '*' || !isLegacyBinding(context, compiled, other)) continue;
      const to = other === binding ? target : getCanonicalTarget(context, entry, compiled, other);
      // A sibling that cannot move stays on the legacy path; its own sites say why.
      if ('refused' in to || !findImportBinding(context.sourceFile, other.specifier, other.local)) continue;
      moves.push({ kind: 'move', from: other.specifier, local: other.local, to: to.specifier, name: to.name, typeOnly: other.typeOnly });
    }
    const name = target.name === binding.local ? target.name : `${target.name} as ${binding.local}`;
    return { status: 'applied', replacement: `import { ${name} } from '${target.specifier}'`, imports: moves };
  },
};

function isLegacyBinding(context: FixContext, compiled: CompiledEntry, binding: ImportBinding): boolean {
  if (binding.imported === '*') return false;
  const chain = context.env.index.chains.resolveImport(context.file, binding.specifier, binding.imported);
  const role = classifyBinding(compiled, { specifier: binding.specifier, name: binding.imported, chain, isDeep: false });
  return role?.side === 'usage' && role.pattern === 'legacy-shim';
}

/** The canonical specifier and the name it exports the binding's SSOT name by. */
function getCanonicalTarget(context: FixContext, entry: NormalizedEntry, compiled: CompiledEntry, binding: ImportBinding): Target {
  const canonical = entry.module ?? getImportSpecifier(context, entry);
  if (canonical === undefined) return { refused: `no public entry point exports ${entry.name}: give its project a root tsconfig paths alias or a package name` };
  if (compiled.legacy.some((pattern) => pattern.matchesSpecifier(canonical))) return { refused: `the public entry point '${canonical}' is itself a legacy path` };
  const hops = getChain(context, binding);
  if (entry.module !== undefined) {
    const name = getModuleExportName(context, entry.module, hops[hops.length - 1]);
    return name === undefined ? { refused: `cannot tell which export of ${entry.module} '${binding.specifier}' re-exports` } : { specifier: entry.module, name };
  }
  const hop = hops.find((h) => h.file === entry.source);
  if (!hop || entry.source === undefined) return { refused: `'${binding.specifier}' does not lead to ${entry.source} in the workspace` };
  const name = findExportName(context, canonical, entry.source, hop.name);
  if (name === undefined) return { refused: `'${canonical}' does not lead to ${hop.name} of ${entry.source} from this file` };
  return { specifier: canonical, name };
}

/** A shim's `export { X } from 'module'` (or import-then-export): the name it takes from the module. */
function getModuleExportName(context: FixContext, module: string, last: { file: string; name: string } | undefined): string | undefined {
  const facts = last && context.env.index.getKeptFacts(last.file);
  if (!facts || !last) return undefined;
  const from = facts.exports.from.find((f) => f.exported === last.name && f.specifier === module);
  if (from) return from.imported;
  const alias = facts.exports.aliases.find((a) => a.exported === last.name);
  return facts.bindings.find((b) => b.local === alias?.local && b.specifier === module)?.imported;
}
