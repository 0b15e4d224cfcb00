import ts from 'typescript';
import { Scope } from './scope';
import type { FileWalk } from './walk-state';

/**
 * Nodes that only steer the walk: blocks and loops open a block scope, and some nodes hold names
 * that are keys or labels rather than values, so only their other parts are walked.
 */

export function isBlockScope(node: ts.Node): node is ts.Block | ts.CaseBlock | ts.ForStatement | ts.ForInStatement | ts.ForOfStatement {
  return ts.isBlock(node) || ts.isCaseBlock(node) || ts.isForStatement(node) || ts.isForInStatement(node) || ts.isForOfStatement(node);
}

export function visitBlockScope(walk: FileWalk, node: ts.Node, scope: Scope): void {
  walk.visitChildren(node, new Scope(scope, false));
}

/** `label: …` walks the statement; `break label`, `continue label` and `</Foo>` hold nothing to walk. */
export function isLabelOrClosingTag(node: ts.Node): node is ts.LabeledStatement | ts.BreakOrContinueStatement | ts.JsxClosingElement {
  return ts.isLabeledStatement(node) || ts.isBreakOrContinueStatement(node) || ts.isJsxClosingElement(node);
}

export function visitLabelOrClosingTag(walk: FileWalk, node: ts.LabeledStatement | ts.BreakOrContinueStatement | ts.JsxClosingElement, scope: Scope): void {
  if (ts.isLabeledStatement(node)) walk.visitChild(node.statement, node, scope);
}

/** `{ key: value }`: the key is a name unless computed (`[k]`) or a string (a literal site). */
export function visitPropertyAssignment(walk: FileWalk, property: ts.PropertyAssignment, scope: Scope): void {
  if (ts.isComputedPropertyName(property.name) || ts.isStringLiteral(property.name)) walk.visitChild(property.name, property, scope);
  walk.visitChild(property.initializer, property, scope);
}

/** `<Foo name={value}>`: the attribute name is not a value. */
export function visitJsxAttribute(walk: FileWalk, attribute: ts.JsxAttribute, scope: Scope): void {
  if (attribute.initializer) walk.visitChild(attribute.initializer, attribute, scope);
}
