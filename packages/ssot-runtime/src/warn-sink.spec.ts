import { defaultWarnSink } from './warn-sink';

/** Replaces a global for the synchronous extent of `run` only, so no other code sees the change. */
function withGlobal(name: 'process' | 'console', value: unknown, run: () => void): void {
  const original = Object.getOwnPropertyDescriptor(globalThis, name);
  Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  try {
    run();
  } finally {
    if (original) Object.defineProperty(globalThis, name, original);
  }
}

describe('defaultWarnSink', () => {
  const details = { type: 'DeprecationWarning', code: 'SSOT_DEPRECATED_IMPORT' } as const;

  afterEach(() => jest.restoreAllMocks());

  it('uses process.emitWarning where it exists', () => {
    const emitWarning = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    defaultWarnSink('use @acme/core', details);
    expect(emitWarning).toHaveBeenCalledWith('use @acme/core', { type: 'DeprecationWarning', code: 'SSOT_DEPRECATED_IMPORT' });
  });

  it.each<{ name: string; process: unknown }>([
    { name: 'no process (a browser)', process: undefined },
    { name: 'a process without emitWarning (a polyfill)', process: { env: {} } },
  ])('falls back to console.warn with $name', ({ process: host }) => {
    const warned: unknown[] = [];
    withGlobal('process', host, () => {
      withGlobal('console', { warn: (text: unknown) => warned.push(text) }, () => defaultWarnSink('use @acme/core', details));
    });
    expect(warned).toEqual(['DeprecationWarning [SSOT_DEPRECATED_IMPORT]: use @acme/core']);
  });

  it('stays silent without process and console', () => {
    withGlobal('process', undefined, () => {
      withGlobal('console', undefined, () => expect(() => defaultWarnSink('use @acme/core', details)).not.toThrow());
    });
  });
});
