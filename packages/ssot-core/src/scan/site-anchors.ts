import ts from 'typescript';
import type { SitePosition } from './file-facts';

/**
 * Where a site sits, in terms that survive insertions elsewhere in the file (SPEC §7): its enclosing
 * declaration path and a hash of its normalised line. Computed during the one walk (parent pointers
 * are set by then), so fingerprints never need a second parse.
 */
export class SiteAnchors {
  /**
   * The path inside each scope node met so far (a node that names a declaration includes its own
   * name). Only scope nodes are memoised: sites sit in expressions a few nodes below one, and a map
   * entry per expression node cost more than the climb (a 2 MB bundle has 64,000 sites).
   */
  private readonly paths = new Map<ts.Node, string>();
  private readonly lineHashes = new Map<number, string>();
  /** The nodes between a site and its nearest memoised scope; reused, not allocated per site. */
  private readonly chain: ts.Node[] = [];

  constructor(private readonly sf: ts.SourceFile) {}

  at(node: ts.Node): SitePosition {
    const { line, character } = ts.getLineAndCharacterOfPosition(this.sf, node.getStart(this.sf));
    // One literal of a fixed shape, not a spread of startOf's position: allocated once per site.
    return { line: line + 1, column: character + 1, path: this.pathOf(node), lineHash: this.lineHashOf(line + 1) };
  }

  /**
   * `OrdersService.create`: the names of the declarations around `node`, outermost first; '' at top
   * level. Scope nodes' paths are memoised, so sites in one body climb only to it (tools/bench).
   */
  private pathOf(node: ts.Node): string {
    const chain = this.chain;
    chain.length = 0;
    let path: string | undefined;
    for (let current = node.parent as ts.Node | undefined; current; current = current.parent) {
      if (isScope(current)) {
        path = this.paths.get(current);
        if (path !== undefined) break;
      }
      chain.push(current);
    }
    path ??= '';
    for (let i = chain.length - 1; i >= 0; i -= 1) {
      const name = getDeclarationName(chain[i]);
      if (name !== undefined) path = path === '' ? name : `${path}.${name}`;
      if (isScope(chain[i])) this.paths.set(chain[i], path);
    }
    return path;
  }

  private lineHashOf(line: number): string {
    let hash = this.lineHashes.get(line);
    if (hash === undefined) {
      const starts = this.sf.getLineStarts();
      const end = line < starts.length ? starts[line] : this.sf.text.length;
      hash = hashText(normaliseLine(this.sf.text.slice(starts[line - 1], end)));
      this.lineHashes.set(line, hash);
    }
    return hash;
  }
}

/** Nodes many sites share as an ancestor: the points where a declaration path is memoised. */
function isScope(node: ts.Node): boolean {
  switch (node.kind) {
    case ts.SyntaxKind.SourceFile:
    case ts.SyntaxKind.Block:
    case ts.SyntaxKind.ModuleBlock:
    case ts.SyntaxKind.ClassDeclaration:
    case ts.SyntaxKind.ClassExpression:
    case ts.SyntaxKind.ObjectLiteralExpression:
    case ts.SyntaxKind.ArrowFunction:
      return true;
    default:
      return false;
  }
}

/**
 * The name a declaration gives to the path, or undefined when it names none: classes, functions,
 * methods (constructor and accessors included), class fields, object-literal properties, and
 * variables initialised with an arrow function, a function or a class expression.
 */
export function getDeclarationName(node: ts.Node): string | undefined {
  switch (node.kind) {
    case ts.SyntaxKind.ClassDeclaration:
    case ts.SyntaxKind.ClassExpression:
    case ts.SyntaxKind.FunctionDeclaration:
    case ts.SyntaxKind.FunctionExpression:
    case ts.SyntaxKind.ArrowFunction: {
      const variable = getVariableName(node);
      if (variable !== undefined) return variable;
      const name = (node as ts.ClassLikeDeclaration | ts.FunctionLikeDeclaration).name;
      return name && ts.isIdentifier(name) ? name.text : undefined;
    }
    case ts.SyntaxKind.Constructor:
      return 'constructor';
    case ts.SyntaxKind.MethodDeclaration:
    case ts.SyntaxKind.GetAccessor:
    case ts.SyntaxKind.SetAccessor:
    case ts.SyntaxKind.PropertyDeclaration:
    case ts.SyntaxKind.PropertyAssignment:
      return getPropertyName((node as ts.MethodDeclaration | ts.AccessorDeclaration | ts.PropertyDeclaration | ts.PropertyAssignment).name);
    default:
      return undefined;
  }
}

/** `const f = () => …`, `const f = function …`, `const C = class …`: the variable names the value. */
function getVariableName(node: ts.Node): string | undefined {
  const parent = node.parent as ts.Node | undefined;
  if (parent && ts.isVariableDeclaration(parent) && parent.initializer === node && ts.isIdentifier(parent.name)) return parent.name.text;
  return undefined;
}

function getPropertyName(name: ts.PropertyName): string {
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) {
    return name.text;
  }
  return '[]'; // a computed name: its value is not known without running the code
}

/**
 * A line as the fingerprint sees it: comments dropped (`// …` to the end, `/* … *\/` within the line;
 * quotes are respected), then every run of whitespace collapsed to one space, ends trimmed.
 */
export function normaliseLine(line: string): string {
  // Most lines have no slash, so no comment: collapse whitespace and be done (tools/bench).
  if (!line.includes('/')) return line.replace(/\s+/g, ' ').trim();
  let out = '';
  let from = 0; // start of the text not yet copied to `out`
  let quote: string | undefined;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (ch === '\\') {
      i += 1; // an escape, in a string or a regular expression: never a quote or comment
    } else if (quote !== undefined) {
      if (ch === quote) quote = undefined;
    } else if (ch === '/' && line[i + 1] === '/') {
      return `${out}${line.slice(from, i)}`.replace(/\s+/g, ' ').trim();
    } else if (ch === '/' && line[i + 1] === '*') {
      const end = line.indexOf('*/', i + 2);
      out += `${line.slice(from, i)} `;
      if (end < 0) return out.replace(/\s+/g, ' ').trim();
      i = end + 1;
      from = end + 2;
    } else if (ch === '"' || ch === "'" || ch === '`') {
      quote = ch;
    }
  }
  return `${out}${line.slice(from)}`.replace(/\s+/g, ' ').trim();
}

/** FNV-1a, 32 bits, as 8 hex digits: cheap per line, and sites are also keyed by entry, file, path and text. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
