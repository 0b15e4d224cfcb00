import { Node, type ParameterDeclaration, type SourceFile } from 'ts-morph';
import type { NormalizedEntry } from '../registry/normalized-registry';
import type { InMemoryProject } from './in-memory-project';

export interface ParameterInfo {
  name: string;
  /** The annotation as written (whitespace collapsed); absent when unannotated. */
  type?: string;
  optional: boolean;
  rest: boolean;
}

/** A constructor's or a factory's parameter list, read from its declaration. */
export interface CallableInfo {
  /** For messages: `getEngine(userId: string)`. */
  label: string;
  params: ParameterInfo[];
  /** `async`, or annotated to return `Promise<…>` / `PromiseLike<…>`, or inferred to. */
  returnsPromise: boolean;
}

/** A declaration found, or the reason it cannot be compared. */
export type Lookup<T> = { found: T } | { refused: string };

/**
 * The SSOT's constructor and factory, read syntactically from the entry's source (SPEC §3: the
 * factory is an exported function of the same source). Results are plain data, cached per entry.
 */
export class SsotDeclarations {
  private readonly cache = new Map<string, Lookup<CallableInfo>>();

  constructor(private readonly project: InMemoryProject) {}

  getConstructor(entry: NormalizedEntry, className: string): Lookup<CallableInfo> {
    return this.cached(`new\0${entry.name}\0${className}`, () => this.readConstructor(entry, className));
  }

  getFactory(entry: NormalizedEntry): Lookup<CallableInfo> {
    return this.cached(`factory\0${entry.name}`, () => this.readFactory(entry));
  }

  private cached(key: string, read: () => Lookup<CallableInfo>): Lookup<CallableInfo> {
    let found = this.cache.get(key);
    if (!found) {
      found = read();
      this.cache.set(key, found);
    }
    return found;
  }

  private readConstructor(entry: NormalizedEntry, className: string): Lookup<CallableInfo> {
    const source = this.getSourceFile(entry);
    if ('refused' in source) return source;
    const declaration = findExported(source.found, className);
    if (!declaration || !Node.isClassDeclaration(declaration)) return { refused: `${className} is not a class declared in ${entry.source}` };
    const constructors = declaration.getConstructors();
    if (constructors.length === 0) {
      const base = declaration.getExtends();
      if (base) return { refused: `${className} inherits its constructor from ${base.getText()}, whose parameters are not in ${entry.source}` };
      return { found: { label: `new ${className}()`, params: [], returnsPromise: false } };
    }
    if (constructors.length > 1 || constructors[0].getOverloads().length > 0) return { refused: `${className} has overloaded constructors` };
    const params = constructors[0].getParameters().map(readParameter);
    return { found: { label: `new ${className}(${describeParameters(params)})`, params, returnsPromise: false } };
  }

  private readFactory(entry: NormalizedEntry): Lookup<CallableInfo> {
    const name = entry.factory;
    if (name === undefined) return { refused: `${entry.name} has no factory` };
    const source = this.getSourceFile(entry);
    if ('refused' in source) return source;
    const declaration = findExported(source.found, name);
    const fn = Node.isVariableDeclaration(declaration) ? declaration.getInitializer() : declaration;
    if (!Node.isFunctionDeclaration(fn) && !Node.isArrowFunction(fn) && !Node.isFunctionExpression(fn)) {
      return { refused: `the factory ${name} is not a function declared in ${entry.source}` };
    }
    if (Node.isFunctionDeclaration(fn) && fn.getOverloads().length > 0) return { refused: `the factory ${name} is overloaded` };
    const params = fn.getParameters().map(readParameter);
    const annotated = fn.getReturnTypeNode()?.getText();
    // Without an annotation the checker infers the return type from the source alone.
    const inferred = annotated === undefined ? fn.getReturnType().getSymbol()?.getName() : undefined;
    const returnsPromise = fn.isAsync() || /^(Promise|PromiseLike)\s*</.test(annotated ?? '') || inferred === 'Promise' || inferred === 'PromiseLike';
    return { found: { label: `${name}(${describeParameters(params)})`, params, returnsPromise } };
  }

  private getSourceFile(entry: NormalizedEntry): Lookup<SourceFile> {
    if (entry.source === undefined) return { refused: `${entry.name} lives in the package ${entry.module}, outside the workspace: its declarations cannot be compared` };
    const file = this.project.getSource(entry.source);
    return file ? { found: file } : { refused: `${entry.source} cannot be read` };
  }
}

/**
 * The declaration `source` exports as `name`: one declared there with `export` (not `export
 * default`), found without the type checker, which costs more than the rest of a plan on its first
 * use (ESLint's rule plans fixes file by file); else what the checker resolves (`export { X }`,
 * `export { X } from`, `export *`).
 */
function findExported(source: SourceFile, name: string): Node | undefined {
  const local = source.getClass(name) ?? source.getFunction(name);
  if (local && local.hasExportKeyword() && !local.hasDefaultKeyword()) return local;
  const variable = source.getVariableDeclaration(name);
  if (variable && variable.getVariableStatement()?.hasExportKeyword()) return variable;
  return source.getExportedDeclarations().get(name)?.[0];
}

function readParameter(parameter: ParameterDeclaration): ParameterInfo {
  const type = parameter.getTypeNode()?.getText().replace(/\s+/g, ' ');
  return {
    name: parameter.getName(),
    ...(type !== undefined && { type }),
    optional: parameter.hasQuestionToken() || parameter.hasInitializer(),
    rest: parameter.isRestParameter(),
  };
}

function describeParameters(params: readonly ParameterInfo[]): string {
  return params.map((p) => `${p.rest ? '...' : ''}${p.name}${p.optional && !p.rest ? '?' : ''}${p.type ? `: ${p.type}` : ''}`).join(', ');
}
