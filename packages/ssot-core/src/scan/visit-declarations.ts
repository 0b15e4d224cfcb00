import ts from 'typescript';
import { Scope } from './scope';
import type { FileWalk } from './walk-state';
import { setParents } from './parent-pointers';
import { readStringConstant, readVariableDeclaration } from './collect-declarations';
import { addHandleCandidate } from './visit-handles';
import { declareRequire, noteExportedName } from './visit-imports-exports';
import { collectBindingNames, getRequireSpecifier, isExported } from './syntax';

/**
 * Declarations other than functions and classes (`visit-functions.ts`, `visit-classes.ts`):
 * variables and their binding patterns, namespaces and enums, and the decorators and computed
 * names that any declaration can carry. Each declares its names in the scope they belong to and
 * walks the values it holds.
 */

export function visitVariables(walk: FileWalk, list: ts.VariableDeclarationList, scope: Scope): void {
  setParents(list);
  const isVar = (list.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const | ts.NodeFlags.Using)) === 0;
  const target = isVar ? scope.getFunctionScope() : scope;
  const exported = ts.isVariableStatement(list.parent) && isExported(list.parent);
  const { facts, sf } = walk;
  for (const declaration of list.declarations) {
    setParents(declaration);
    if (exported) facts.exports.local.push(...collectBindingNames(declaration.name));
    const declared = readVariableDeclaration(declaration, sf, exported);
    if (declared) facts.declarations.push(declared);
    const constant = exported && (list.flags & ts.NodeFlags.Const) !== 0 ? readStringConstant(declaration, sf) : undefined;
    if (constant) facts.constants.push(constant);
    const specifier = declaration.initializer ? getRequireSpecifier(declaration.initializer) : undefined;
    if (specifier !== undefined && declareRequire(walk, declaration.name, specifier, target)) continue;
    declarePattern(walk, declaration.name, target, scope);
    if (ts.isIdentifier(declaration.name)) {
      const local = target.names.get(declaration.name.text);
      if (local?.kind === 'local') addHandleCandidate(walk, local, scope, declaration.name.text, declaration.type, declaration.initializer);
    }
    if (declaration.initializer) walk.visit(declaration.initializer, scope);
  }
}

/** Declares the names of a binding pattern in `target` and visits its default values and computed keys in `valueScope`. */
export function declarePattern(walk: FileWalk, name: ts.BindingName, target: Scope, valueScope: Scope): void {
  if (ts.isIdentifier(name)) {
    target.declare(name.text);
    return;
  }
  setParents(name);
  for (const element of name.elements) {
    if (ts.isOmittedExpression(element)) continue;
    setParents(element);
    if (element.propertyName && ts.isComputedPropertyName(element.propertyName)) visitComputedName(walk, element.propertyName, valueScope);
    if (element.initializer) walk.visit(element.initializer, valueScope);
    declarePattern(walk, element.name, target, valueScope);
  }
}

export function visitNamespace(walk: FileWalk, node: ts.ModuleDeclaration, scope: Scope): void {
  setParents(node);
  // `declare global { … }` adds to the global scope: it declares no name of its own.
  const isGlobalAugmentation = (node.flags & ts.NodeFlags.GlobalAugmentation) !== 0;
  if (ts.isIdentifier(node.name) && !isGlobalAugmentation) {
    scope.declare(node.name.text);
    noteExportedName(walk, isExported(node) ? node.name.text : undefined);
  }
  if (!node.body) return;
  setParents(node.body);
  walk.visitChildren(node.body, new Scope(scope, true));
}

export function visitEnum(walk: FileWalk, node: ts.EnumDeclaration, scope: Scope): void {
  setParents(node);
  scope.declare(node.name.text);
  noteExportedName(walk, isExported(node) ? node.name.text : undefined);
  for (const member of node.members) {
    setParents(member);
    if (ts.isComputedPropertyName(member.name)) visitComputedName(walk, member.name, scope);
    if (member.initializer) walk.visit(member.initializer, scope);
  }
}

export function visitDecorators(walk: FileWalk, node: ts.HasDecorators, scope: Scope): void {
  for (const decorator of ts.getDecorators(node) ?? []) {
    setParents(decorator);
    walk.visit(decorator.expression, scope);
  }
}

export function visitComputedName(walk: FileWalk, name: ts.ComputedPropertyName, scope: Scope): void {
  setParents(name);
  walk.visit(name.expression, scope);
}
