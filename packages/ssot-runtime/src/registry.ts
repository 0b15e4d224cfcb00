import { describeKey, describeValue } from './describe-value';
import { SsotRuntimeError } from './runtime-error';

export type RegistryErrorCode = 'duplicate-key' | 'frozen' | 'unknown-key';

/** A misuse of a registry: a key registered twice, a registration after `freeze()`, an unknown key. */
export class RegistryError extends SsotRuntimeError<RegistryErrorCode> {}

export interface RegistryOptions {
  /** Names the registry in messages, e.g. `serializers`. Default: `registry`. */
  readonly name?: string;
}

export interface RegisterOptions {
  /**
   * Who registers, e.g. `@acme/json`, named when the key is registered twice. Default: a
   * description of the value and the registration's ordinal, e.g. `class JsonHandler (registration #2)`.
   */
  readonly registrant?: string;
}

/** The string keys of an entry map. */
export type RegistryKey<Entries> = keyof Entries & string;

/**
 * A map from keys to values, filled once at start-up and then frozen. `Entries` types each key's
 * value (`{ json: JsonHandler; yaml: YamlHandler }`); `Record<string, T>` gives a registry of
 * one value type (see `UniversalRegistry`).
 */
export interface Registry<Entries extends object> {
  readonly name: string;
  readonly frozen: boolean;
  /** Throws a `RegistryError` when the key is taken or the registry is frozen. */
  register<K extends RegistryKey<Entries>>(key: K, value: Entries[K], options?: RegisterOptions): void;
  /** The value, or `undefined` when nothing is registered under the key. */
  get<K extends RegistryKey<Entries>>(key: K): Entries[K] | undefined;
  /** The value; throws a `RegistryError` listing the known keys when nothing is registered under it. */
  getOrThrow<K extends RegistryKey<Entries>>(key: K): Entries[K];
  /** Who registered the key, or `undefined` when nothing is registered under it. */
  getRegistrant(key: string): string | undefined;
  has(key: string): key is RegistryKey<Entries>;
  /** Keys in registration order. */
  keys(): Array<RegistryKey<Entries>>;
  /** `[key, value]` pairs in registration order. */
  entries(): Array<readonly [RegistryKey<Entries>, Entries[RegistryKey<Entries>]]>;
  /** Ends start-up: later registrations throw. Idempotent. */
  freeze(): void;
}

/** A registry whose values all have one type. */
export type UniversalRegistry<T> = Registry<Record<string, T>>;

interface Registration<Value> {
  readonly value: Value;
  readonly registrant: string;
}

export function createRegistry<Entries extends object>(
  options: RegistryOptions = {},
): Registry<Entries> {
  return new TypedRegistry<Entries>(options.name);
}

class TypedRegistry<Entries extends object> implements Registry<Entries> {
  readonly #registrations = new Map<RegistryKey<Entries>, Registration<Entries[RegistryKey<Entries>]>>();
  #frozen = false;
  #registrationCount = 0;

  readonly name: string;
  /** How messages name this registry: `Registry "serializers"`, or just `Registry` when unnamed. */
  readonly #label: string;

  constructor(name: string | undefined) {
    this.name = name ?? 'registry';
    this.#label = name === undefined ? 'Registry' : `Registry "${name}"`;
  }

  get frozen(): boolean {
    return this.#frozen;
  }

  register<K extends RegistryKey<Entries>>(key: K, value: Entries[K], options: RegisterOptions = {}): void {
    this.#registrationCount += 1;
    const registrant = options.registrant ?? `${describeValue(value)} (registration #${this.#registrationCount})`;
    if (this.#frozen) {
      throw new RegistryError(
        'frozen',
        `${this.#label} is frozen: key ${describeKey(key)} (from ${registrant}) cannot be registered after start-up. ` +
          'Register it before freeze() is called.',
      );
    }
    const existing = this.#registrations.get(key);
    if (existing) {
      throw new RegistryError(
        'duplicate-key',
        `${this.#label}: key ${describeKey(key)} is registered twice: first by ${existing.registrant}, ` +
          `then by ${registrant}. Keep one registration or register under another key.`,
      );
    }
    this.#registrations.set(key, { value, registrant });
  }

  get<K extends RegistryKey<Entries>>(key: K): Entries[K] | undefined {
    return this.#lookup(key)?.value;
  }

  getOrThrow<K extends RegistryKey<Entries>>(key: K): Entries[K] {
    const registration = this.#lookup(key);
    if (!registration) {
      const known = [...this.#registrations.keys()].sort().map(describeKey);
      const listing = known.length > 0 ? `known keys: ${known.join(', ')}` : 'nothing is registered yet';
      throw new RegistryError('unknown-key', `${this.#label} has no key ${describeKey(key)}; ${listing}.`);
    }
    return registration.value;
  }

  getRegistrant(key: string): string | undefined {
    return this.has(key) ? this.#lookup(key)?.registrant : undefined;
  }

  has(key: string): key is RegistryKey<Entries> {
    // Widening the key type is safe for a look-up; the narrowing of `key` is what this method adds.
    return (this.#registrations as ReadonlyMap<string, unknown>).has(key);
  }

  keys(): Array<RegistryKey<Entries>> {
    return [...this.#registrations.keys()];
  }

  entries(): Array<readonly [RegistryKey<Entries>, Entries[RegistryKey<Entries>]]> {
    return [...this.#registrations].map(([key, registration]) => [key, registration.value] as const);
  }

  freeze(): void {
    this.#frozen = true;
  }

  #lookup<K extends RegistryKey<Entries>>(key: K): Registration<Entries[K]> | undefined {
    // register() stores an Entries[K] under K; a Map cannot express that pairing, so it is asserted here only.
    return this.#registrations.get(key) as Registration<Entries[K]> | undefined;
  }
}

