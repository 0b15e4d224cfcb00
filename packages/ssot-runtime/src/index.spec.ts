import * as runtime from './index';

describe('ssot-runtime public API', () => {
  it('exports these values and nothing else', () => {
    expect(Object.keys(runtime).sort()).toEqual([
      'ConstructionGuardError',
      'RegistryError',
      'ScopedFactoryError',
      'SsotRuntimeError',
      'createConstructionGuard',
      'createRegistry',
      'createScopedFactory',
      'deprecatedAlias',
    ]);
  });

  it.each([
    new runtime.RegistryError('frozen', 'message'),
    new runtime.ScopedFactoryError('invalid-option', 'message'),
    new runtime.ConstructionGuardError('direct-construction', 'message'),
  ])('$name is an SsotRuntimeError named after its class', (error) => {
    expect(error).toBeInstanceOf(runtime.SsotRuntimeError);
    expect(error.name).toBe(error.constructor.name);
  });
});
