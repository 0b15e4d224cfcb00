import ts from 'typescript';
import { Scope, type Declaration } from './scope';
import type { FileWalk } from './walk-state';
import { setParents } from './parent-pointers';
import { closeCatch, noteThrow, openCatch } from './collect-catches';
import { declarePattern } from './visit-declarations';

/**
 * Catch clauses as the walk passes through them (`collect-catches.ts` classifies them): a clause
 * is open while its block is visited, collects the `throw` statements met there outside nested
 * functions, and learns that its error is used when a reference resolves to the caught variable.
 */

export function visitCatch(walk: FileWalk, node: ts.CatchClause, scope: Scope): void {
  setParents(node);
  const inner = new Scope(scope, false);
  if (node.variableDeclaration) {
    setParents(node.variableDeclaration);
    declarePattern(walk, node.variableDeclaration.name, inner, inner);
  }
  const open = openCatch(node, walk.sf);
  walk.facts.catches.push(open.fact);
  for (const declaration of inner.names.values()) walk.caughtVariables.set(declaration, open);
  const outer = walk.openCatch;
  walk.openCatch = open;
  setParents(node.block);
  for (const statement of node.block.statements) walk.visit(statement, inner);
  walk.openCatch = outer;
  closeCatch(open, node, walk.sf);
}

export function visitThrow(walk: FileWalk, node: ts.ThrowStatement, scope: Scope): void {
  if (walk.openCatch) noteThrow(walk.openCatch, node);
  walk.visitChildren(node, scope);
}

/** Runs `visitBody` outside any open clause: a `throw` inside a nested function does not rethrow for the enclosing catch. */
export function outsideCatch(walk: FileWalk, visitBody: () => void): void {
  const outer = walk.openCatch;
  walk.openCatch = undefined;
  visitBody();
  walk.openCatch = outer;
}

/** A reference resolved to `declaration`: if that is a caught variable, its clause uses the error. */
export function noteCaughtUse(walk: FileWalk, declaration: Declaration): void {
  const caught = walk.caughtVariables.get(declaration);
  if (caught) caught.fact.usesError = true;
}
