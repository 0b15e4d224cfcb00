import { SsotRuntimeError } from './runtime-error';
import { defaultWarnSink, type WarnSink } from './warn-sink';

/** `throw` rejects a direct `new`; `warn` reports it once per guard and lets it through (for migrations). */
export type GuardMode = 'throw' | 'warn';

export interface ConstructionGuardOptions {
  /** Default: `throw`. */
  readonly mode?: GuardMode;
  /**
   * Completes "ExecutionEngine is constructed through its factory …" in the message, e.g.
   * `so users never share state`.
   */
  readonly why?: string;
  /** Where `warn` mode reports. Default: `process.emitWarning`, else `console.warn`. */
  readonly warn?: WarnSink;
}

/** A direct `new` of a class that must be constructed through its factory. */
export class ConstructionGuardError extends SsotRuntimeError<'direct-construction'> {}

/**
 * Keeps a class's construction inside its factory. The constructor calls `check()` first; the
 * factory constructs inside `allow(() => new X(...))`.
 *
 * The allowance covers the synchronous part of the `allow` callback only and exactly one
 * construction: the constructor must call `check()` synchronously (a constructor cannot await
 * anyway), and a `new X()` after an `await`, or a second one in the same callback, is reported.
 */
export interface ConstructionGuard {
  readonly className: string;
  /** The factory call as users should write it, e.g. `getExecutionEngine(userId)`. */
  readonly factory: string;
  readonly mode: GuardMode;
  /** What a direct construction reports. */
  readonly message: string;
  /** Call first in the constructor: throws or warns unless inside `allow`. */
  check(): void;
  /** Runs `construct` with permission for one construction and returns its result. */
  allow<T>(construct: () => T): T;
}

/**
 * @param className the guarded class, as users write it after `new`.
 * @param factory the sanctioned way to construct it: a name (`getExecutionEngine`) or a call
 *   (`getExecutionEngine(userId)`).
 */
export function createConstructionGuard(
  className: string,
  factory: string,
  options: ConstructionGuardOptions = {},
): ConstructionGuard {
  const factoryCall = factory.includes('(') ? factory : `${factory}()`;
  const why = options.why ? ` ${options.why}` : '';
  return new FactoryOnlyGuard(
    className,
    factoryCall,
    options.mode ?? 'throw',
    `new ${className}() is not allowed: use ${factoryCall} (${className} is constructed through its factory${why})`,
    options.warn ?? defaultWarnSink,
  );
}

class FactoryOnlyGuard implements ConstructionGuard {
  // One unconsumed permission at most, saved and restored around each allow(): a guarded
  // constructor that builds another instance through the factory gets its own permission, while a
  // bare `new` inside the allowed constructor finds the permission already used. A plain nesting
  // depth would wave that bare `new` through.
  #permits = 0;
  #warned = false;
  readonly #warn: WarnSink;

  constructor(
    readonly className: string,
    readonly factory: string,
    readonly mode: GuardMode,
    readonly message: string,
    warn: WarnSink,
  ) {
    this.#warn = warn;
  }

  check(): void {
    if (this.#permits > 0) {
      this.#permits -= 1;
      return;
    }
    if (this.mode === 'throw') throw new ConstructionGuardError('direct-construction', this.message);
    if (this.#warned) return;
    // Marked first, so that a sink that throws (as --throw-deprecation does) still reports once.
    this.#warned = true;
    this.#warn(this.message, { type: 'SsotWarning', code: 'SSOT_DIRECT_CONSTRUCTION' });
  }

  allow<T>(construct: () => T): T {
    const saved = this.#permits;
    this.#permits = 1;
    try {
      return construct();
    } finally {
      // Restored synchronously, so nothing after an await inside `construct` is covered.
      this.#permits = saved;
    }
  }
}
