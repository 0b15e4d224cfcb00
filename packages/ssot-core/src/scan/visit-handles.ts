import ts from 'typescript';
import type { HandleTarget } from './file-facts';
import type { LocalDeclaration, Scope } from './scope';
import type { FileWalk, TargetName } from './walk-state';
import { getMemberAccessOn, getStaticMemberName, getStaticString } from './syntax';

/**
 * Handles: variables, parameters and class properties that hold an entry's instance, known by
 * their annotation (`svc: Foo`) or initializer (`new Foo()`, `createFoo()`, `inject(Foo)`), and
 * the member accesses on them (`svc.run`, `this.config.get`). Candidates are noted during the walk
 * and resolved after it, when every import binding is known.
 */

/** Notes `name` as a handle candidate when its annotation or initializer names a root identifier. */
export function addHandleCandidate(walk: FileWalk, declaration: LocalDeclaration, scope: Scope, name: string, type: ts.TypeNode | undefined, initializer: ts.Expression | undefined): void {
  const annotation = type ? readTypeTarget(type) : undefined;
  const init = initializer ? readInitTarget(initializer) : undefined;
  if (annotation || init) walk.handles.push({ declaration, scope, name, annotation, init });
}

/** Candidates whose target is an import binding become handles, in the order they were declared. */
export function resolveHandles(walk: FileWalk): void {
  for (const pending of walk.handles) {
    const annotation = pending.annotation ? resolveTarget(walk, pending.annotation, pending.scope) : undefined;
    const initTarget = pending.init ? resolveTarget(walk, pending.init, pending.scope) : undefined;
    if (!annotation && !initTarget) continue;
    const init = initTarget && pending.init ? { ...initTarget, kind: pending.init.kind } : undefined;
    pending.declaration.handle = walk.facts.handles.length;
    walk.facts.handles.push({ name: pending.name, annotation, init });
  }
}

function resolveTarget(walk: FileWalk, target: TargetName, scope: Scope): HandleTarget | undefined {
  const declaration = scope.lookup(target.root);
  if (declaration?.kind !== 'import') return undefined;
  // `ns.Foo` names a member of a namespace binding; `Foo` a named binding. Anything else is not exactly a binding.
  const isNamespace = walk.facts.bindings[declaration.binding].imported === '*';
  if (isNamespace !== (target.member !== undefined)) return undefined;
  return { binding: declaration.binding, member: target.member };
}

/** `handle.member` on a resolved reference to a handle. */
export function addHandleAccess(walk: FileWalk, node: ts.Identifier, handle: number): void {
  const access = getMemberAccessOn(node);
  if (!access) return;
  walk.facts.handleAccesses.push({ ...walk.anchors.at(node), handle, text: `${node.text}.${getStaticMemberName(access)}` });
}

/** `this.<property>.<member>` in a class body is noted for `resolveThisAccesses`; the object and key are walked. */
export function visitMemberAccess(walk: FileWalk, node: ts.PropertyAccessExpression | ts.ElementAccessExpression, scope: Scope): void {
  const object = node.expression;
  if (walk.cls && (ts.isPropertyAccessExpression(object) || ts.isElementAccessExpression(object)) && object.expression.kind === ts.SyntaxKind.ThisKeyword) {
    const property = ts.isPropertyAccessExpression(object) ? object.name.text : getStaticString(object.argumentExpression);
    const member = getStaticMemberName(node);
    if (property !== undefined && member !== undefined) {
      walk.thisAccesses.push({ cls: walk.cls, property, node, text: `this.${property}.${member}` });
    }
  }
  walk.visitChild(object, node, scope);
  if (ts.isElementAccessExpression(node)) walk.visitChild(node.argumentExpression, node, scope);
}

export function resolveThisAccesses(walk: FileWalk): void {
  for (const access of walk.thisAccesses) {
    const handle = access.cls.properties.get(access.property)?.handle;
    if (handle === undefined) continue;
    walk.facts.handleAccesses.push({ ...walk.anchors.at(access.node), handle, text: access.text });
  }
}

/** `Foo`, `Foo<T>`, `ns.Foo` exactly (not unions, arrays, or wrappers). */
function readTypeTarget(type: ts.TypeNode): TargetName | undefined {
  if (!ts.isTypeReferenceNode(type)) return undefined;
  const name = type.typeName;
  if (ts.isIdentifier(name)) return { root: name.text };
  if (ts.isIdentifier(name.left)) return { root: name.left.text, member: name.right.text };
  return undefined;
}

function readInitTarget(initializer: ts.Expression): (TargetName & { kind: 'new' | 'call' | 'inject' }) | undefined {
  let expression = initializer;
  while (ts.isParenthesizedExpression(expression)) expression = expression.expression;
  if (ts.isNewExpression(expression)) {
    const target = readExpressionTarget(expression.expression);
    return target && { ...target, kind: 'new' };
  }
  if (!ts.isCallExpression(expression)) return undefined;
  const callee = expression.expression;
  const calleeName = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  if (calleeName === 'inject') {
    const [first] = expression.arguments;
    const target = first ? readExpressionTarget(first) : undefined;
    return target && { ...target, kind: 'inject' };
  }
  const target = readExpressionTarget(callee);
  return target && { ...target, kind: 'call' };
}

function readExpressionTarget(expression: ts.Expression): TargetName | undefined {
  if (ts.isIdentifier(expression)) return { root: expression.text };
  if (ts.isPropertyAccessExpression(expression) && ts.isIdentifier(expression.expression)) {
    return { root: expression.expression.text, member: expression.name.text };
  }
  return undefined;
}
