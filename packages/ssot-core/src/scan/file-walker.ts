import ts from 'typescript';
import type { FileFacts, ScanInterest } from './file-facts';
import type { OpenCatch } from './collect-catches';
import { markLateExports } from './collect-declarations';
import { collectSuppressions } from './collect-suppressions';
import { setParent, setParents } from './parent-pointers';
import { Scope, type Declaration } from './scope';
import { SiteAnchors } from './site-anchors';
import { getParseDiagnostics, isFunctionLikeDeclaration, isMemberAccess, positionOf } from './syntax';
import type { ClassContext, FileWalk, PendingHandle, PendingRef, PendingThisAccess } from './walk-state';
import { isBlockScope, isLabelOrClosingTag, visitBlockScope, visitJsxAttribute, visitLabelOrClosingTag, visitPropertyAssignment } from './visit-blocks-and-keys';
import { visitCatch, visitThrow } from './visit-catches';
import { visitClass } from './visit-classes';
import { visitEnum, visitNamespace, visitVariables } from './visit-declarations';
import { visitFunction } from './visit-functions';
import { resolveHandles, resolveThisAccesses, visitMemberAccess } from './visit-handles';
import { isModuleLevelDeclaration, visitCall, visitModuleLevelDeclaration } from './visit-imports-exports';
import { visitLiteral } from './visit-literals';
import { noteReference, resolveReferences, visitJsxTag, visitMetaProperty, visitShorthandProperty } from './visit-references';

type Visit = (walk: FileWalk, node: ts.Node, scope: Scope) => void;

interface Visitor {
  accepts(node: ts.Node): boolean;
  visit: Visit;
}

/**
 * A visitor for the nodes `accepts` takes. The guard runs again on each node so that TypeScript
 * narrows it for `visit` without a cast; it always passes for a node the kind table sent here.
 */
function on<T extends ts.Node>(accepts: (node: ts.Node) => node is T, visit: (walk: FileWalk, node: T, scope: Scope) => void): Visitor {
  return { accepts, visit: (walk, node, scope) => (accepts(node) ? visit(walk, node, scope) : walk.visitChildren(node, scope)) };
}

/** The first visitor that accepts a node visits it; a node no visitor accepts has its children visited. */
const VISITORS: Visitor[] = [
  on(ts.isIdentifier, noteReference),
  on(isModuleLevelDeclaration, visitModuleLevelDeclaration),
  on(ts.isVariableDeclarationList, visitVariables),
  on(isFunctionLikeDeclaration, visitFunction),
  on(ts.isClassLike, visitClass),
  on(isBlockScope, visitBlockScope),
  on(ts.isCatchClause, visitCatch),
  on(ts.isThrowStatement, visitThrow),
  on(ts.isModuleDeclaration, visitNamespace),
  on(ts.isEnumDeclaration, visitEnum),
  on(ts.isStringLiteralLike, visitLiteral),
  on(ts.isCallExpression, visitCall),
  on(isMemberAccess, visitMemberAccess),
  on(ts.isMetaProperty, visitMetaProperty),
  on(ts.isJsxOpeningLikeElement, visitJsxTag),
  on(isLabelOrClosingTag, visitLabelOrClosingTag),
  on(ts.isPropertyAssignment, visitPropertyAssignment),
  on(ts.isShorthandPropertyAssignment, visitShorthandProperty),
  on(ts.isJsxAttribute, visitJsxAttribute),
];

/**
 * The visitor of each syntax kind, found on the first node of that kind: every guard above tests
 * the node's kind only (keep it so: a test of anything else belongs in the visitor), so that
 * answer holds for every node of the kind, and dispatch costs one array read, as a `switch`
 * would (`null`: no visitor).
 */
const visitByKind: (Visit | null | undefined)[] = new Array<undefined>(ts.SyntaxKind.Count).fill(undefined);

function getVisit(node: ts.Node): Visit | null {
  let visit = visitByKind[node.kind];
  if (visit === undefined) visit = visitByKind[node.kind] = VISITORS.find((visitor) => visitor.accepts(node))?.visit ?? null;
  return visit;
}

/**
 * One walk over one file's syntax tree: owns what the visitors share (`FileWalk`) and hands each
 * node to its visitor; resolves references and handles once every declaration is known.
 */
export class FileWalker implements FileWalk {
  readonly facts: FileFacts;
  readonly anchors: SiteAnchors;
  readonly refs: PendingRef[] = [];
  readonly handles: PendingHandle[] = [];
  readonly thisAccesses: PendingThisAccess[] = [];
  readonly caughtVariables = new Map<Declaration, OpenCatch>();
  cls: ClassContext | undefined;
  openCatch: OpenCatch | undefined;

  constructor(
    file: string,
    readonly sf: ts.SourceFile,
    readonly interest: ScanInterest | undefined,
  ) {
    this.anchors = new SiteAnchors(sf);
    this.facts = {
      file,
      bindings: [],
      refs: [],
      handles: [],
      handleAccesses: [],
      globals: [],
      literals: [],
      modules: [],
      exports: { local: [], aliases: [], from: [], star: [] },
      declarations: [],
      constants: [],
      catches: [],
    };
  }

  run(): FileFacts {
    const [firstError] = getParseDiagnostics(this.sf);
    if (firstError) {
      this.facts.syntaxError = { ...positionOf(this.sf, firstError.start), message: ts.flattenDiagnosticMessageText(firstError.messageText, ' ') };
    }
    setParents(this.sf);
    const moduleScope = new Scope(undefined, true);
    for (const statement of this.sf.statements) this.visit(statement, moduleScope);
    // Handles first: a reference to a handle is an access on it only once the handle is known.
    resolveHandles(this);
    resolveReferences(this);
    resolveThisAccesses(this);
    markLateExports(this.facts.declarations, this.facts.exports);
    const suppressions = collectSuppressions(this.sf);
    if (suppressions.length > 0) this.facts.suppressions = suppressions;
    return this.facts;
  }

  visit(node: ts.Node, scope: Scope): void {
    if (ts.isExpressionWithTypeArguments(node) && !ts.isHeritageClause(node.parent)) {
      setParents(node);
      return this.visit(node.expression, scope); // an instantiation expression `Foo<T>` is a value
    }
    if (ts.isTypeNode(node)) return; // type positions are never sites
    const visit = getVisit(node);
    if (visit) visit(this, node, scope);
    else this.visitChildren(node, scope);
  }

  visitChildren(node: ts.Node, scope: Scope): void {
    ts.forEachChild(node, (child) => {
      this.visitChild(child, node, scope);
    });
  }

  visitChild(child: ts.Node, parent: ts.Node, scope: Scope): void {
    setParent(child, parent);
    this.visit(child, scope);
  }
}
