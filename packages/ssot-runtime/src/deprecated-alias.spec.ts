import { deprecatedAlias, type DeprecatedAliasOptions } from './deprecated-alias';
import type { WarningDetails } from './warn-sink';

class JsonHandler {
  static readonly defaultIndent = 2;
  static create(): JsonHandler {
    return new this();
  }
  #calls = 0;
  get calls(): number {
    return this.#calls;
  }
  stringify(value: unknown): string {
    this.#calls += 1;
    return JSON.stringify(value);
  }
}

function parseJson(text: string): unknown {
  return JSON.parse(text);
}

/** Collects warnings and builds aliases that report to it. */
function recorder() {
  const warnings: Array<[string, WarningDetails]> = [];
  const alias = <T extends object>(value: T, options: Partial<DeprecatedAliasOptions> = {}): T =>
    deprecatedAlias(value, {
      name: 'JsonHandler',
      canonicalImport: '@acme/core',
      legacyImport: '@acme/utils/json-utils',
      warn: (message, details) => warnings.push([message, details]),
      ...options,
    });
  return { warnings, alias };
}

describe('deprecatedAlias', () => {
  describe('behaves like the original and warns once, on first use', () => {
    it.each<{ name: string; use: (alias: <T extends object>(value: T) => T) => void }>([
      {
        name: 'a class: new, statics, instanceof, subclassing, private fields',
        use: (alias) => {
          const Legacy = alias(JsonHandler);
          const handler = new Legacy();
          expect(handler).toBeInstanceOf(JsonHandler);
          expect(handler).toBeInstanceOf(Legacy);
          expect(handler.stringify({ a: 1 })).toBe('{"a":1}');
          expect(Legacy.defaultIndent).toBe(2);
          expect(Legacy.create()).toBeInstanceOf(JsonHandler);
          expect(Legacy.name).toBe('JsonHandler');
          class Pretty extends Legacy {}
          expect(new Pretty()).toBeInstanceOf(JsonHandler);
          expect(Pretty.create()).toBeInstanceOf(Pretty);
        },
      },
      {
        name: 'a function: calls, with this and arguments',
        use: (alias) => {
          const legacyParse = alias(parseJson);
          expect(legacyParse('[1]')).toEqual([1]);
          expect(legacyParse.call(undefined, '2')).toBe(2);
          expect(legacyParse.name).toBe('parseJson');
        },
      },
      {
        name: 'an instance: methods and getters that use private fields',
        use: (alias) => {
          const legacyHandler = alias(new JsonHandler());
          expect(legacyHandler.stringify(true)).toBe('true');
          expect(legacyHandler.calls).toBe(1);
          expect(legacyHandler.stringify).toBe(legacyHandler.stringify);
          expect(legacyHandler.constructor).toBe(JsonHandler);
        },
      },
      {
        name: 'a built-in with internal slots (a Map)',
        use: (alias) => {
          const legacyCache = alias(new Map([['k', 1]]));
          legacyCache.set('j', 2);
          expect(legacyCache.get('k')).toBe(1);
          expect(legacyCache.size).toBe(2);
        },
      },
      {
        name: 'an object of helpers: property reads, writes and `in`',
        use: (alias) => {
          const helpers = { parseJson, JsonHandler, retries: 3 };
          const legacyHelpers = alias(helpers);
          expect(legacyHelpers.parseJson('{}')).toEqual({});
          expect(legacyHelpers.JsonHandler).toBe(JsonHandler);
          expect('retries' in legacyHelpers).toBe(true);
          legacyHelpers.retries = 5;
          expect(helpers.retries).toBe(5);
        },
      },
    ])('$name', ({ use }) => {
      const { warnings, alias } = recorder();
      use(alias);
      expect(warnings).toEqual([
        [
          "Importing JsonHandler from '@acme/utils/json-utils' is deprecated: import { JsonHandler } from '@acme/core' instead.",
          { type: 'DeprecationWarning', code: 'SSOT_DEPRECATED_IMPORT' },
        ],
      ]);
    });
  });

  it('warns nothing until the alias is used', () => {
    const { warnings, alias } = recorder();
    alias(JsonHandler);
    expect(warnings).toEqual([]);
  });

  it('warns once per alias: two aliases of one value warn separately', () => {
    const { warnings, alias } = recorder();
    alias(parseJson)('1');
    alias(parseJson)('1');
    expect(warnings).toHaveLength(2);
  });

  it.each<{ options: Partial<DeprecatedAliasOptions>; expected: string }>([
    {
      options: { legacyImport: undefined },
      expected: "JsonHandler is imported through a deprecated path: import { JsonHandler } from '@acme/core' instead.",
    },
    {
      options: { name: 'JsonUtils', canonicalName: 'UnifiedJSONHandler' },
      expected:
        "Importing JsonUtils from '@acme/utils/json-utils' is deprecated: import { UnifiedJSONHandler } from '@acme/core' instead.",
    },
    {
      options: { code: 'ACME_JSON_UTILS' },
      expected: "Importing JsonHandler from '@acme/utils/json-utils' is deprecated: import { JsonHandler } from '@acme/core' instead.",
    },
  ])('message: $expected', ({ options, expected }) => {
    const { warnings, alias } = recorder();
    alias(parseJson, options)('0');
    expect(warnings).toEqual([[expected, { type: 'DeprecationWarning', code: options.code ?? 'SSOT_DEPRECATED_IMPORT' }]]);
  });

  it('warns once even when the sink throws (as --throw-deprecation does)', () => {
    let calls = 0;
    const legacyParse = deprecatedAlias(parseJson, {
      name: 'parseJson',
      canonicalImport: '@acme/core',
      warn: () => {
        calls += 1;
        throw new Error('deprecations are errors here');
      },
    });
    expect(() => legacyParse('1')).toThrow('deprecations are errors here');
    expect(legacyParse('1')).toBe(1);
    expect(calls).toBe(1);
  });

  it('rejects a primitive, which cannot be intercepted', () => {
    // @ts-expect-error: the signature already excludes primitives; plain JavaScript callers are checked at run time
    expect(() => deprecatedAlias('yyyy-MM-dd', { name: 'DATE_FORMAT', canonicalImport: '@acme/core' })).toThrow(
      new TypeError(
        'deprecatedAlias(DATE_FORMAT): only objects, functions and classes can be aliased, got string. Re-export a constant directly.',
      ),
    );
  });
});
