import { describeKey } from './describe-value';
import { SsotRuntimeError } from './runtime-error';
import { defaultWarnSink } from './warn-sink';

export type ScopedFactoryErrorCode = 'invalid-option' | 'create-cycle';

/** A misuse of a scoped factory: a bad option, or `create` asking for its own key. */
export class ScopedFactoryError extends SsotRuntimeError<ScopedFactoryErrorCode> {}

export interface ScopedFactoryOptions<Key, Instance, Context> {
  /** Names the factory in messages, e.g. `getExecutionEngine`. Default: `scoped factory`. */
  readonly name?: string;
  /**
   * Makes the instance for one key (a user id, a tenant). Synchronous or async: `get` returns
   * whatever this returns. Called again for a key only after its instance was evicted, disposed,
   * or its creation failed.
   */
  readonly create: (key: Key, context: Context) => Instance;
  /** Releases an instance that is evicted or disposed (closes connections, clears timers). */
  readonly dispose?: (instance: Awaited<Instance>, key: Key) => void | PromiseLike<void>;
  /** The most instances kept at once; beyond it the least recently used is evicted. Default: unbounded. */
  readonly maxSize?: number;
  /**
   * Receives a failure of `dispose` during an eviction, which happens inside `get` where no caller
   * awaits the disposal. Default: a warning (code `SSOT_EVICTION_DISPOSE_FAILED`).
   */
  readonly onEvictionError?: (error: unknown, key: Key) => void;
}

/** The context argument of `get`: optional when `create` ignores or accepts `undefined`. */
export type ContextArgs<Context> = undefined extends Context ? [context?: Context] : [context: Context];

/**
 * One instance per key; keys never share state. `get` returns what `create` returns: an instance
 * for a synchronous `create`, one shared promise for an async one.
 */
export interface ScopedFactory<Key, Instance, Context = undefined> {
  readonly name: string;
  /** How many keys have an instance (or a pending creation). */
  readonly size: number;
  /**
   * The key's instance, created on first use. `context` reaches `create` only on that first call.
   * Concurrent first calls with an async `create` share one pending promise; a failed creation is
   * not cached, so the next call tries again.
   */
  get(key: Key, ...context: ContextArgs<Context>): Instance;
  /** Whether the key has an instance (or a pending creation); does not make it recent. */
  has(key: Key): boolean;
  /** Keys from least to most recently used. */
  keys(): Key[];
  /**
   * Forgets the key's instance at once (the next `get` creates a new one) and settles when
   * `dispose` has finished with it, after its creation if that was still pending.
   */
  dispose(key: Key): Promise<void>;
  /** Forgets every instance; rejects with an `AggregateError` when some `dispose` calls failed. */
  disposeAll(): Promise<void>;
}

export function createScopedFactory<Key, Instance, Context = undefined>(
  options: ScopedFactoryOptions<Key, Instance, Context>,
): ScopedFactory<Key, Instance, Context> {
  const name = options.name ?? 'scoped factory';
  const label = options.name === undefined ? 'Scoped factory' : `Scoped factory "${options.name}"`;
  const maxSize = options.maxSize ?? Number.POSITIVE_INFINITY;
  if (maxSize !== Number.POSITIVE_INFINITY && !(Number.isInteger(maxSize) && maxSize >= 1)) {
    throw new ScopedFactoryError(
      'invalid-option',
      `${label}: maxSize must be a whole number of at least 1 (or omitted for no limit), got ${String(maxSize)}.`,
    );
  }
  const onEvictionError =
    options.onEvictionError ??
    ((error: unknown, key: Key) =>
      defaultWarnSink(`${label}: disposing the evicted instance for ${describeKey(key)} failed: ${String(error)}`, {
        type: 'SsotWarning',
        code: 'SSOT_EVICTION_DISPOSE_FAILED',
      }));
  return new KeyedInstances({ ...options, name, label, maxSize, onEvictionError });
}

type NormalizedOptions<Key, Instance, Context> = ScopedFactoryOptions<Key, Instance, Context> &
  Required<Pick<ScopedFactoryOptions<Key, Instance, Context>, 'name' | 'maxSize' | 'onEvictionError'>> & {
    /** How messages name the factory: `Scoped factory "engines"`, or just `Scoped factory` when unnamed. */
    readonly label: string;
  };

/** Wraps the value so a cached `undefined` instance still counts as present. */
interface Entry<Instance> {
  readonly value: Instance;
}

class KeyedInstances<Key, Instance, Context> implements ScopedFactory<Key, Instance, Context> {
  // A Map iterates in insertion order; re-inserting on every hit keeps it ordered by recency.
  readonly #entries = new Map<Key, Entry<Instance>>();
  readonly #creating = new Set<Key>();
  readonly #options: NormalizedOptions<Key, Instance, Context>;

  constructor(options: NormalizedOptions<Key, Instance, Context>) {
    this.#options = options;
  }

  get name(): string {
    return this.#options.name;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: Key, ...context: ContextArgs<Context>): Instance {
    const cached = this.#entries.get(key);
    if (cached) {
      this.#entries.delete(key);
      this.#entries.set(key, cached);
      return cached.value;
    }
    if (this.#creating.has(key)) {
      throw new ScopedFactoryError(
        'create-cycle',
        `${this.#options.label}: create(${describeKey(key)}) asked for ${describeKey(key)} again before returning. ` +
          'Break the cycle: an instance cannot depend on itself.',
      );
    }
    this.#creating.add(key);
    let value: Instance;
    try {
      // ContextArgs makes the argument optional only when `undefined` is a valid Context.
      value = this.#options.create(key, context[0] as Context);
    } finally {
      this.#creating.delete(key);
    }
    const entry: Entry<Instance> = { value };
    this.#entries.set(key, entry);
    if (isPromiseLike(value)) {
      // Every concurrent caller holds this same promise; on rejection only the cache lets go of it,
      // so the next call retries while the callers still see the error.
      value.then(undefined, () => {
        if (this.#entries.get(key) === entry) this.#entries.delete(key);
      });
    }
    this.#evictOverflow();
    return value;
  }

  has(key: Key): boolean {
    return this.#entries.has(key);
  }

  keys(): Key[] {
    return [...this.#entries.keys()];
  }

  dispose(key: Key): Promise<void> {
    const entry = this.#entries.get(key);
    if (!entry) return Promise.resolve();
    this.#entries.delete(key);
    return this.#disposeValue(entry.value, key);
  }

  async disposeAll(): Promise<void> {
    const all = [...this.#entries];
    this.#entries.clear();
    const results = await Promise.allSettled(all.map(([key, entry]) => this.#disposeValue(entry.value, key)));
    const failedKeys: string[] = [];
    const errors: unknown[] = [];
    results.forEach((result, index) => {
      if (result.status === 'fulfilled') return;
      failedKeys.push(describeKey(all[index]?.[0]));
      errors.push(result.reason);
    });
    if (errors.length > 0) {
      throw new AggregateError(
        errors,
        `${this.#options.label}: disposing ${errors.length} of ${all.length} instances failed (${failedKeys.join(', ')}).`,
      );
    }
  }

  #evictOverflow(): void {
    for (const [key, entry] of this.#entries) {
      if (this.#entries.size <= this.#options.maxSize) return;
      this.#entries.delete(key);
      this.#disposeValue(entry.value, key).catch((error: unknown) => this.#options.onEvictionError(error, key));
    }
  }

  #disposeValue(value: Instance, key: Key): Promise<void> {
    const dispose = this.#options.dispose;
    if (!dispose) return Promise.resolve();
    if (isPromiseLike(value)) {
      // A creation that failed has nothing to dispose; its callers already received the error.
      return Promise.resolve(value).then(
        (instance) => dispose(instance, key),
        () => undefined,
      );
    }
    try {
      // Disposed synchronously so a synchronous resource is released before dispose() returns;
      // a value that is not a promise is its own awaited type.
      return Promise.resolve(dispose(value as Awaited<Instance>, key));
    } catch (error) {
      return Promise.reject(error);
    }
  }
}

function isPromiseLike<T>(value: T): value is T & PromiseLike<Awaited<T>> {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    'then' in value &&
    typeof value.then === 'function'
  );
}
