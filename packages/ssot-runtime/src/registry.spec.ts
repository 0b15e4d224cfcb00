import { createRegistry, RegistryError, type UniversalRegistry } from './registry';

class JsonHandler {
  readonly format = 'json';
}
class YamlHandler {
  readonly format = 'yaml';
}
interface Serializers {
  json: JsonHandler;
  yaml: YamlHandler;
}

describe('createRegistry', () => {
  describe('misuse is a RegistryError with an exact message', () => {
    const cases: Array<{ name: string; act: (registry: UniversalRegistry<object>) => void; code: string; message: string }> = [
      {
        name: 'a key registered twice names both registrants',
        act: (registry) => {
          registry.register('json', new JsonHandler(), { registrant: '@acme/json' });
          registry.register('json', new JsonHandler(), { registrant: '@acme/legacy-json' });
        },
        code: 'duplicate-key',
        message:
          'Registry "serializers": key "json" is registered twice: first by @acme/json, then by @acme/legacy-json. ' +
          'Keep one registration or register under another key.',
      },
      {
        name: 'a default registrant describes the value and the registration',
        act: (registry) => {
          registry.register('yaml', new YamlHandler());
          registry.register('json', new JsonHandler());
          registry.register('json', new JsonHandler());
        },
        code: 'duplicate-key',
        message:
          'Registry "serializers": key "json" is registered twice: first by JsonHandler instance (registration #2), ' +
          'then by JsonHandler instance (registration #3). Keep one registration or register under another key.',
      },
      {
        name: 'a registration after freeze() names the key and registrant',
        act: (registry) => {
          registry.freeze();
          registry.register('yaml', new YamlHandler(), { registrant: 'late-plugin' });
        },
        code: 'frozen',
        message:
          'Registry "serializers" is frozen: key "yaml" (from late-plugin) cannot be registered after start-up. ' +
          'Register it before freeze() is called.',
      },
      {
        name: 'an unknown key lists the known keys, sorted',
        act: (registry) => {
          registry.register('yaml', new YamlHandler());
          registry.register('json', new JsonHandler());
          registry.getOrThrow('jsn');
        },
        code: 'unknown-key',
        message: 'Registry "serializers" has no key "jsn"; known keys: "json", "yaml".',
      },
      {
        name: 'an unknown key in an empty registry says nothing is registered',
        act: (registry) => {
          registry.getOrThrow('json');
        },
        code: 'unknown-key',
        message: 'Registry "serializers" has no key "json"; nothing is registered yet.',
      },
    ];

    it.each(cases)('$name', ({ act, code, message }) => {
      const registry = createRegistry<Record<string, object>>({ name: 'serializers' });
      let thrown: unknown;
      try {
        act(registry);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(RegistryError);
      expect(thrown).toMatchObject({ code, message, name: 'RegistryError' });
    });
  });

  it('looks values up by typed key, in registration order', () => {
    const registry = createRegistry<Serializers>();
    const json = new JsonHandler();
    const yaml = new YamlHandler();
    registry.register('yaml', yaml, { registrant: 'yaml-module' });
    registry.register('json', json);

    expect(registry.getOrThrow('json')).toBe(json);
    expect(registry.get('yaml')).toBe(yaml);
    expect(registry.keys()).toEqual(['yaml', 'json']);
    expect(registry.entries()).toEqual([
      ['yaml', yaml],
      ['json', json],
    ]);
    expect(registry.getRegistrant('yaml')).toBe('yaml-module');
    expect(registry.getRegistrant('json')).toBe('JsonHandler instance (registration #2)');
    expect(registry.getRegistrant('toml')).toBeUndefined();
    expect(registry.name).toBe('registry');
  });

  it('calls an unnamed registry just "Registry" in messages', () => {
    const registry = createRegistry<Record<string, number>>();
    expect(() => registry.getOrThrow('json')).toThrow(new RegistryError('unknown-key', 'Registry has no key "json"; nothing is registered yet.'));
  });

  it('get() returns undefined and has() is false for a key not registered', () => {
    const registry = createRegistry<Serializers>();
    expect(registry.get('json')).toBeUndefined();
    expect(registry.has('json')).toBe(false);
    expect(registry.has('toString')).toBe(false);
  });

  it('has() narrows a run-time string to a typed key', () => {
    const registry = createRegistry<Serializers>();
    const json = new JsonHandler();
    registry.register('json', json);
    const fromConfig: string = 'json';
    expect(registry.has(fromConfig) ? registry.getOrThrow(fromConfig) : undefined).toBe(json);
  });

  it('keeps serving look-ups after freeze(), which is idempotent', () => {
    const registry = createRegistry<Serializers>();
    const json = new JsonHandler();
    registry.register('json', json);
    registry.freeze();
    registry.freeze();
    expect(registry.frozen).toBe(true);
    expect(registry.getOrThrow('json')).toBe(json);
  });

  it('stores an undefined value as registered', () => {
    const registry = createRegistry<{ optional: string | undefined }>();
    registry.register('optional', undefined);
    expect(registry.has('optional')).toBe(true);
    expect(() => registry.register('optional', 'again', { registrant: 'second' })).toThrow(
      'first by undefined (registration #1), then by second',
    );
  });

  it('rejects keys and values of the wrong type at compile time', () => {
    const registry = createRegistry<Serializers>();
    // @ts-expect-error: 'toml' is not a key of Serializers
    expect(() => registry.getOrThrow('toml')).toThrow(RegistryError);
    // @ts-expect-error: a YamlHandler is not a JsonHandler
    expect(() => registry.register('json', new YamlHandler())).not.toThrow();
  });
});
