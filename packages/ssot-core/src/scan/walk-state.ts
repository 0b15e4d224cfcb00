import type ts from 'typescript';
import type { FileFacts, ScanInterest } from './file-facts';
import type { OpenCatch } from './collect-catches';
import type { Declaration, LocalDeclaration, Scope } from './scope';
import type { SiteAnchors } from './site-anchors';

/**
 * What the visitors (`visit-*.ts`) share while one file is walked: the facts being filled, the
 * references and handles left to resolve once every declaration is known, and where the walk is
 * (the class whose body it is in, the catch clause whose block it is in). `FileWalker` owns it and
 * dispatches each node to its visitor; a visitor recurses through `visit`, `visitChild` and
 * `visitChildren`. Declared here, apart from the walker, so that no visitor imports the walker.
 */
export interface FileWalk {
  readonly sf: ts.SourceFile;
  readonly facts: FileFacts;
  /** `undefined`: keep every unbound global reference and every string literal. */
  readonly interest: ScanInterest | undefined;
  readonly anchors: SiteAnchors;
  readonly refs: PendingRef[];
  readonly handles: PendingHandle[];
  readonly thisAccesses: PendingThisAccess[];
  /** The class whose members are being visited (nested functions included). */
  cls: ClassContext | undefined;
  /** The innermost catch clause whose block is being visited, outside nested functions. */
  openCatch: OpenCatch | undefined;
  /** Caught variables → their clause, so that resolving a reference marks the error as used. */
  readonly caughtVariables: Map<Declaration, OpenCatch>;
  /** Visits `node`, whose parent pointer is already set. */
  visit(node: ts.Node, scope: Scope): void;
  /** Sets the parent of every child of `node`, then visits it. */
  visitChildren(node: ts.Node, scope: Scope): void;
  visitChild(child: ts.Node, parent: ts.Node, scope: Scope): void;
}

/** An identifier in a value position, resolved against its scope once every declaration is known. */
export interface PendingRef {
  node: ts.Identifier;
  scope: Scope;
}

/** `Foo` or `ns.Foo`, as a handle's annotation or initializer names it. */
export interface TargetName {
  root: string;
  member?: string;
}

/** A handle whose annotation or initializer names a root identifier, resolved after the walk. */
export interface PendingHandle {
  declaration: LocalDeclaration;
  scope: Scope;
  name: string;
  annotation?: TargetName;
  init?: TargetName & { kind: 'new' | 'call' | 'inject' };
}

/** A class body: its properties (and parameter properties), which `this.<name>` refers to. */
export interface ClassContext {
  properties: Map<string, LocalDeclaration>;
}

/** `this.<property>.<member>`, resolved once the class's properties are all known. */
export interface PendingThisAccess {
  cls: ClassContext;
  property: string;
  node: ts.PropertyAccessExpression | ts.ElementAccessExpression;
  text: string;
}
