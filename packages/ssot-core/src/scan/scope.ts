/** A lexical scope of the walk: which names it declares, and whether each is an import or a handle. */
export type Declaration = { kind: 'import'; binding: number } | LocalDeclaration;

/** A name declared in the file itself; `handle` once it is known to hold an entry's instance. */
export interface LocalDeclaration {
  kind: 'local';
  handle?: number;
}

export class Scope {
  readonly names = new Map<string, Declaration>();
  constructor(
    readonly parent: Scope | undefined,
    /** Function (and module) scopes receive `var` declarations. */
    readonly isFunction: boolean,
  ) {}

  declare(name: string, declaration: Declaration = { kind: 'local' }): Declaration {
    this.names.set(name, declaration);
    return declaration;
  }

  /** The nearest scope that takes `var` declarations. */
  getFunctionScope(): Scope {
    let scope: Scope = this;
    while (!scope.isFunction && scope.parent) scope = scope.parent;
    return scope;
  }

  lookup(name: string): Declaration | undefined {
    for (let scope: Scope | undefined = this; scope; scope = scope.parent) {
      const found = scope.names.get(name);
      if (found) return found;
    }
    return undefined;
  }
}
