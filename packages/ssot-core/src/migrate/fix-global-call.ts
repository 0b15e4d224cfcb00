import { Node, type Signature } from 'ts-morph';
import { splitGlobalPath } from '../match/compile-entry';
import type { NormalizedEntry } from '../registry/normalized-registry';
import { refuse, type Fix, type FixContext } from './fix-context';
import { FIX_HANDLES, getReplaceWith } from './fix-kinds';
import { parseReplaceWith, renderMember, renderReplaceWith, REPLACE_WITH_GRAMMAR, type ReplaceWith } from './replace-with';
import { checkReplacementCall } from './signature-fit';
import { getGlobalCallAt, getNodeAtSite } from './site-nodes';
import { referenceSsotExport } from './ssot-bindings';
import type { Lookup } from './ssot-declarations';

/**
 * A `global` bypass with `replaceWith` → the SSOT call (SPEC §8): the matched path in the callee
 * of a call is replaced by the `replaceWith` expression (see replace-with.ts), the import added or
 * merged. Refused when the global is shadowed here, the site is not a call, the replacement does not
 * type against the SSOT's source or does not take this call's arguments, or its name would clash.
 */
export const globalCallFix: Fix = {
  kind: 'global-call',
  handles: FIX_HANDLES['global-call'],
  decide(site, entry, context) {
    const declared = getReplaceWith(entry, site.text) ?? '';
    const replaceWith = parseReplaceWith(declared);
    if (!replaceWith) return refuse(`replaceWith "${declared}" is not one of ${REPLACE_WITH_GRAMMAR}`);
    const config = checkReplaceWith(entry, replaceWith, declared);
    if (config) return refuse(config);
    if (site.exempt) return refuse(`the file is exempt from ${entry.name} in ssot.json`);
    const root = getNodeAtSite(context.sourceFile, site.line, site.column);
    if (!root) return refuse(`no reference to ${site.text} at this position`);
    const shadowed = getShadowingDeclaration(root);
    if (shadowed) return refuse(shadowed);
    const found = getGlobalCallAt(root, splitGlobalPath(site.text).length);
    if ('reason' in found) return refuse(found.reason);
    const signatures = getReplacementSignatures(context, entry, replaceWith, found.extraMembers);
    if ('refused' in signatures) return refuse(signatures.refused);
    const label = declared + found.extraMembers.map(renderMember).join('');
    const misfit = checkReplacementCall(found.call, signatures.found, label);
    if (misfit) return refuse(misfit);
    const reference = referenceSsotExport(context, entry, replaceWith.head);
    if ('refused' in reference) return refuse(reference.refused);
    const text = renderReplaceWith(replaceWith, reference.text);
    const { matched, call } = found;
    const rest = call.getText().slice(matched.getEnd() - call.getStart());
    return { status: 'applied', replacement: text + rest, text: { start: matched.getStart(), end: matched.getEnd(), text }, imports: reference.imports };
  },
};


/** Registry-level rules: the head is an export the entry covers; `new` never bypasses a factory. */
function checkReplaceWith(entry: NormalizedEntry, replaceWith: ReplaceWith, declared: string): string | undefined {
  if (entry.module !== undefined) return `${entry.name} lives in the package ${entry.module}, outside the workspace: "${declared}" cannot be checked against it`;
  const covered = entry.exports === '*' || entry.exports.includes(replaceWith.head) || replaceWith.head === entry.factory;
  if (!covered) return `replaceWith "${declared}" starts from ${replaceWith.head}, which is not one of ${entry.name}'s exports (its "export" or "factory")`;
  if (replaceWith.form === 'new' && entry.factory !== undefined) return `replaceWith "${declared}" constructs ${replaceWith.head} with new, bypassing its factory ${entry.factory}()`;
  return undefined;
}

/** A reference whose root the file declares is not the global (the engine does not count it either). */
export function getShadowingDeclaration(root: Node): string | undefined {
  if (!Node.isIdentifier(root)) return undefined; // `import.meta` cannot be shadowed
  const local = root.getSymbol()?.getDeclarations().find((d) => d.getSourceFile() === root.getSourceFile());
  return local && `${root.getText()} is declared in this file at line ${local.getStartLineNumber()}: it shadows the global, so this is not ${root.getText()} of the runtime`;
}

/** Types the replacement (with the site's extra members) against the SSOT's source: its call signatures. */
function getReplacementSignatures(
  context: FixContext,
  entry: NormalizedEntry,
  replaceWith: ReplaceWith,
  extra: readonly string[],
): Lookup<Signature[]> {
  const source = entry.source;
  if (source === undefined || !context.env.project.getSource(source)) return { refused: `${source ?? entry.name} cannot be read` };
  const expression = renderReplaceWith(replaceWith, replaceWith.head) + extra.map(renderMember).join('');
  const probe = context.env.project.getProbe(source, replaceWith.head, expression);
  const [error] = probe.getPreEmitDiagnostics().filter((d) => d.getSourceFile()?.getFilePath() === probe.getFilePath());
  if (error) {
    const message = error.getMessageText();
    return { refused: `${expression} does not type against ${source}: ${typeof message === 'string' ? message : message.getMessageText()}` };
  }
  const initializer = probe.getVariableDeclarationOrThrow('__probe').getInitializerOrThrow();
  const signatures = initializer.getType().getCallSignatures();
  if (signatures.length === 0) return { refused: `${expression} is not callable (in ${source})` };
  return { found: signatures };
}
