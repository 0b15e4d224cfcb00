import ts from 'typescript';

/**
 * Parent pointers, set by the walk instead of by the parser (which saves TypeScript's extra pass
 * over every node: tools/bench, proposal 4). Before the walk visits a node, that node's parent is
 * set: `FileWalk.visitChild` (and so `visitChildren`) sets it for the child it visits; a visitor
 * that reaches further down (a declaration's initializer, a decorator's expression, a function
 * body's statements) first calls `setParents` on every node it steps through. So the parent chain
 * of every node the walk reaches is complete up to the source file, which is what
 * `isValueReference`, `getMemberAccessOn`, `getNewOf`, `isAmbient` and the site anchors read.
 * Subtrees the walk skips (types, import clauses) keep no parent pointers.
 */
export function setParents(node: ts.Node): void {
  ts.forEachChild(node, (child) => setParent(child, node));
}

export function setParent(child: ts.Node, parent: ts.Node): undefined {
  // Read-only in TypeScript's types because the parser owns it; here the parser left it unset.
  (child as { parent: ts.Node }).parent = parent;
  return undefined;
}
