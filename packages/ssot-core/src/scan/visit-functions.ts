import ts from 'typescript';
import { Scope } from './scope';
import type { FileWalk } from './walk-state';
import { setParents } from './parent-pointers';
import { readFunctionDeclaration } from './collect-declarations';
import { outsideCatch } from './visit-catches';
import { declarePattern, visitComputedName, visitDecorators } from './visit-declarations';
import { addHandleCandidate } from './visit-handles';
import { noteExportedName } from './visit-imports-exports';
import { getSelfExportName } from './syntax';

/**
 * Functions, arrows, methods, constructors and accessors: a function declaration is a declaration
 * fact and may export itself; every one opens a function scope for its parameters (which can be
 * handles, and in a constructor also class properties) and its body.
 */
export function visitFunction(walk: FileWalk, node: ts.FunctionLikeDeclaration, scope: Scope): void {
  setParents(node);
  if (ts.isFunctionDeclaration(node)) {
    const declared = readFunctionDeclaration(node, walk.sf);
    if (declared) walk.facts.declarations.push(declared);
    if (node.name) scope.declare(node.name.text);
    noteExportedName(walk, getSelfExportName(node));
  }
  if (ts.canHaveDecorators(node)) visitDecorators(walk, node, scope);
  if (node.name && ts.isComputedPropertyName(node.name)) visitComputedName(walk, node.name, scope);
  const inner = new Scope(scope, true);
  if (ts.isFunctionExpression(node) && node.name) inner.declare(node.name.text);
  for (const parameter of node.parameters) visitParameter(walk, parameter, inner, ts.isConstructorDeclaration(node));
  const body = node.body;
  if (!body) return;
  outsideCatch(walk, () => {
    if (ts.isBlock(body)) {
      setParents(body);
      for (const statement of body.statements) walk.visit(statement, inner);
    } else {
      walk.visit(body, inner);
    }
  });
}

function visitParameter(walk: FileWalk, parameter: ts.ParameterDeclaration, scope: Scope, inConstructor: boolean): void {
  setParents(parameter);
  visitDecorators(walk, parameter, scope);
  if (parameter.initializer) walk.visit(parameter.initializer, scope);
  declarePattern(walk, parameter.name, scope, scope);
  if (!ts.isIdentifier(parameter.name)) return;
  const local = scope.names.get(parameter.name.text);
  if (local?.kind !== 'local') return;
  addHandleCandidate(walk, local, scope, parameter.name.text, parameter.type, parameter.initializer);
  if (inConstructor && walk.cls && ts.isParameterPropertyDeclaration(parameter, parameter.parent)) {
    // A parameter property is also `this.<name>` in the class body: the same handle.
    walk.cls.properties.set(parameter.name.text, local);
  }
}
