import ts from 'typescript';
import type { CatchFact, CatchStyle } from './file-facts';
import { collectBindingNames, startOf } from './syntax';

/**
 * Catch clauses, classified while the walker passes through them (see `CatchStyle` for the rules).
 * The walker opens a clause before visiting its block, reports the `throw` statements it meets
 * inside (outside nested functions), closes it after the block, and marks `usesError` when it
 * resolves a reference to the caught variable. Everything here looks at a clause's own statements
 * only: no second walk.
 */
export interface OpenCatch {
  fact: CatchFact;
  names: Set<string>;
  rethrows: boolean;
  throwsOther: boolean;
}

/** Names of loggers by convention: `console`, `log`, `logger`, `_logger`, `LOGGER`, `Logger`. */
const LOGGER = /^_?(?:console|log|logger)$/i;
const MAX_VALUE_TEXT = 40;

export function openCatch(node: ts.CatchClause, sf: ts.SourceFile): OpenCatch {
  const name = node.variableDeclaration?.name;
  const fact: CatchFact = { ...startOf(sf, node), style: 'handled', usesError: false, text: name ? `catch (${name.getText(sf)})` : 'catch' };
  return { fact, names: new Set(name ? collectBindingNames(name) : []), rethrows: false, throwsOther: false };
}

export function noteThrow(open: OpenCatch, node: ts.ThrowStatement): void {
  const thrown = unwrap(node.expression);
  if (ts.isIdentifier(thrown) && open.names.has(thrown.text)) open.rethrows = true;
  else open.throwsOther = true;
}

export function closeCatch(open: OpenCatch, node: ts.CatchClause, sf: ts.SourceFile): void {
  const statements = node.block.statements.filter((statement) => !ts.isEmptyStatement(statement));
  const { fact } = open;
  fact.style = classify(open, statements);
  // Only comments, blanks and empty statements can sit between the braces of an empty block.
  if (fact.style === 'empty' && /[^\s;]/.test(sf.text.slice(node.block.getStart(sf) + 1, node.block.end - 1))) fact.commented = true;
  if (fact.style === 'return-error-value') fact.value = shorten(describeValue(statements, sf));
}

function classify(open: OpenCatch, statements: ts.Statement[]): CatchStyle {
  if (statements.length === 0) return 'empty';
  if (open.rethrows) return 'rethrow';
  if (open.throwsOther) return 'rethrow-wrapped';
  const last = statements[statements.length - 1];
  if (!ts.isReturnStatement(last)) {
    if (statements.every(isLogCall)) return 'log-only';
    return statements.every((s) => isLogCall(s) || isValueAssignment(s)) ? 'return-error-value' : 'handled';
  }
  const returnsValue = last.expression === undefined || isValueExpression(last.expression);
  const before = statements.slice(0, -1);
  return returnsValue && before.every((s) => isLogCall(s) || isValueAssignment(s)) ? 'return-error-value' : 'handled';
}

/** What the clause hands back instead of the error: the returned value, else the last assigned one. */
function describeValue(statements: ts.Statement[], sf: ts.SourceFile): string {
  const last = statements[statements.length - 1];
  if (ts.isReturnStatement(last)) return last.expression ? last.expression.getText(sf) : 'undefined';
  const assignment = [...statements].reverse().find(isValueAssignment);
  return assignment && ts.isExpressionStatement(assignment) && ts.isBinaryExpression(assignment.expression) ? assignment.expression.right.getText(sf) : '';
}

/** `console.warn(…)`, `logger.error(…)`, `this.logger.info(…)`, `await log.flush(…)`. */
function isLogCall(statement: ts.Statement): boolean {
  if (!ts.isExpressionStatement(statement)) return false;
  let expression = unwrap(statement.expression);
  if (ts.isAwaitExpression(expression) || ts.isVoidExpression(expression)) expression = unwrap(expression.expression);
  if (!ts.isCallExpression(expression) || !ts.isPropertyAccessExpression(expression.expression)) return false;
  const object = unwrap(expression.expression.expression);
  const name = ts.isIdentifier(object) ? object.text : ts.isPropertyAccessExpression(object) ? object.name.text : undefined;
  return name !== undefined && LOGGER.test(name);
}

function isValueAssignment(statement: ts.Statement): boolean {
  if (!ts.isExpressionStatement(statement)) return false;
  const expression = unwrap(statement.expression);
  return ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.EqualsToken && isValueExpression(expression.right);
}

/** A value rather than work: anything but a call, `await` or `yield` at its top. */
function isValueExpression(node: ts.Expression): boolean {
  const expression = unwrap(node);
  switch (expression.kind) {
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NumericLiteral:
    case ts.SyntaxKind.BigIntLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
    case ts.SyntaxKind.TemplateExpression:
    case ts.SyntaxKind.RegularExpressionLiteral:
    case ts.SyntaxKind.TrueKeyword:
    case ts.SyntaxKind.FalseKeyword:
    case ts.SyntaxKind.NullKeyword:
    case ts.SyntaxKind.Identifier:
    case ts.SyntaxKind.ThisKeyword:
    case ts.SyntaxKind.PropertyAccessExpression:
    case ts.SyntaxKind.ElementAccessExpression:
    case ts.SyntaxKind.ObjectLiteralExpression:
    case ts.SyntaxKind.ArrayLiteralExpression:
    case ts.SyntaxKind.NewExpression:
    case ts.SyntaxKind.VoidExpression:
    case ts.SyntaxKind.PrefixUnaryExpression:
      return true;
    default:
      return false;
  }
}

/** Parentheses and type-only wrappers change nothing at run time. */
function unwrap(node: ts.Expression): ts.Expression {
  let expression = node;
  while (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression) || ts.isSatisfiesExpression(expression) || ts.isNonNullExpression(expression) || ts.isTypeAssertionExpression(expression)) {
    expression = expression.expression;
  }
  return expression;
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length <= MAX_VALUE_TEXT ? oneLine : `${oneLine.slice(0, MAX_VALUE_TEXT - 1)}…`;
}
