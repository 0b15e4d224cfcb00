import ts from 'typescript';
import type { Scope } from './scope';
import type { FileWalk } from './walk-state';
import { setParents } from './parent-pointers';
import { noteCaughtUse } from './visit-catches';
import { addHandleAccess } from './visit-handles';
import { getMemberAccessOn, getNewOf, getStaticMemberName, isIntrinsicJsxTag } from './syntax';

/**
 * Value references: every identifier the walk reaches is noted with its scope and resolved after
 * the walk, when every declaration is known. A reference to an import binding is a binding ref
 * (`X`, `new X`, `X.y`, `ns.X`); to a handle, an access on it (`svc.run`); to nothing in scope, a
 * global (`JSON.parse`, `import.meta.env.X`), kept when the interest asks for its root.
 */

export function noteReference(walk: FileWalk, node: ts.Identifier, scope: Scope): void {
  walk.refs.push({ node, scope });
}

/** `{ a }` refers to `a`; `{ a = 1 }` (in a destructuring assignment) also has a value. */
export function visitShorthandProperty(walk: FileWalk, property: ts.ShorthandPropertyAssignment, scope: Scope): void {
  setParents(property);
  walk.refs.push({ node: property.name, scope });
  if (property.objectAssignmentInitializer) walk.visit(property.objectAssignmentInitializer, scope);
}

/** `<Foo …>` refers to `Foo`; `<div …>` to nothing. */
export function visitJsxTag(walk: FileWalk, node: ts.JsxOpeningLikeElement, scope: Scope): void {
  setParents(node);
  if (ts.isIdentifier(node.tagName)) {
    if (!isIntrinsicJsxTag(node.tagName.text)) walk.refs.push({ node: node.tagName, scope });
  } else {
    walk.visit(node.tagName, scope);
  }
  walk.visit(node.attributes, scope);
}

/** `import.meta` is never bound: a global root of its own. */
export function visitMetaProperty(walk: FileWalk, node: ts.MetaProperty): void {
  if (node.keywordToken !== ts.SyntaxKind.ImportKeyword || (walk.interest && !walk.interest.globalRoots.has('import.meta'))) return;
  walk.facts.globals.push({ ...walk.anchors.at(node), segments: ['import.meta', ...memberChain(node)], isNew: false });
}

export function resolveReferences(walk: FileWalk): void {
  for (const { node, scope } of walk.refs) {
    if (!isValueReference(node)) continue;
    const declaration = scope.lookup(node.text);
    if (declaration) noteCaughtUse(walk, declaration);
    if (declaration?.kind === 'import') addBindingRef(walk, node, declaration.binding);
    else if (declaration?.kind === 'local' && declaration.handle !== undefined) addHandleAccess(walk, node, declaration.handle);
    else if (!declaration) addGlobalRef(walk, node);
  }
}

function addBindingRef(walk: FileWalk, node: ts.Identifier, bindingIndex: number): void {
  const binding = walk.facts.bindings[bindingIndex];
  if (binding.typeOnly) return;
  let target: ts.Expression = node;
  let base = node.text;
  let member: string | undefined;
  if (binding.imported === '*') {
    const access = getMemberAccessOn(node);
    if (access) {
      member = getStaticMemberName(access);
      target = access;
      base = `${node.text}.${member}`;
    }
  }
  const newExpression = getNewOf(target);
  const staticAccess = newExpression ? undefined : getMemberAccessOn(target);
  const text = newExpression ? `new ${base}` : staticAccess ? `${base}.${getStaticMemberName(staticAccess)}` : base;
  walk.facts.refs.push({
    ...walk.anchors.at(node),
    binding: bindingIndex,
    member,
    text,
    isNew: newExpression !== undefined,
    newAt: newExpression ? walk.anchors.at(newExpression) : undefined,
  });
}

function addGlobalRef(walk: FileWalk, node: ts.Identifier): void {
  const newExpression = getNewOf(node);
  const { interest } = walk;
  const wanted = !interest || interest.globalRoots.has(node.text) || (newExpression !== undefined && interest.globalNewNames.has(node.text));
  if (!wanted) return;
  walk.facts.globals.push({
    ...walk.anchors.at(node),
    segments: [node.text, ...memberChain(node)],
    isNew: newExpression !== undefined,
    newAt: newExpression ? walk.anchors.at(newExpression) : undefined,
  });
}

/** The static member names that follow `node`: `process.env['A'].x` → `['env', 'A', 'x']`. */
function memberChain(node: ts.Node): string[] {
  const names: string[] = [];
  for (let access = getMemberAccessOn(node); access; access = getMemberAccessOn(access)) {
    const name = getStaticMemberName(access);
    if (name === undefined) break;
    names.push(name);
  }
  return names;
}

/** Kinds whose `name` is a declared name or a key, never a reference. */
const NAME_OWNER_KINDS = new Set([
  ts.SyntaxKind.BindingElement,
  ts.SyntaxKind.Parameter,
  ts.SyntaxKind.VariableDeclaration,
  ts.SyntaxKind.PropertyDeclaration,
  ts.SyntaxKind.PropertySignature,
  ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.MethodSignature,
  ts.SyntaxKind.GetAccessor,
  ts.SyntaxKind.SetAccessor,
  ts.SyntaxKind.EnumMember,
  ts.SyntaxKind.PropertyAssignment,
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.FunctionExpression,
  ts.SyntaxKind.ClassDeclaration,
  ts.SyntaxKind.ClassExpression,
  ts.SyntaxKind.TypeParameter,
]);

/** Every node of these kinds has a `name` (optional for functions and classes). */
function isNameOwner(node: ts.Node): node is ts.NamedDeclaration {
  return NAME_OWNER_KINDS.has(node.kind);
}

/** Identifiers the walk reaches that are names, not references (declarations, keys, labels). */
function isValueReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent)) return parent.expression === node;
  if (isNameOwner(parent)) return parent.name !== node;
  return !(ts.isQualifiedName(parent) || ts.isMetaProperty(parent) || ts.isJsxAttribute(parent) || ts.isJsxNamespacedName(parent) || ts.isNamespaceExportDeclaration(parent));
}
