import { defaultWarnSink, type WarnSink } from './warn-sink';

export interface DeprecatedAliasOptions {
  /** The export's name at the legacy path, e.g. `JsonUtils`. */
  readonly name: string;
  /** Where to import it from now, e.g. `@acme/core`. */
  readonly canonicalImport: string;
  /** The export's name at the canonical path, when it was renamed. Default: `name`. */
  readonly canonicalName?: string;
  /** The deprecated path, e.g. `@acme/utils/json-utils`, to name it in the warning. */
  readonly legacyImport?: string;
  /** Default: `SSOT_DEPRECATED_IMPORT`. */
  readonly code?: string;
  /** Default: `process.emitWarning` (a `DeprecationWarning`), else `console.warn`. */
  readonly warn?: WarnSink;
}

/**
 * Wraps a value re-exported from a legacy path so that it behaves like the original (calls, `new`,
 * statics, `instanceof`, property access) and warns once, on first use, with the canonical import.
 * Creating the alias warns nothing, so merely loading the legacy module stays silent and the alias
 * tree-shakes away when unused.
 *
 * The alias is not `===` to the original (compare classes with `instanceof`). Primitives cannot be
 * intercepted: re-export constants directly.
 */
export function deprecatedAlias<T extends object>(value: T, options: DeprecatedAliasOptions): T {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) {
    throw new TypeError(
      `deprecatedAlias(${options.name}): only objects, functions and classes can be aliased, got ${value === null ? 'null' : typeof value}. ` +
        'Re-export a constant directly.',
    );
  }
  const message = formatDeprecation(options);
  const code = options.code ?? 'SSOT_DEPRECATED_IMPORT';
  const sink = options.warn ?? defaultWarnSink;
  let warned = false;
  const warnOnce = (): void => {
    if (warned) return;
    // Marked first, so that a sink that throws (as --throw-deprecation does) still reports once.
    warned = true;
    sink(message, { type: 'DeprecationWarning', code });
  };
  // One bound copy per method keeps `alias.method === alias.method`.
  const boundMethods = new WeakMap<Function, Function>();

  const proxy: T = new Proxy(value, {
    apply(target, thisArg: unknown, args: unknown[]): unknown {
      warnOnce();
      return Reflect.apply(asCallable(target), thisArg, args);
    },
    construct(target, args: unknown[], newTarget: Function): object {
      warnOnce();
      // newTarget (the alias, or a subclass of it) supplies the prototype, which the get trap
      // reads from the original: instances are `instanceof` both.
      return Reflect.construct(asCallable(target), args, newTarget);
    },
    get(target, property, receiver: unknown): unknown {
      warnOnce();
      const throughAlias = receiver === proxy;
      // Accessors and methods run against the original: private fields and built-in slots (a Map's
      // entries) live on it, not on the proxy. A subclass reading an inherited static keeps itself.
      const result: unknown = Reflect.get(target, property, throughAlias ? target : receiver);
      if (!throughAlias || typeof result !== 'function' || Object.hasOwn(target, property) || property === 'constructor') {
        return result;
      }
      // Inherited functions are methods of the original (instance methods, Function.prototype's
      // call/bind/[Symbol.hasInstance]). Own ones, and `constructor`, are returned as they are, so
      // classes, statics and namespace members keep their identity and their own properties.
      const cached = boundMethods.get(result);
      if (cached) return cached;
      const bound: Function = result.bind(target);
      boundMethods.set(result, bound);
      return bound;
    },
    set(target, property, newValue: unknown, receiver: unknown): boolean {
      warnOnce();
      return Reflect.set(target, property, newValue, receiver === proxy ? target : receiver);
    },
    has(target, property): boolean {
      warnOnce();
      return Reflect.has(target, property);
    },
  });
  return proxy;
}

function formatDeprecation(options: DeprecatedAliasOptions): string {
  const canonical = `import { ${options.canonicalName ?? options.name} } from '${options.canonicalImport}'`;
  const what = options.legacyImport
    ? `Importing ${options.name} from '${options.legacyImport}' is deprecated`
    : `${options.name} is imported through a deprecated path`;
  return `${what}: ${canonical} instead.`;
}

function asCallable(target: object): Function {
  // The apply and construct traps only run for callable targets.
  if (typeof target !== 'function') throw new TypeError('deprecatedAlias: the aliased value is not callable.');
  return target;
}
