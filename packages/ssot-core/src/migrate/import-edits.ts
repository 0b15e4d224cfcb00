import { Node, SyntaxKind, ts, type ImportDeclaration, type ImportSpecifier, type SourceFile } from 'ts-morph';

interface Binding {
  declaration: ImportDeclaration;
  /** Absent for a default import. */
  specifier?: ImportSpecifier;
}

/** The ES import of `specifier` that binds `local` (named or default), if any. */
export function findImportBinding(file: SourceFile, specifier: string, local: string): Binding | undefined {
  for (const declaration of file.getImportDeclarations()) {
    if (declaration.getModuleSpecifierValue() !== specifier) continue;
    if (declaration.getDefaultImport()?.getText() === local) return { declaration };
    const named = declaration.getNamedImports().find((element) => localName(element) === local);
    if (named) return { declaration, specifier: named };
  }
  return undefined;
}

/** Import `name` as `local` from `specifier`: reuse, merge into an existing import, or add one after the others. */
export function ensureImport(file: SourceFile, edit: { specifier: string; name: string; local: string; typeOnly: boolean }): void {
  const existing = findImportBinding(file, edit.specifier, edit.local);
  if (existing) {
    if (!edit.typeOnly) makeValueImport(existing);
    return;
  }
  const candidates = file.getImportDeclarations().filter((d) => d.getModuleSpecifierValue() === edit.specifier && !d.getNamespaceImport());
  // A value import takes any name; a type-only one takes a value after its names are marked `type` one by one.
  const target = candidates.find((d) => !d.isTypeOnly()) ?? candidates.find((d) => edit.typeOnly || !d.getDefaultImport());
  if (target && edit.name === 'default') {
    if (!target.getDefaultImport()) {
      if (!edit.typeOnly) makeValueImport({ declaration: target });
      target.setDefaultImport(edit.local);
      return;
    }
  } else if (target) {
    if (target.isTypeOnly() && !edit.typeOnly) makeValueImport({ declaration: target });
    target.addNamedImport({ name: edit.name, ...(edit.local !== edit.name && { alias: edit.local }), ...(edit.typeOnly && !target.isTypeOnly() && { isTypeOnly: true }) });
    return;
  }
  insertImport(file, edit);
}

/**
 * A new import goes after the last one; in a file without imports, after the directive prologue
 * (`'use client'` must stay first) and after a header comment (one followed by a blank line, like
 * a licence), never between a declaration and its JSDoc — where TypeScript's own import fixes put it.
 */
function insertImport(file: SourceFile, edit: { specifier: string; name: string; local: string; typeOnly: boolean }): void {
  const structure = {
    moduleSpecifier: edit.specifier,
    isTypeOnly: edit.typeOnly,
    ...(edit.name === 'default' ? { defaultImport: edit.local } : { namedImports: [{ name: edit.name, ...(edit.local !== edit.name && { alias: edit.local }) }] }),
  };
  const imports = file.getImportDeclarations();
  if (imports.length > 0) {
    file.insertImportDeclaration(imports[imports.length - 1].getChildIndex() + 1, structure);
    return;
  }
  const statements = file.getStatements();
  const directives = statements.findIndex((s) => !(Node.isExpressionStatement(s) && Node.isStringLiteral(s.getExpression())));
  const index = directives === -1 ? statements.length : directives;
  const headerEnd = index === 0 && statements.length > 0 ? getHeaderCommentEnd(file, statements[0].getPos()) : undefined;
  if (headerEnd === undefined) {
    file.insertImportDeclaration(index, structure);
    return;
  }
  const settings = file.getProject().manipulationSettings;
  const newLine = settings.getNewLineKindAsString();
  const quote = settings.getQuoteKind();
  const names = edit.name === 'default' ? edit.local : `{ ${edit.local === edit.name ? edit.name : `${edit.name} as ${edit.local}`} }`;
  file.insertText(headerEnd, `${newLine}${newLine}import ${edit.typeOnly ? 'type ' : ''}${names} from ${quote}${edit.specifier}${quote};`);
}

/** The end of the last leading comment before `pos` that a blank line separates from what follows. */
function getHeaderCommentEnd(file: SourceFile, pos: number): number | undefined {
  const text = file.getFullText();
  let end: number | undefined;
  for (const range of ts.getLeadingCommentRanges(text, pos) ?? []) {
    // The whitespace up to the next comment or token: a blank line in it ends a header comment.
    const gap = /^\s*/.exec(text.slice(range.end))?.[0] ?? '';
    if (/\r?\n[ \t]*\r?\n/.test(gap)) end = range.end;
  }
  return end;
}

/** A legacy binding leaves its import (split when other names stay) and joins the canonical one. */
export function moveImport(file: SourceFile, edit: { from: string; local: string; to: string; name: string; typeOnly: boolean }): void {
  const binding = findImportBinding(file, edit.from, edit.local);
  if (!binding) return;
  removeBinding(binding);
  ensureImport(file, { specifier: edit.to, name: edit.name, local: edit.local, typeOnly: edit.typeOnly });
}

/**
 * Drops a binding the fixes left unreferenced. Its whole declaration goes only when another import
 * of the same module remains: the module is then still evaluated, as before.
 */
export function dropImportIfUnused(file: SourceFile, edit: { specifier: string; local: string }): void {
  const binding = findImportBinding(file, edit.specifier, edit.local);
  if (!binding) return;
  const stillUsed = file
    .getDescendantsOfKind(SyntaxKind.Identifier)
    .some((identifier) => identifier.getText() === edit.local && !identifier.getFirstAncestorByKind(SyntaxKind.ImportDeclaration));
  if (stillUsed) return;
  const lastName = countNames(binding.declaration) === 1;
  const otherImport = file.getImportDeclarations().some((d) => d !== binding.declaration && d.getModuleSpecifierValue() === edit.specifier);
  if (lastName && !otherImport) return;
  removeBinding(binding);
}

function removeBinding(binding: Binding): void {
  const { declaration, specifier } = binding;
  if (countNames(declaration) === 1) {
    declaration.remove();
    return;
  }
  if (specifier) specifier.remove();
  else declaration.removeDefaultImport();
}

/** A type-only binding becomes a value import; the other names of a type-only declaration stay types. */
function makeValueImport(binding: Binding): void {
  const { declaration, specifier } = binding;
  if (declaration.isTypeOnly()) {
    const others = declaration.getNamedImports().filter((element) => element !== specifier);
    declaration.setIsTypeOnly(false);
    for (const element of others) element.setIsTypeOnly(true);
  }
  if (specifier?.isTypeOnly()) specifier.setIsTypeOnly(false);
}

function countNames(declaration: ImportDeclaration): number {
  return declaration.getNamedImports().length + (declaration.getDefaultImport() ? 1 : 0) + (declaration.getNamespaceImport() ? 1 : 0);
}

function localName(element: ImportSpecifier): string {
  const alias = element.getAliasNode();
  return Node.isIdentifier(alias) ? alias.getText() : element.getName();
}
