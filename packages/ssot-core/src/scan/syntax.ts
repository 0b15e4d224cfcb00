import ts from 'typescript';
import type { Position } from './file-facts';

export function positionOf(sourceFile: ts.SourceFile, pos: number): Position {
  const { line, character } = sourceFile.getLineAndCharacterOfPosition(pos);
  return { line: line + 1, column: character + 1 };
}

export function startOf(sourceFile: ts.SourceFile, node: ts.Node): Position {
  return positionOf(sourceFile, node.getStart(sourceFile));
}

export function scriptKindOf(file: string): ts.ScriptKind {
  if (file.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (file.endsWith('.jsx')) return ts.ScriptKind.JSX;
  if (/\.[cm]?js$/.test(file)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

/** A string literal or a template without expressions: its value. */
export function getStaticString(node: ts.Node | undefined): string | undefined {
  if (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) return node.text;
  return undefined;
}

/** The name a static member access uses: `.x` or `['x']`. */
export function getStaticMemberName(node: ts.Node): string | undefined {
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isElementAccessExpression(node)) return getStaticString(node.argumentExpression);
  return undefined;
}

/** `node` is the object of a static member access: that access, else undefined. */
export function getMemberAccessOn(node: ts.Node): ts.PropertyAccessExpression | ts.ElementAccessExpression | undefined {
  const parent = node.parent;
  if ((ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === node) {
    return getStaticMemberName(parent) === undefined ? undefined : parent;
  }
  return undefined;
}

/** `node` is the class of `new node(…)`: the `new` expression. */
export function getNewOf(node: ts.Node): ts.NewExpression | undefined {
  const parent = node.parent;
  return ts.isNewExpression(parent) && parent.expression === node ? parent : undefined;
}

export function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === kind);
}

/** `export` written on the declaration itself (`export class`, `export const`, `export enum`…). */
export function isExported(node: ts.Node): boolean {
  return hasModifier(node, ts.SyntaxKind.ExportKeyword);
}

/**
 * The name a function or class declaration exports itself under: its own (`export class C`), or
 * `default` (`export default function f`, `export default class {}`); undefined when not exported.
 */
export function getSelfExportName(node: ts.FunctionDeclaration | ts.ClassLikeDeclaration): string | undefined {
  const isDefault = hasModifier(node, ts.SyntaxKind.DefaultKeyword);
  if (!node.name) return isDefault ? 'default' : undefined;
  if (!isExported(node)) return undefined;
  return isDefault ? 'default' : node.name.text;
}

/** Functions, arrows, methods, constructors and accessors: what opens a function scope. */
export function isFunctionLikeDeclaration(node: ts.Node): node is ts.FunctionLikeDeclaration {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node)
  );
}

export function isMemberAccess(node: ts.Node): node is ts.PropertyAccessExpression | ts.ElementAccessExpression {
  return ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node);
}

/** `require('m')` with a static specifier: the specifier. */
export function getRequireSpecifier(node: ts.Node): string | undefined {
  if (!ts.isCallExpression(node) || node.arguments.length !== 1) return undefined;
  if (!ts.isIdentifier(node.expression) || node.expression.text !== 'require') return undefined;
  return getStaticString(node.arguments[0]);
}

/** `import('m')` with a static specifier: the specifier. */
export function getDynamicImportSpecifier(node: ts.Node): string | undefined {
  if (!ts.isCallExpression(node) || node.expression.kind !== ts.SyntaxKind.ImportKeyword) return undefined;
  return getStaticString(node.arguments[0]);
}

/** Names a binding pattern declares (`a`, `{ b: c }`, `[d, ...e]`). */
export function collectBindingNames(name: ts.BindingName, into: string[] = []): string[] {
  if (ts.isIdentifier(name)) into.push(name.text);
  else for (const element of name.elements) if (!ts.isOmittedExpression(element)) collectBindingNames(element.name, into);
  return into;
}

/** Lower-case JSX tags (and those with a dash) are intrinsic elements, not references. */
export function isIntrinsicJsxTag(name: string): boolean {
  return /^[a-z]/.test(name) || name.includes('-');
}

interface WithParseDiagnostics {
  parseDiagnostics?: readonly ts.DiagnosticWithLocation[];
}

/** The parser's own recovery errors (not exposed on the public type, but always present). */
export function getParseDiagnostics(sourceFile: ts.SourceFile): readonly ts.DiagnosticWithLocation[] {
  return (sourceFile as ts.SourceFile & WithParseDiagnostics).parseDiagnostics ?? [];
}
