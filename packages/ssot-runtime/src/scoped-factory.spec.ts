import { createScopedFactory, ScopedFactoryError } from './scoped-factory';

/** A promise settled by the test, so ordering is decided by the test and never by a clock. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

class ExecutionEngine {
  readonly history: string[] = [];
  constructor(readonly userId: string) {}
}

describe('createScopedFactory', () => {
  describe('isolation', () => {
    it('gives each context its own instance and never shares state', () => {
      const engines = createScopedFactory({ create: (userId: string) => new ExecutionEngine(userId) });
      const alice = engines.get('alice');
      const bob = engines.get('bob');
      alice.history.push('alice ran a job');

      expect(alice).not.toBe(bob);
      expect(bob.history).toEqual([]);
      expect(engines.get('alice')).toBe(alice);
      expect(engines.get('bob').userId).toBe('bob');
    });

    it('passes the context to create on the first call only', () => {
      const seen: Array<[string, { region: string }]> = [];
      const engines = createScopedFactory({
        create: (userId: string, context: { region: string }) => {
          seen.push([userId, context]);
          return new ExecutionEngine(userId);
        },
      });
      engines.get('alice', { region: 'eu' });
      engines.get('alice', { region: 'us' });
      expect(seen).toEqual([['alice', { region: 'eu' }]]);
      // @ts-expect-error: create requires a context, so get does too
      expect(() => engines.get('bob')).not.toThrow();
    });
  });

  describe('async creation', () => {
    it('creates exactly one instance for 50 concurrent first calls', async () => {
      const gate = deferred<void>();
      let created = 0;
      const engines = createScopedFactory({
        create: async (userId: string) => {
          created += 1;
          await gate.promise;
          return new ExecutionEngine(userId);
        },
      });

      const calls = Array.from({ length: 50 }, () => engines.get('alice'));
      gate.resolve();
      const instances = await Promise.all(calls);

      expect(created).toBe(1);
      expect(new Set(instances).size).toBe(1);
      expect(new Set(calls).size).toBe(1);
    });

    it('does not cache a failed creation: every waiting caller sees the error, the next call retries', async () => {
      const attempts = [deferred<ExecutionEngine>(), deferred<ExecutionEngine>()];
      let created = 0;
      const engines = createScopedFactory({ create: (_userId: string) => attempts[created++]!.promise });

      const first = [engines.get('alice'), engines.get('alice')];
      attempts[0]!.reject(new Error('database unavailable'));
      const outcomes = await Promise.allSettled(first);
      expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
      expect(engines.has('alice')).toBe(false);

      const retry = engines.get('alice');
      const engine = new ExecutionEngine('alice');
      attempts[1]!.resolve(engine);
      await expect(retry).resolves.toBe(engine);
      expect(created).toBe(2);
    });

    it('does not cache a synchronous create that throws', () => {
      let calls = 0;
      const engines = createScopedFactory({
        create: (userId: string) => {
          calls += 1;
          if (calls === 1) throw new Error('first attempt fails');
          return new ExecutionEngine(userId);
        },
      });
      expect(() => engines.get('alice')).toThrow('first attempt fails');
      expect(engines.size).toBe(0);
      expect(engines.get('alice').userId).toBe('alice');
    });
  });

  describe('bounded size (least recently used goes first)', () => {
    it.each<{ name: string; gets: string[]; evicted: string[]; kept: string[] }>([
      { name: 'no eviction up to maxSize', gets: ['a', 'b'], evicted: [], kept: ['a', 'b'] },
      { name: 'the oldest goes when a third key arrives', gets: ['a', 'b', 'c'], evicted: ['a'], kept: ['b', 'c'] },
      { name: 'a hit makes a key recent again', gets: ['a', 'b', 'a', 'c'], evicted: ['b'], kept: ['a', 'c'] },
      { name: 'an evicted key is created anew', gets: ['a', 'b', 'c', 'a'], evicted: ['a', 'b'], kept: ['c', 'a'] },
    ])('$name', ({ gets, evicted, kept }) => {
      const disposed: string[] = [];
      const engines = createScopedFactory({
        maxSize: 2,
        create: (userId: string) => new ExecutionEngine(userId),
        dispose: (engine, userId) => {
          expect(engine.userId).toBe(userId);
          disposed.push(userId);
        },
      });
      for (const key of gets) engines.get(key);
      // A synchronous instance is disposed synchronously, during the get that evicts it.
      expect(disposed).toEqual(evicted);
      expect(engines.keys()).toEqual(kept);
    });

    it('disposes an instance evicted while its creation is pending once it exists', async () => {
      const pending = deferred<ExecutionEngine>();
      const disposed: ExecutionEngine[] = [];
      const engines = createScopedFactory({
        maxSize: 1,
        create: (userId: string) => (userId === 'slow' ? pending.promise : Promise.resolve(new ExecutionEngine(userId))),
        dispose: (engine) => {
          disposed.push(engine);
        },
      });
      const slow = engines.get('slow');
      await engines.get('fast');
      expect(engines.keys()).toEqual(['fast']);
      expect(disposed).toEqual([]);

      const engine = new ExecutionEngine('slow');
      pending.resolve(engine);
      await expect(slow).resolves.toBe(engine);
      await Promise.resolve();
      expect(disposed).toEqual([engine]);
    });

    it('hands a failing disposal during eviction to onEvictionError', async () => {
      const reported = deferred<[unknown, string]>();
      const engines = createScopedFactory({
        maxSize: 1,
        create: (userId: string) => new ExecutionEngine(userId),
        dispose: () => {
          throw new Error('close failed');
        },
        onEvictionError: (error, userId) => reported.resolve([error, userId]),
      });
      engines.get('a');
      engines.get('b');
      const [error, userId] = await reported.promise;
      expect(userId).toBe('a');
      expect(error).toEqual(new Error('close failed'));
    });

    it('warns by default when a disposal during eviction fails', async () => {
      const emitWarning = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
      try {
        const closing = deferred<void>();
        const engines = createScopedFactory({
          maxSize: 1,
          create: (userId: string) => new ExecutionEngine(userId),
          dispose: () => closing.promise,
        });
        engines.get('a');
        engines.get('b');
        closing.reject(new Error('close failed'));
        await closing.promise.catch(() => undefined);
        await Promise.resolve();
        expect(emitWarning).toHaveBeenCalledWith('Scoped factory: disposing the evicted instance for "a" failed: Error: close failed', {
          type: 'SsotWarning',
          code: 'SSOT_EVICTION_DISPOSE_FAILED',
        });
      } finally {
        emitWarning.mockRestore();
      }
    });

    it.each([0, -1, 1.5, Number.NaN])('rejects maxSize %p', (maxSize) => {
      expect(() => createScopedFactory({ name: 'engines', maxSize, create: (key: string) => key })).toThrow(
        new ScopedFactoryError(
          'invalid-option',
          `Scoped factory "engines": maxSize must be a whole number of at least 1 (or omitted for no limit), got ${maxSize}.`,
        ),
      );
    });
  });

  describe('explicit disposal', () => {
    it('dispose(key) forgets the instance at once and settles after the hook', async () => {
      const closing = deferred<void>();
      const disposed: string[] = [];
      const engines = createScopedFactory({
        create: (userId: string) => new ExecutionEngine(userId),
        dispose: async (engine) => {
          await closing.promise;
          disposed.push(engine.userId);
        },
      });
      const first = engines.get('alice');
      const done = engines.dispose('alice');
      expect(engines.has('alice')).toBe(false);
      expect(engines.get('alice')).not.toBe(first);

      closing.resolve();
      await done;
      expect(disposed).toEqual(['alice']);
      await expect(engines.dispose('nobody')).resolves.toBeUndefined();
    });

    it('disposeAll() disposes every instance and reports failures together', async () => {
      const disposed: string[] = [];
      const engines = createScopedFactory({
        name: 'engines',
        create: (userId: string) => new ExecutionEngine(userId),
        dispose: (engine) => {
          disposed.push(engine.userId);
          if (engine.userId !== 'b') throw new Error(`cannot close ${engine.userId}`);
        },
      });
      for (const key of ['a', 'b', 'c']) engines.get(key);

      const failure: unknown = await engines.disposeAll().catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(AggregateError);
      expect(failure).toMatchObject({
        message: 'Scoped factory "engines": disposing 2 of 3 instances failed ("a", "c").',
        errors: [new Error('cannot close a'), new Error('cannot close c')],
      });
      expect(disposed).toEqual(['a', 'b', 'c']);
      expect(engines.size).toBe(0);
    });

    it('does not dispose a creation that failed', async () => {
      const disposed: unknown[] = [];
      const engines = createScopedFactory({
        create: (_userId: string): Promise<ExecutionEngine> => Promise.reject(new Error('no engine')),
        dispose: (engine) => {
          disposed.push(engine);
        },
      });
      const failed = engines.get('alice');
      await engines.disposeAll();
      await expect(failed).rejects.toThrow('no engine');
      expect(disposed).toEqual([]);
    });
  });

  it('reports a create that asks for its own key instead of recursing', () => {
    const engines = createScopedFactory({
      name: 'engines',
      create: (userId: string): ExecutionEngine => engines.get(userId),
    });
    expect(() => engines.get('alice')).toThrow(
      new ScopedFactoryError(
        'create-cycle',
        'Scoped factory "engines": create("alice") asked for "alice" again before returning. ' +
          'Break the cycle: an instance cannot depend on itself.',
      ),
    );
    expect(engines.size).toBe(0);
  });
});
