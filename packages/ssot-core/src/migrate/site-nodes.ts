import { Node, ts, type CallExpression, type Expression, type NewExpression, type SourceFile } from 'ts-morph';

/** The node that starts at a site's 1-based line and column (UTF-16 units, as the engine counts). */
export function getNodeAtSite(file: SourceFile, line: number, column: number): Node | undefined {
  const lines = file.compilerNode.getLineStarts();
  if (line < 1 || line > lines.length) return undefined;
  const pos = ts.getPositionOfLineAndCharacter(file.compilerNode, line - 1, column - 1);
  // The token there: an identifier, or the `import` of `import.meta`.
  const node = file.getDescendantAtPos(pos);
  return node && node.getStart() === pos ? node : undefined;
}

/** `new X(…)` / `new ns.X(…)` whose class is written at `at`: the expression and the class reference. */
export function getNewExpressionAt(at: Node): { expression: NewExpression; classReference: Expression } | undefined {
  let reference: Node = at;
  const parent = at.getParent();
  if (Node.isPropertyAccessExpression(parent) && parent.getExpression() === at) reference = parent;
  const expression = reference.getParent();
  if (!Node.isNewExpression(expression) || expression.getExpression() !== reference) return undefined;
  return { expression, classReference: expression.getExpression() };
}

export interface GlobalCall {
  /** The part of the callee that is the matched global path (`JSON.parse`, `console`, `import.meta.env`). */
  matched: Node;
  /** Static members between the matched path and the call (`warn` in `console.warn(…)`). */
  extraMembers: string[];
  call: CallExpression;
}

/**
 * From the root of a global reference (`JSON` in `JSON.parse(x)`): the node covering `segments`
 * path segments, then the call it is the callee of. `reason` says why there is none.
 */
export function getGlobalCallAt(root: Node, segments: number): GlobalCall | { reason: string } {
  let matched: Node = Node.isMetaProperty(root.getParent()) ? root.getParentOrThrow() : root;
  for (let index = 1; index < segments; index += 1) {
    const next = getMemberAccessOn(matched);
    if (!next) return { reason: 'the reference does not spell the global path' };
    matched = next.node;
  }
  const extraMembers: string[] = [];
  let callee: Node = matched;
  for (let next = getMemberAccessOn(callee); next; next = getMemberAccessOn(callee)) {
    extraMembers.push(next.name);
    callee = next.node;
  }
  const call = callee.getParent();
  if (Node.isCallExpression(call) && call.getExpression() === callee) return { matched, extraMembers, call };
  return { reason: `${callee.getText()} is not called here (a value passed on, assigned or constructed keeps no call to rewrite)` };
}

/** `x.name` or `x['name']` whose object is `node`, with the static name. */
function getMemberAccessOn(node: Node): { node: Node; name: string } | undefined {
  const parent = node.getParent();
  if (Node.isPropertyAccessExpression(parent) && parent.getExpression() === node) return { node: parent, name: parent.getName() };
  if (Node.isElementAccessExpression(parent) && parent.getExpression() === node) {
    const argument = parent.getArgumentExpression();
    if (Node.isStringLiteral(argument) || Node.isNoSubstitutionTemplateLiteral(argument)) return { node: parent, name: argument.getLiteralValue() };
  }
  return undefined;
}
