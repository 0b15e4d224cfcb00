import ts from 'typescript';
import type { DeclarationFact, ExportFacts, StringConstantFact } from './file-facts';
import { hasModifier, isExported, startOf } from './syntax';

/**
 * Named classes and functions that carry an implementation, read at the walker's existing visit
 * points (no walk of their own). Ambient declarations (`declare`, `.d.ts`, `declare module`) and
 * overload signatures describe code that lives elsewhere, so they are left out.
 */
export function readFunctionDeclaration(node: ts.FunctionDeclaration, sf: ts.SourceFile): DeclarationFact | undefined {
  if (!node.name || !node.body || isAmbient(node)) return undefined;
  return { ...startOf(sf, node.name), kind: 'function', name: node.name.text, exported: isExported(node) };
}

export function readClassDeclaration(node: ts.ClassDeclaration, sf: ts.SourceFile): DeclarationFact | undefined {
  if (!node.name || isAmbient(node)) return undefined;
  return { ...startOf(sf, node.name), kind: 'class', name: node.name.text, exported: isExported(node), members: readPublicMembers(node), ...readHeritage(node) };
}

/** `const f = () => …`, `const f = function …`, `const C = class …`. */
export function readVariableDeclaration(node: ts.VariableDeclaration, sf: ts.SourceFile, exported: boolean): DeclarationFact | undefined {
  if (!ts.isIdentifier(node.name) || !node.initializer || isAmbient(node)) return undefined;
  let init = node.initializer;
  while (ts.isParenthesizedExpression(init)) init = init.expression;
  const at = startOf(sf, node.name);
  if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return { ...at, kind: 'function', name: node.name.text, exported };
  if (ts.isClassExpression(init)) return { ...at, kind: 'class', name: node.name.text, exported, members: readPublicMembers(init), ...readHeritage(init) };
  return undefined;
}

/** `export const NAME = 'value'` (or a template without expressions): the constant a magic string would repeat. */
export function readStringConstant(node: ts.VariableDeclaration, sf: ts.SourceFile): StringConstantFact | undefined {
  if (!ts.isIdentifier(node.name) || !node.initializer || isAmbient(node)) return undefined;
  let init = node.initializer;
  while (ts.isParenthesizedExpression(init) || ts.isAsExpression(init)) init = init.expression; // `'x' as const`
  if (!ts.isStringLiteral(init) && !ts.isNoSubstitutionTemplateLiteral(init)) return undefined;
  return { ...startOf(sf, node.name), name: node.name.text, value: init.text };
}

/** Once the whole file is read: names exported later (`export { C }`, `export default C`) are exported too. */
export function markLateExports(declarations: DeclarationFact[], exports: ExportFacts): void {
  const exportedLocals = new Set(exports.aliases.map((alias) => alias.local));
  for (const declaration of declarations) if (exportedLocals.has(declaration.name)) declaration.exported = true;
}

function readPublicMembers(node: ts.ClassLikeDeclaration): string[] {
  const names = new Set<string>();
  for (const member of node.members) {
    if (ts.isConstructorDeclaration(member)) {
      // `constructor(public readonly x)` declares a public property.
      for (const parameter of member.parameters) {
        if (ts.isParameterPropertyDeclaration(parameter, member) && ts.isIdentifier(parameter.name) && isPublic(parameter)) names.add(parameter.name.text);
      }
      continue;
    }
    const isMember = ts.isMethodDeclaration(member) || ts.isPropertyDeclaration(member) || ts.isGetAccessorDeclaration(member) || ts.isSetAccessorDeclaration(member);
    if (!isMember || !isPublic(member)) continue;
    const name = member.name;
    // `#x` is private by syntax; computed names are not known without a type checker.
    if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) names.add(name.text);
  }
  return [...names].sort();
}

/** The names a class builds on (`extends Base`, `implements ns.Logger<T>`): by name only, as no type checker is used. */
function readHeritage(node: ts.ClassLikeDeclaration): { heritage?: string[] } {
  const names: string[] = [];
  for (const clause of node.heritageClauses ?? []) {
    for (const { expression } of clause.types) {
      if (ts.isIdentifier(expression)) names.push(expression.text);
      else if (ts.isPropertyAccessExpression(expression)) names.push(expression.name.text);
    }
  }
  return names.length > 0 ? { heritage: names } : {};
}

function isPublic(node: ts.Node): boolean {
  return !hasModifier(node, ts.SyntaxKind.PrivateKeyword) && !hasModifier(node, ts.SyntaxKind.ProtectedKeyword);
}

/** In a `.d.ts` file, or under a `declare` (class, function, `declare module`, `declare global`). */
function isAmbient(node: ts.Node): boolean {
  // TypeScript's own `NodeFlags.Ambient` is internal; declarations are few, so walking up is cheap.
  for (let current: ts.Node = node; ; current = current.parent) {
    if (ts.isSourceFile(current)) return current.isDeclarationFile;
    if (hasModifier(current, ts.SyntaxKind.DeclareKeyword)) return true;
  }
}
