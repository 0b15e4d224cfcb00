import { Node } from 'ts-morph';
import type { ImportEdit } from './file-edits';
import { refuse, type Fix } from './fix-context';
import { FIX_HANDLES } from './fix-kinds';
import { compareFactoryToConstructor, checkArgumentCount } from './signature-fit';
import { getNewExpressionAt, getNodeAtSite } from './site-nodes';
import { getChain, getSiteBindings, referenceSsotExport } from './ssot-bindings';

/**
 * `new X(args)` → `factory(args)` (SPEC §8), for `factory-bypass` sites. Only `new X` is replaced
 * (the arguments are not touched, so fixes inside them compose). Refused unless the factory takes
 * the constructor's parameters (same arity, same annotated types), accepts this call's arguments,
 * is synchronous, and can be referenced here without a name clash. The class import is dropped
 * when nothing else refers to it.
 */
export const factoryCallFix: Fix = {
  kind: 'factory-call',
  handles: FIX_HANDLES['factory-call'],
  decide(site, entry, context) {
    const factory = entry.factory;
    if (factory === undefined) return refuse(`${entry.name} has no factory`);
    if (site.exempt) return refuse(`the file is exempt from ${entry.name} in ssot.json`);
    if (context.file === entry.source) return refuse(`inside ${entry.name}'s own source, where its factory constructs it`);
    const node = getNodeAtSite(context.sourceFile, site.line, site.column);
    const found = node && getNewExpressionAt(node);
    if (!found) return refuse('no `new` expression at this position');
    const { expression, classReference } = found;
    if (expression.getTypeArguments().length > 0) return refuse('the construction has type arguments, which the factory call would not carry');
    const binding = getSiteBindings(context, site)
      .map((index) => context.facts.bindings[index])
      .find((b) => b !== undefined);
    const member = Node.isPropertyAccessExpression(classReference) ? classReference.getName() : undefined;
    const hop = binding && getChain(context, binding, member).find((h) => h.file === entry.source);
    if (!binding || !hop) return refuse(`the import of ${entry.name} behind this construction was not found`);
    const constructor = context.env.declarations.getConstructor(entry, hop.name);
    if ('refused' in constructor) return refuse(constructor.refused);
    const made = context.env.declarations.getFactory(entry);
    if ('refused' in made) return refuse(made.refused);
    if (made.found.returnsPromise) return refuse(`${made.found.label} is asynchronous (returns a Promise), ${constructor.found.label} is not`);
    const mismatch = compareFactoryToConstructor(constructor.found, made.found);
    if (mismatch) return refuse(mismatch);
    const args = expression.getArguments();
    const arity = checkArgumentCount(made.found, args.length, args.some((arg) => Node.isSpreadElement(arg)));
    if (arity) return refuse(arity);
    // A namespace import that also exports the factory gives `ns.factory`; otherwise prefer the
    // class's own specifier (the import to merge into), unless it is a legacy path.
    const isLegacy = context.env.compiled.byName.get(entry.name)?.legacy.some((p) => p.matchesSpecifier(binding.specifier)) ?? false;
    const reference = referenceSsotExport(context, entry, factory, isLegacy ? undefined : binding.specifier);
    if ('refused' in reference) return refuse(reference.refused);
    const hasArgumentList = expression.compilerNode.arguments !== undefined;
    const text = `${reference.text}${hasArgumentList ? '' : '()'}`;
    const imports: ImportEdit[] = [...reference.imports];
    if (binding.imported !== '*') imports.push({ kind: 'drop-if-unused', specifier: binding.specifier, local: binding.local });
    return {
      status: 'applied',
      replacement: `${reference.text}(${args.map((arg) => arg.getText()).join(', ')})`,
      text: { start: expression.getStart(), end: classReference.getEnd(), text },
      imports,
    };
  },
};
