import ts from 'typescript';
import type { Scope } from './scope';
import type { FileWalk } from './walk-state';
import { setParents } from './parent-pointers';
import { readDeclarations } from './read-declarations';
import { getDynamicImportSpecifier, getRequireSpecifier } from './syntax';

/**
 * Imports, exports and module sites: import bindings (also from `require`), export facts, and the
 * module forms a bypass module can take (side-effect import, bare `require`, dynamic `import()`,
 * `export … from`). Which names a declaration exports itself is read by its own visitor, through
 * `noteExportedName`.
 */

/** Imports, exports and type declarations at module level: facts and declarations, never sites by themselves. */
export type ModuleLevelDeclaration = ts.ImportDeclaration | ts.ImportEqualsDeclaration | ts.ExportDeclaration | ts.ExportAssignment | ts.InterfaceDeclaration | ts.TypeAliasDeclaration;

export function isModuleLevelDeclaration(node: ts.Node): node is ModuleLevelDeclaration {
  return (
    ts.isImportDeclaration(node) ||
    ts.isImportEqualsDeclaration(node) ||
    ts.isExportDeclaration(node) ||
    ts.isExportAssignment(node) ||
    ts.isInterfaceDeclaration(node) ||
    ts.isTypeAliasDeclaration(node)
  );
}

export function visitModuleLevelDeclaration(walk: FileWalk, node: ModuleLevelDeclaration, scope: Scope): void {
  setParents(node);
  const declared = readDeclarations(node, (n) => walk.anchors.at(n), walk.facts);
  for (const binding of declared.bindings) scope.declare(binding.local, { kind: 'import', binding: binding.index });
  for (const name of declared.locals) scope.declare(name);
  // `export default <expression>` holds a value; `export default <identifier>` is an alias.
  if (ts.isExportAssignment(node) && !ts.isIdentifier(node.expression)) walk.visit(node.expression, scope);
}

/** `const x = require('m')` and `const { a, b: c } = require('m')` bind like imports. */
export function declareRequire(walk: FileWalk, name: ts.BindingName, specifier: string, scope: Scope): boolean {
  const bindings = walk.facts.bindings;
  if (ts.isIdentifier(name)) {
    bindings.push({ local: name.text, imported: '*', specifier, typeOnly: false });
    scope.declare(name.text, { kind: 'import', binding: bindings.length - 1 });
    return true;
  }
  if (!ts.isObjectBindingPattern(name)) return false;
  for (const element of name.elements) {
    if (!ts.isIdentifier(element.name) || element.dotDotDotToken) continue;
    const imported = element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : element.name.text;
    bindings.push({ local: element.name.text, imported, specifier, typeOnly: false });
    scope.declare(element.name.text, { kind: 'import', binding: bindings.length - 1 });
  }
  return true;
}

/** A bare `require('m')` or `import('m')` is a module site; any other call is walked into. */
export function visitCall(walk: FileWalk, node: ts.CallExpression, scope: Scope): void {
  const dynamic = getDynamicImportSpecifier(node);
  const required = dynamic === undefined ? getRequireSpecifier(node) : undefined;
  const specifier = dynamic ?? required;
  if (specifier === undefined) return walk.visitChildren(node, scope);
  const form = dynamic !== undefined ? 'dynamic' : 'require';
  const text = dynamic !== undefined ? `import('${specifier}')` : `require('${specifier}')`;
  walk.facts.modules.push({ ...walk.anchors.at(node), form, specifier, text });
}

/** A declaration that exports itself (`export class C`, `export default function`): its exported name. */
export function noteExportedName(walk: FileWalk, name: string | undefined): void {
  if (name !== undefined) walk.facts.exports.local.push(name);
}
