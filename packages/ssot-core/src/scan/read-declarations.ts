import ts from 'typescript';
import type { FileFacts, SitePosition } from './file-facts';
import { getStaticString, isExported } from './syntax';

/** A node's position with its fingerprint anchors (`SiteAnchors.at`). */
type AnchorAt = (node: ts.Node) => SitePosition;

export interface DeclaredNames {
  /** Import bindings added to `facts.bindings`, with their index. */
  bindings: { local: string; index: number }[];
  /** Other names declared at this place (type declarations, `import x = a.b`). */
  locals: string[];
}

/**
 * Imports, exports and type declarations at module level: bindings, module sites and export facts.
 * None of these is a site by itself (SPEC §4), except the module forms of a bypass module.
 */
export function readDeclarations(node: ts.Node, anchorAt: AnchorAt, facts: FileFacts): DeclaredNames {
  const declared: DeclaredNames = { bindings: [], locals: [] };
  const bind = (local: string, imported: string, specifier: string, typeOnly: boolean) => {
    facts.bindings.push({ local, imported, specifier, typeOnly });
    declared.bindings.push({ local, index: facts.bindings.length - 1 });
  };
  if (ts.isImportDeclaration(node)) {
    const specifier = getStaticString(node.moduleSpecifier);
    if (specifier === undefined) return declared;
    const clause = node.importClause;
    if (!clause) {
      facts.modules.push({ ...anchorAt(node), form: 'import', specifier, text: `import '${specifier}'` });
      return declared;
    }
    const clauseTypeOnly = clause.isTypeOnly;
    if (clause.name) bind(clause.name.text, 'default', specifier, clauseTypeOnly);
    const named = clause.namedBindings;
    if (named && ts.isNamespaceImport(named)) bind(named.name.text, '*', specifier, clauseTypeOnly);
    if (named && ts.isNamedImports(named)) {
      for (const element of named.elements) {
        const imported = element.propertyName ? moduleExportName(element.propertyName) : element.name.text;
        bind(element.name.text, imported, specifier, clauseTypeOnly || element.isTypeOnly);
      }
    }
  } else if (ts.isImportEqualsDeclaration(node)) {
    const reference = node.moduleReference;
    const specifier = ts.isExternalModuleReference(reference) ? getStaticString(reference.expression) : undefined;
    if (specifier !== undefined) bind(node.name.text, '*', specifier, node.isTypeOnly);
    else declared.locals.push(node.name.text);
  } else if (ts.isExportDeclaration(node)) {
    readExportDeclaration(node, anchorAt, facts);
  } else if (ts.isExportAssignment(node)) {
    if (node.isExportEquals) return declared;
    if (ts.isIdentifier(node.expression)) facts.exports.aliases.push({ exported: 'default', local: node.expression.text });
    else facts.exports.local.push('default');
  } else if (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) {
    declared.locals.push(node.name.text);
    if (isExported(node)) facts.exports.local.push(node.name.text);
  }
  return declared;
}

function readExportDeclaration(node: ts.ExportDeclaration, anchorAt: AnchorAt, facts: FileFacts): void {
  const specifier = node.moduleSpecifier ? getStaticString(node.moduleSpecifier) : undefined;
  const clause = node.exportClause;
  if (node.moduleSpecifier && specifier === undefined) return;
  if (specifier === undefined) {
    // `export { a, b as c }` of file-scope names.
    if (clause && ts.isNamedExports(clause)) {
      for (const element of clause.elements) {
        const local = element.propertyName ? moduleExportName(element.propertyName) : element.name.text;
        facts.exports.aliases.push({ exported: moduleExportName(element.name), local });
      }
    }
    return;
  }
  if (!clause) {
    facts.exports.star.push(specifier);
    if (!node.isTypeOnly) facts.modules.push({ ...anchorAt(node), form: 'export-star', specifier, text: `export * from '${specifier}'` });
    return;
  }
  if (ts.isNamespaceExport(clause)) {
    facts.exports.from.push({ exported: moduleExportName(clause.name), imported: '*', specifier });
    if (!node.isTypeOnly) facts.modules.push({ ...anchorAt(node), form: 'export-star', specifier, text: `export * as ${moduleExportName(clause.name)} from '${specifier}'` });
    return;
  }
  const valueNames: string[] = [];
  for (const element of clause.elements) {
    const imported = element.propertyName ? moduleExportName(element.propertyName) : element.name.text;
    facts.exports.from.push({ exported: moduleExportName(element.name), imported, specifier });
    if (!node.isTypeOnly && !element.isTypeOnly) valueNames.push(imported);
  }
  if (valueNames.length > 0) {
    facts.modules.push({ ...anchorAt(node), form: 'export-named', specifier, names: valueNames, text: `export { ${valueNames.join(', ')} } from '${specifier}'` });
  }
}

/** `a` or the string form `"a-b"` of ES2022 arbitrary module namespace names. */
function moduleExportName(name: ts.ModuleExportName): string {
  return name.text;
}
