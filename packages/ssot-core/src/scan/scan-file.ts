import ts from 'typescript';
import { detachKeptStrings, type DeclarationFact, type FileFacts, type HandleTarget, type ScanInterest } from './file-facts';
import { Scope, type Declaration } from './scope';
import { readDeclarations } from './read-declarations';
import { SiteAnchors } from './site-anchors';
import { closeCatch, noteThrow, openCatch, type OpenCatch } from './collect-catches';
import { markLateExports, readClassDeclaration, readFunctionDeclaration, readVariableDeclaration } from './collect-declarations';
import {
  collectBindingNames,
  getDynamicImportSpecifier,
  getMemberAccessOn,
  getNewOf,
  getParseDiagnostics,
  getRequireSpecifier,
  getStaticMemberName,
  getStaticString,
  isIntrinsicJsxTag,
  positionOf,
  scriptKindOf,
} from './syntax';

/** An identifier in a value position, resolved against its scope once every declaration is known. */
interface PendingRef {
  node: ts.Identifier;
  scope: Scope;
}

/** A handle whose annotation or initializer names a root identifier, resolved after the walk. */
interface PendingHandle {
  declaration: Declaration & { kind: 'local' };
  scope: Scope;
  name: string;
  annotation?: { root: string; member?: string };
  init?: { root: string; member?: string; kind: 'new' | 'call' | 'inject' };
}

interface ClassContext {
  properties: Map<string, Declaration & { kind: 'local' }>;
}

interface PendingThisAccess {
  cls: ClassContext;
  property: string;
  node: ts.PropertyAccessExpression | ts.ElementAccessExpression;
  text: string;
}

/**
 * One walk over one file (SPEC §4): import bindings, value references, handles and their member
 * accesses, unbound globals, literals, module sites and export facts; for the detectors, class and
 * function declarations and classified catch clauses. Type positions are skipped.
 */
export function scanFile(file: string, text: string, interest: ScanInterest): FileFacts {
  // JSDoc is never a site: skipping its parse saves about 6 % of the analysis (tools/bench).
  const options = { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };
  // No parent pointers from the parser: the walk sets them as it descends (`setParents`), which
  // saves TypeScript's extra pass over every node (tools/bench, proposal 4).
  const sourceFile = ts.createSourceFile(file, text.replace(/^\uFEFF/, ''), options, false, scriptKindOf(file));
  const facts = new FileWalker(file, sourceFile, interest).run();
  detachKeptStrings(facts);
  return facts;
}

/**
 * Parent pointers, set by the walk instead of by the parser. Before the walk visits a node, that
 * node's parent is set: `visitChild` (and so `visitChildren`) sets it for the child it visits; a
 * handler that reaches further down (a declaration's initializer, a decorator's expression, a
 * function body's statements) first calls `setParents` on every node it steps through. So the
 * parent chain of every node the walk reaches is complete up to the source file, which is what
 * `isValueReference`, `getMemberAccessOn`, `getNewOf` and `isAmbient` read. Subtrees the walk
 * skips (types, import clauses) keep no parent pointers.
 */
function setParents(node: ts.Node): void {
  ts.forEachChild(node, (child) => setParent(child, node));
}

function setParent(child: ts.Node, parent: ts.Node): undefined {
  // Read-only in TypeScript's types because the parser owns it; here the parser left it unset.
  (child as { parent: ts.Node }).parent = parent;
  return undefined;
}

class FileWalker {
  private readonly facts: FileFacts;
  private readonly refs: PendingRef[] = [];
  private readonly handles: PendingHandle[] = [];
  private readonly thisAccesses: PendingThisAccess[] = [];
  private readonly moduleScope = new Scope(undefined, true);
  private cls: ClassContext | undefined;
  /** The innermost catch clause whose block is being visited, outside nested functions. */
  private openCatch: OpenCatch | undefined;
  /** Caught variables → their clause, so that resolving a reference marks the error as used. */
  private readonly caughtVariables = new Map<Declaration, OpenCatch>();
  private readonly anchors: SiteAnchors;

  constructor(
    file: string,
    private readonly sf: ts.SourceFile,
    private readonly interest: ScanInterest,
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
      catches: [],
    };
  }

  run(): FileFacts {
    const [firstError] = getParseDiagnostics(this.sf);
    if (firstError) {
      this.facts.syntaxError = { ...positionOf(this.sf, firstError.start), message: ts.flattenDiagnosticMessageText(firstError.messageText, ' ') };
    }
    setParents(this.sf);
    for (const statement of this.sf.statements) this.visit(statement, this.moduleScope);
    this.resolveHandles();
    this.resolveRefs();
    this.resolveThisAccesses();
    markLateExports(this.facts.declarations, this.facts.exports);
    return this.facts;
  }

  private visit(node: ts.Node, scope: Scope): void {
    if (ts.isExpressionWithTypeArguments(node) && !ts.isHeritageClause(node.parent)) {
      setParents(node);
      return this.visit(node.expression, scope); // an instantiation expression `Foo<T>` is a value
    }
    if (ts.isTypeNode(node)) return; // type positions are never sites
    switch (node.kind) {
      case ts.SyntaxKind.Identifier:
        this.refs.push({ node: node as ts.Identifier, scope });
        return;
      case ts.SyntaxKind.ImportDeclaration:
      case ts.SyntaxKind.ImportEqualsDeclaration:
      case ts.SyntaxKind.ExportDeclaration:
      case ts.SyntaxKind.ExportAssignment:
      case ts.SyntaxKind.InterfaceDeclaration:
      case ts.SyntaxKind.TypeAliasDeclaration:
        return this.visitModuleLevel(node, scope);
      case ts.SyntaxKind.VariableDeclarationList:
        return this.visitVariables(node as ts.VariableDeclarationList, scope);
      case ts.SyntaxKind.FunctionDeclaration:
      case ts.SyntaxKind.FunctionExpression:
      case ts.SyntaxKind.ArrowFunction:
      case ts.SyntaxKind.MethodDeclaration:
      case ts.SyntaxKind.Constructor:
      case ts.SyntaxKind.GetAccessor:
      case ts.SyntaxKind.SetAccessor:
        return this.visitFunction(node as ts.FunctionLikeDeclaration, scope);
      case ts.SyntaxKind.ClassDeclaration:
      case ts.SyntaxKind.ClassExpression:
        return this.visitClass(node as ts.ClassLikeDeclaration, scope);
      case ts.SyntaxKind.Block:
      case ts.SyntaxKind.CaseBlock:
      case ts.SyntaxKind.ForStatement:
      case ts.SyntaxKind.ForInStatement:
      case ts.SyntaxKind.ForOfStatement:
        return this.visitChildren(node, new Scope(scope, false));
      case ts.SyntaxKind.CatchClause:
        return this.visitCatch(node as ts.CatchClause, scope);
      case ts.SyntaxKind.ThrowStatement:
        if (this.openCatch) noteThrow(this.openCatch, node as ts.ThrowStatement);
        return this.visitChildren(node, scope);
      case ts.SyntaxKind.ModuleDeclaration:
        return this.visitNamespace(node as ts.ModuleDeclaration, scope);
      case ts.SyntaxKind.EnumDeclaration:
        return this.visitEnum(node as ts.EnumDeclaration, scope);
      case ts.SyntaxKind.StringLiteral:
      case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
        return this.visitLiteral(node as ts.StringLiteral | ts.NoSubstitutionTemplateLiteral);
      case ts.SyntaxKind.CallExpression:
        return this.visitCall(node as ts.CallExpression, scope);
      case ts.SyntaxKind.PropertyAccessExpression:
      case ts.SyntaxKind.ElementAccessExpression:
        return this.visitMemberAccess(node as ts.PropertyAccessExpression | ts.ElementAccessExpression, scope);
      case ts.SyntaxKind.MetaProperty:
        return this.visitMetaProperty(node as ts.MetaProperty);
      case ts.SyntaxKind.JsxOpeningElement:
      case ts.SyntaxKind.JsxSelfClosingElement:
        return this.visitJsxTag(node as ts.JsxOpeningElement | ts.JsxSelfClosingElement, scope);
      case ts.SyntaxKind.JsxClosingElement:
      case ts.SyntaxKind.LabeledStatement:
      case ts.SyntaxKind.BreakStatement:
      case ts.SyntaxKind.ContinueStatement:
        if (ts.isLabeledStatement(node)) this.visitChild(node.statement, node, scope);
        return;
      case ts.SyntaxKind.PropertyAssignment: {
        const property = node as ts.PropertyAssignment;
        if (ts.isComputedPropertyName(property.name) || ts.isStringLiteral(property.name)) this.visitChild(property.name, node, scope);
        return this.visitChild(property.initializer, node, scope);
      }
      case ts.SyntaxKind.ShorthandPropertyAssignment: {
        const property = node as ts.ShorthandPropertyAssignment;
        setParents(property);
        this.refs.push({ node: property.name, scope });
        if (property.objectAssignmentInitializer) this.visit(property.objectAssignmentInitializer, scope);
        return;
      }
      case ts.SyntaxKind.JsxAttribute: {
        const initializer = (node as ts.JsxAttribute).initializer;
        if (initializer) this.visitChild(initializer, node, scope);
        return;
      }
      default:
        this.visitChildren(node, scope);
    }
  }

  private visitChildren(node: ts.Node, scope: Scope): void {
    ts.forEachChild(node, (child) => {
      this.visitChild(child, node, scope);
    });
  }

  private visitChild(child: ts.Node, parent: ts.Node, scope: Scope): void {
    setParent(child, parent);
    this.visit(child, scope);
  }

  /** Imports, exports and type declarations: facts and declarations, never sites by themselves. */
  private visitModuleLevel(node: ts.Node, scope: Scope): void {
    setParents(node);
    const declared = readDeclarations(node, (n) => this.anchors.at(n), this.facts);
    for (const binding of declared.bindings) scope.declare(binding.local, { kind: 'import', binding: binding.index });
    for (const name of declared.locals) scope.declare(name);
    if (ts.isExportAssignment(node) && !ts.isIdentifier(node.expression)) this.visit(node.expression, scope);
  }

  private visitVariables(list: ts.VariableDeclarationList, scope: Scope): void {
    setParents(list);
    const isVar = (list.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const | ts.NodeFlags.Using)) === 0;
    const target = isVar ? scope.getFunctionScope() : scope;
    const exported = ts.isVariableStatement(list.parent) && list.parent.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    for (const declaration of list.declarations) {
      setParents(declaration);
      if (exported) this.facts.exports.local.push(...collectBindingNames(declaration.name));
      this.addDeclaration(readVariableDeclaration(declaration, this.sf, exported === true));
      const specifier = declaration.initializer ? getRequireSpecifier(declaration.initializer) : undefined;
      if (specifier !== undefined && this.declareRequire(declaration.name, specifier, target)) continue;
      this.declarePattern(declaration.name, target, scope);
      if (ts.isIdentifier(declaration.name)) {
        const local = target.names.get(declaration.name.text);
        if (local?.kind === 'local') this.addHandleCandidate(local, scope, declaration.name.text, declaration.type, declaration.initializer);
      }
      if (declaration.initializer) this.visit(declaration.initializer, scope);
    }
  }

  /** `const x = require('m')` and `const { a, b: c } = require('m')` bind like imports. */
  private declareRequire(name: ts.BindingName, specifier: string, scope: Scope): boolean {
    const bindings = this.facts.bindings;
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

  /** Declares the names of a binding pattern and visits its default values and computed keys. */
  private declarePattern(name: ts.BindingName, target: Scope, valueScope: Scope): void {
    if (ts.isIdentifier(name)) {
      target.declare(name.text);
      return;
    }
    setParents(name);
    for (const element of name.elements) {
      if (ts.isOmittedExpression(element)) continue;
      setParents(element);
      if (element.propertyName && ts.isComputedPropertyName(element.propertyName)) this.visitComputedName(element.propertyName, valueScope);
      if (element.initializer) this.visit(element.initializer, valueScope);
      this.declarePattern(element.name, target, valueScope);
    }
  }

  private visitFunction(node: ts.FunctionLikeDeclaration, scope: Scope): void {
    setParents(node);
    if (ts.isFunctionDeclaration(node)) this.addDeclaration(readFunctionDeclaration(node, this.sf));
    if (ts.isFunctionDeclaration(node) && node.name) {
      scope.declare(node.name.text);
      if (node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
        const isDefault = node.modifiers.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
        this.facts.exports.local.push(isDefault ? 'default' : node.name.text);
      }
    } else if (ts.isFunctionDeclaration(node) && node.modifiers?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) {
      this.facts.exports.local.push('default');
    }
    for (const decorator of ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : []) this.visitDecorator(decorator, scope);
    if (node.name && ts.isComputedPropertyName(node.name)) this.visitComputedName(node.name, scope);
    const inner = new Scope(scope, true);
    if (ts.isFunctionExpression(node) && node.name) inner.declare(node.name.text);
    for (const parameter of node.parameters) this.visitParameter(parameter, inner, ts.isConstructorDeclaration(node));
    if (!node.body) return;
    // A `throw` inside a nested function does not rethrow for the enclosing catch clause.
    const outerCatch = this.openCatch;
    this.openCatch = undefined;
    if (ts.isBlock(node.body)) {
      setParents(node.body);
      for (const statement of node.body.statements) this.visit(statement, inner);
    } else {
      this.visit(node.body, inner);
    }
    this.openCatch = outerCatch;
  }

  private visitParameter(parameter: ts.ParameterDeclaration, scope: Scope, inConstructor: boolean): void {
    setParents(parameter);
    for (const decorator of ts.getDecorators(parameter) ?? []) this.visitDecorator(decorator, scope);
    if (parameter.initializer) this.visit(parameter.initializer, scope);
    this.declarePattern(parameter.name, scope, scope);
    if (!ts.isIdentifier(parameter.name)) return;
    const local = scope.names.get(parameter.name.text);
    if (local?.kind === 'local') this.addHandleCandidate(local, scope, parameter.name.text, parameter.type, parameter.initializer);
    if (inConstructor && this.cls && ts.isParameterPropertyDeclaration(parameter, parameter.parent) && local?.kind === 'local') {
      // A parameter property is also `this.<name>` in the class body: the same handle.
      this.cls.properties.set(parameter.name.text, local);
    }
  }

  private visitClass(node: ts.ClassLikeDeclaration, scope: Scope): void {
    setParents(node);
    if (ts.isClassDeclaration(node)) this.addDeclaration(readClassDeclaration(node, this.sf));
    if (node.name) {
      if (ts.isClassDeclaration(node)) scope.declare(node.name.text);
      const modifiers = node.modifiers ?? [];
      if (ts.isClassDeclaration(node) && modifiers.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
        this.facts.exports.local.push(modifiers.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword) ? 'default' : node.name.text);
      }
    } else if (node.modifiers?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) {
      this.facts.exports.local.push('default');
    }
    for (const decorator of ts.getDecorators(node) ?? []) this.visitDecorator(decorator, scope);
    const inner = new Scope(scope, false);
    if (ts.isClassExpression(node) && node.name) inner.declare(node.name.text);
    for (const clause of node.heritageClauses ?? []) {
      // `extends Base` is a value; `implements I` is a type.
      if (clause.token !== ts.SyntaxKind.ExtendsKeyword) continue;
      setParents(clause);
      for (const type of clause.types) {
        setParents(type);
        this.visit(type.expression, inner);
      }
    }
    const outer = this.cls;
    this.cls = { properties: new Map() };
    for (const member of node.members) {
      if (ts.isPropertyDeclaration(member)) this.visitProperty(member, inner);
      else this.visit(member, inner);
    }
    this.cls = outer;
  }

  private visitProperty(member: ts.PropertyDeclaration, scope: Scope): void {
    setParents(member);
    for (const decorator of ts.getDecorators(member) ?? []) this.visitDecorator(decorator, scope);
    if (ts.isComputedPropertyName(member.name)) this.visitComputedName(member.name, scope);
    if (member.initializer) this.visit(member.initializer, scope);
    if ((ts.isIdentifier(member.name) || ts.isPrivateIdentifier(member.name)) && this.cls) {
      const declaration: Declaration & { kind: 'local' } = { kind: 'local' };
      this.cls.properties.set(member.name.text, declaration);
      this.addHandleCandidate(declaration, scope, member.name.text, member.type, member.initializer);
    }
  }

  private visitCatch(node: ts.CatchClause, scope: Scope): void {
    setParents(node);
    const inner = new Scope(scope, false);
    if (node.variableDeclaration) {
      setParents(node.variableDeclaration);
      this.declarePattern(node.variableDeclaration.name, inner, inner);
    }
    const open = openCatch(node, this.sf);
    this.facts.catches.push(open.fact);
    for (const declaration of inner.names.values()) this.caughtVariables.set(declaration, open);
    const outer = this.openCatch;
    this.openCatch = open;
    setParents(node.block);
    for (const statement of node.block.statements) this.visit(statement, inner);
    this.openCatch = outer;
    closeCatch(open, node, this.sf);
  }

  private addDeclaration(declaration: DeclarationFact | undefined): void {
    if (declaration) this.facts.declarations.push(declaration);
  }

  private visitNamespace(node: ts.ModuleDeclaration, scope: Scope): void {
    setParents(node);
    const isGlobalAugmentation = (node.flags & ts.NodeFlags.GlobalAugmentation) !== 0;
    if (ts.isIdentifier(node.name) && !isGlobalAugmentation) {
      scope.declare(node.name.text);
      if (node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) this.facts.exports.local.push(node.name.text);
    }
    if (!node.body) return;
    setParents(node.body);
    this.visitChildren(node.body, new Scope(scope, true));
  }

  private visitEnum(node: ts.EnumDeclaration, scope: Scope): void {
    setParents(node);
    scope.declare(node.name.text);
    if (node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) this.facts.exports.local.push(node.name.text);
    for (const member of node.members) {
      setParents(member);
      if (ts.isComputedPropertyName(member.name)) this.visitComputedName(member.name, scope);
      if (member.initializer) this.visit(member.initializer, scope);
    }
  }

  private visitDecorator(decorator: ts.Decorator, scope: Scope): void {
    setParents(decorator);
    this.visit(decorator.expression, scope);
  }

  private visitComputedName(name: ts.ComputedPropertyName, scope: Scope): void {
    setParents(name);
    this.visit(name.expression, scope);
  }

  private visitLiteral(node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral): void {
    if (!this.interest.literals.has(node.text)) return;
    this.facts.literals.push({ ...this.anchors.at(node), value: node.text, text: node.getText(this.sf) });
  }

  private visitCall(node: ts.CallExpression, scope: Scope): void {
    const dynamic = getDynamicImportSpecifier(node);
    const required = dynamic === undefined ? getRequireSpecifier(node) : undefined;
    const specifier = dynamic ?? required;
    if (specifier === undefined) return this.visitChildren(node, scope);
    const form = dynamic !== undefined ? 'dynamic' : 'require';
    const text = dynamic !== undefined ? `import('${specifier}')` : `require('${specifier}')`;
    this.facts.modules.push({ ...this.anchors.at(node), form, specifier, text });
  }

  private visitMemberAccess(node: ts.PropertyAccessExpression | ts.ElementAccessExpression, scope: Scope): void {
    const object = node.expression;
    if (this.cls && (ts.isPropertyAccessExpression(object) || ts.isElementAccessExpression(object)) && object.expression.kind === ts.SyntaxKind.ThisKeyword) {
      const property = ts.isPropertyAccessExpression(object) ? object.name.text : getStaticString(object.argumentExpression);
      const member = getStaticMemberName(node);
      if (property !== undefined && member !== undefined) {
        this.thisAccesses.push({ cls: this.cls, property, node, text: `this.${property}.${member}` });
      }
    }
    this.visitChild(object, node, scope);
    if (ts.isElementAccessExpression(node)) this.visitChild(node.argumentExpression, node, scope);
  }

  private visitMetaProperty(node: ts.MetaProperty): void {
    if (node.keywordToken !== ts.SyntaxKind.ImportKeyword || !this.interest.globalRoots.has('import.meta')) return;
    this.facts.globals.push({ ...this.anchors.at(node), segments: ['import.meta', ...memberChain(node)], isNew: false });
  }

  private visitJsxTag(node: ts.JsxOpeningElement | ts.JsxSelfClosingElement, scope: Scope): void {
    setParents(node);
    if (ts.isIdentifier(node.tagName)) {
      if (!isIntrinsicJsxTag(node.tagName.text)) this.refs.push({ node: node.tagName, scope });
    } else {
      this.visit(node.tagName, scope);
    }
    this.visit(node.attributes, scope);
  }

  private addHandleCandidate(declaration: Declaration & { kind: 'local' }, scope: Scope, name: string, type: ts.TypeNode | undefined, initializer: ts.Expression | undefined): void {
    const annotation = type ? readTypeTarget(type) : undefined;
    const init = initializer ? readInitTarget(initializer) : undefined;
    if (annotation || init) this.handles.push({ declaration, scope, name, annotation, init });
  }

  private resolveHandles(): void {
    for (const pending of this.handles) {
      const annotation = pending.annotation ? this.resolveTarget(pending.annotation, pending.scope) : undefined;
      const initTarget = pending.init ? this.resolveTarget(pending.init, pending.scope) : undefined;
      if (!annotation && !initTarget) continue;
      const init = initTarget && pending.init ? { ...initTarget, kind: pending.init.kind } : undefined;
      pending.declaration.handle = this.facts.handles.length;
      this.facts.handles.push({ name: pending.name, annotation, init });
    }
  }

  private resolveTarget(target: { root: string; member?: string }, scope: Scope): HandleTarget | undefined {
    const declaration = scope.lookup(target.root);
    if (declaration?.kind !== 'import') return undefined;
    // `ns.Foo` names a member of a namespace binding; `Foo` a named binding. Anything else is not exactly a binding.
    const isNamespace = this.facts.bindings[declaration.binding].imported === '*';
    if (isNamespace !== (target.member !== undefined)) return undefined;
    return { binding: declaration.binding, member: target.member };
  }

  private resolveRefs(): void {
    for (const { node, scope } of this.refs) {
      if (!isValueReference(node)) continue;
      const declaration = scope.lookup(node.text);
      const caught = declaration && this.caughtVariables.get(declaration);
      if (caught) caught.fact.usesError = true;
      if (declaration?.kind === 'import') this.addBindingRef(node, declaration.binding);
      else if (declaration?.kind === 'local' && declaration.handle !== undefined) this.addHandleAccess(node, declaration.handle);
      else if (!declaration) this.addGlobalRef(node);
    }
  }

  private addBindingRef(node: ts.Identifier, bindingIndex: number): void {
    const binding = this.facts.bindings[bindingIndex];
    if (binding.typeOnly) return;
    let target: ts.Expression = node;
    let base = node.text;
    let member: string | undefined;
    if (binding.imported === '*') {
      const access = getMemberAccessOn(node);
      if (access) {
        member = getStaticMemberName(access);
        target = access;
        base = `${node.text}.${member}`;
      }
    }
    const newExpression = getNewOf(target);
    const staticAccess = newExpression ? undefined : getMemberAccessOn(target);
    const text = newExpression ? `new ${base}` : staticAccess ? `${base}.${getStaticMemberName(staticAccess)}` : base;
    this.facts.refs.push({
      ...this.anchors.at(node),
      binding: bindingIndex,
      member,
      text,
      isNew: newExpression !== undefined,
      newAt: newExpression ? this.anchors.at(newExpression) : undefined,
    });
  }

  private addHandleAccess(node: ts.Identifier, handle: number): void {
    const access = getMemberAccessOn(node);
    if (!access) return;
    this.facts.handleAccesses.push({ ...this.anchors.at(node), handle, text: `${node.text}.${getStaticMemberName(access)}` });
  }

  private addGlobalRef(node: ts.Identifier): void {
    const newExpression = getNewOf(node);
    const wanted = this.interest.globalRoots.has(node.text) || (newExpression !== undefined && this.interest.globalNewNames.has(node.text));
    if (!wanted) return;
    this.facts.globals.push({
      ...this.anchors.at(node),
      segments: [node.text, ...memberChain(node)],
      isNew: newExpression !== undefined,
      newAt: newExpression ? this.anchors.at(newExpression) : undefined,
    });
  }

  private resolveThisAccesses(): void {
    for (const access of this.thisAccesses) {
      const handle = access.cls.properties.get(access.property)?.handle;
      if (handle === undefined) continue;
      this.facts.handleAccesses.push({ ...this.anchors.at(access.node), handle, text: access.text });
    }
  }
}

/** The static member names that follow `node`: `process.env['A'].x` → `['env', 'A', 'x']`. */
function memberChain(node: ts.Node): string[] {
  const names: string[] = [];
  for (let access = getMemberAccessOn(node); access; access = getMemberAccessOn(access)) {
    const name = getStaticMemberName(access);
    if (name === undefined) break;
    names.push(name);
  }
  return names;
}

/** `Foo`, `Foo<T>`, `ns.Foo` exactly (not unions, arrays, or wrappers). */
function readTypeTarget(type: ts.TypeNode): { root: string; member?: string } | undefined {
  if (!ts.isTypeReferenceNode(type)) return undefined;
  const name = type.typeName;
  if (ts.isIdentifier(name)) return { root: name.text };
  if (ts.isIdentifier(name.left)) return { root: name.left.text, member: name.right.text };
  return undefined;
}

function readInitTarget(initializer: ts.Expression): { root: string; member?: string; kind: 'new' | 'call' | 'inject' } | undefined {
  let expression = initializer;
  while (ts.isParenthesizedExpression(expression)) expression = expression.expression;
  if (ts.isNewExpression(expression)) {
    const target = readExpressionTarget(expression.expression);
    return target && { ...target, kind: 'new' };
  }
  if (!ts.isCallExpression(expression)) return undefined;
  const callee = expression.expression;
  const calleeName = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  if (calleeName === 'inject') {
    const [first] = expression.arguments;
    const target = first ? readExpressionTarget(first) : undefined;
    return target && { ...target, kind: 'inject' };
  }
  const target = readExpressionTarget(callee);
  return target && { ...target, kind: 'call' };
}

function readExpressionTarget(expression: ts.Expression): { root: string; member?: string } | undefined {
  if (ts.isIdentifier(expression)) return { root: expression.text };
  if (ts.isPropertyAccessExpression(expression) && ts.isIdentifier(expression.expression)) {
    return { root: expression.expression.text, member: expression.name.text };
  }
  return undefined;
}

/** Identifiers the walk reaches that are names, not references (declarations, keys, labels). */
function isValueReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  switch (parent.kind) {
    case ts.SyntaxKind.PropertyAccessExpression:
      return (parent as ts.PropertyAccessExpression).expression === node;
    case ts.SyntaxKind.QualifiedName:
    case ts.SyntaxKind.MetaProperty:
    case ts.SyntaxKind.JsxAttribute:
    case ts.SyntaxKind.JsxNamespacedName:
    case ts.SyntaxKind.NamespaceExportDeclaration:
      return false;
    case ts.SyntaxKind.BindingElement:
    case ts.SyntaxKind.Parameter:
    case ts.SyntaxKind.VariableDeclaration:
    case ts.SyntaxKind.PropertyDeclaration:
    case ts.SyntaxKind.PropertySignature:
    case ts.SyntaxKind.MethodDeclaration:
    case ts.SyntaxKind.MethodSignature:
    case ts.SyntaxKind.GetAccessor:
    case ts.SyntaxKind.SetAccessor:
    case ts.SyntaxKind.EnumMember:
    case ts.SyntaxKind.PropertyAssignment:
    case ts.SyntaxKind.FunctionDeclaration:
    case ts.SyntaxKind.FunctionExpression:
    case ts.SyntaxKind.ClassDeclaration:
    case ts.SyntaxKind.ClassExpression:
    case ts.SyntaxKind.TypeParameter:
      return (parent as ts.NamedDeclaration).name !== node;
    default:
      return true;
  }
}
