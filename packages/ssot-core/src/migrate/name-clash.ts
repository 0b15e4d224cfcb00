import { Node, SyntaxKind, type Identifier, type SourceFile, type Symbol as TsMorphSymbol } from 'ts-morph';

/**
 * Why `name` cannot be used in `file` to mean the SSOT binding, or undefined when it can: every
 * other declaration of the name in the file (any scope: it might shadow the import at the site),
 * a type or value of that name declared outside the file (lib globals: the import would shadow
 * them), or a reference the checker cannot resolve (some global the import would capture).
 * `isOwnBinding` accepts the import that is (or will be) the SSOT binding itself.
 */
export function findNameClash(file: SourceFile, name: string, isOwnBinding: (declaration: Node) => boolean = () => false): string | undefined {
  for (const identifier of file.getDescendantsOfKind(SyntaxKind.Identifier)) {
    if (identifier.getText() !== name || isNotABinding(identifier)) continue;
    const declarations = getReferencedSymbol(identifier)?.getDeclarations() ?? [];
    if (declarations.length === 0) return `${name} at line ${identifier.getStartLineNumber()} refers to something outside this file`;
    for (const declaration of declarations) {
      if (isOwnBinding(declaration) || isMemberDeclaration(declaration)) continue;
      if (declaration.getSourceFile() !== file) return `${name} already names a global (${declaration.getSourceFile().getBaseName()})`;
      return `${name} is already declared in this file at line ${declaration.getStartLineNumber()}`;
    }
  }
  return undefined;
}

/** `x.name`, `{ name: … }`, `class { name … }`, `import { name as local }`: names, not bindings of this file. */
function isNotABinding(identifier: Identifier): boolean {
  const parent = identifier.getParent();
  if (Node.isPropertyAccessExpression(parent)) return parent.getNameNode() === identifier;
  if (Node.isQualifiedName(parent)) return parent.getRight() === identifier;
  if (Node.isJsxAttribute(parent)) return true;
  if (Node.isImportSpecifier(parent)) return parent.getAliasNode() !== undefined && parent.getNameNode() === identifier;
  if (Node.isExportSpecifier(parent)) return parent.getExportDeclaration().hasModuleSpecifier() || parent.getAliasNode() === identifier;
  if (Node.isPropertyAssignment(parent) || Node.isPropertyDeclaration(parent) || Node.isPropertySignature(parent)) return parent.getNameNode() === identifier;
  if (Node.isMethodDeclaration(parent) || Node.isMethodSignature(parent) || Node.isEnumMember(parent)) return parent.getNameNode() === identifier;
  if (Node.isGetAccessorDeclaration(parent) || Node.isSetAccessorDeclaration(parent)) return parent.getNameNode() === identifier;
  return false;
}

/** `{ name }` stands for the variable `name`: the checker's value symbol, not the property's. */
function getReferencedSymbol(identifier: Identifier): TsMorphSymbol | undefined {
  const parent = identifier.getParent();
  if (Node.isShorthandPropertyAssignment(parent)) return parent.getValueSymbol();
  return identifier.getSymbol();
}

function isMemberDeclaration(node: Node): boolean {
  return (
    Node.isPropertyDeclaration(node) ||
    Node.isPropertySignature(node) ||
    Node.isPropertyAssignment(node) ||
    Node.isMethodDeclaration(node) ||
    Node.isMethodSignature(node) ||
    Node.isGetAccessorDeclaration(node) ||
    Node.isSetAccessorDeclaration(node) ||
    Node.isEnumMember(node)
  );
}
