import ts from 'typescript';
import { Scope, type LocalDeclaration } from './scope';
import type { FileWalk } from './walk-state';
import { setParents } from './parent-pointers';
import { readClassDeclaration } from './collect-declarations';
import { visitComputedName, visitDecorators } from './visit-declarations';
import { addHandleCandidate } from './visit-handles';
import { noteExportedName } from './visit-imports-exports';
import { getSelfExportName } from './syntax';

/**
 * Class declarations and expressions: a declaration fact (for declarations), the name they
 * export, and a class context that collects the properties `this.<name>` can refer to, so that
 * `this.config.get` in a method is an access on the `config` handle.
 */
export function visitClass(walk: FileWalk, node: ts.ClassLikeDeclaration, scope: Scope): void {
  setParents(node);
  if (ts.isClassDeclaration(node)) {
    const declared = readClassDeclaration(node, walk.sf);
    if (declared) walk.facts.declarations.push(declared);
    if (node.name) scope.declare(node.name.text);
  }
  noteExportedName(walk, getSelfExportName(node));
  visitDecorators(walk, node, scope);
  const inner = new Scope(scope, false);
  if (ts.isClassExpression(node) && node.name) inner.declare(node.name.text);
  for (const clause of node.heritageClauses ?? []) {
    // `extends Base` is a value; `implements I` is a type.
    if (clause.token !== ts.SyntaxKind.ExtendsKeyword) continue;
    setParents(clause);
    for (const type of clause.types) {
      setParents(type);
      walk.visit(type.expression, inner);
    }
  }
  const outer = walk.cls;
  walk.cls = { properties: new Map() };
  for (const member of node.members) {
    if (ts.isPropertyDeclaration(member)) visitProperty(walk, member, inner);
    else walk.visit(member, inner);
  }
  walk.cls = outer;
}

function visitProperty(walk: FileWalk, member: ts.PropertyDeclaration, scope: Scope): void {
  setParents(member);
  visitDecorators(walk, member, scope);
  if (ts.isComputedPropertyName(member.name)) visitComputedName(walk, member.name, scope);
  if (member.initializer) walk.visit(member.initializer, scope);
  if ((ts.isIdentifier(member.name) || ts.isPrivateIdentifier(member.name)) && walk.cls) {
    const declaration: LocalDeclaration = { kind: 'local' };
    walk.cls.properties.set(member.name.text, declaration);
    addHandleCandidate(walk, declaration, scope, member.name.text, member.type, member.initializer);
  }
}
