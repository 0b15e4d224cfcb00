import { ConstructionGuardError, createConstructionGuard, type ConstructionGuardOptions } from './construction-guard';
import type { WarningDetails } from './warn-sink';

/** A guarded class and its factory, as an SSOT would declare them. */
function defineEngine(options: ConstructionGuardOptions = {}) {
  const guard = createConstructionGuard('ExecutionEngine', 'getExecutionEngine(userId)', {
    why: 'so users never share state',
    ...options,
  });
  class ExecutionEngine {
    readonly helpers: ExecutionEngine[] = [];
    constructor(
      readonly userId: string,
      build: (engine: ExecutionEngine) => void = () => undefined,
    ) {
      guard.check();
      build(this);
    }
  }
  const getExecutionEngine = (userId: string, build?: (engine: ExecutionEngine) => void) =>
    guard.allow(() => new ExecutionEngine(userId, build));
  return { guard, ExecutionEngine, getExecutionEngine };
}

const message =
  'new ExecutionEngine() is not allowed: use getExecutionEngine(userId) ' +
  '(ExecutionEngine is constructed through its factory so users never share state)';

describe('createConstructionGuard', () => {
  describe('which constructions are allowed (mode: throw)', () => {
    const cases: Array<{ name: string; construct: (engine: ReturnType<typeof defineEngine>) => unknown; allowed: boolean }> = [
      { name: 'through the factory', construct: ({ getExecutionEngine }) => getExecutionEngine('alice'), allowed: true },
      { name: 'a direct new', construct: ({ ExecutionEngine }) => new ExecutionEngine('alice'), allowed: false },
      {
        name: 'a nested construction through the factory, from inside an allowed constructor',
        construct: ({ getExecutionEngine }) =>
          getExecutionEngine('alice', (engine) => engine.helpers.push(getExecutionEngine('alice-helper'))),
        allowed: true,
      },
      {
        name: 'a direct new from inside an allowed constructor',
        construct: ({ ExecutionEngine, getExecutionEngine }) =>
          getExecutionEngine('alice', (engine) => engine.helpers.push(new ExecutionEngine('sneaky'))),
        allowed: false,
      },
      {
        name: 'a second construction in one allow()',
        construct: ({ ExecutionEngine, guard }) => guard.allow(() => [new ExecutionEngine('a'), new ExecutionEngine('b')]),
        allowed: false,
      },
      {
        name: 'a direct new after an allowed construction has returned',
        construct: ({ ExecutionEngine, getExecutionEngine }) => {
          getExecutionEngine('alice');
          return new ExecutionEngine('bob');
        },
        allowed: false,
      },
      {
        name: 'a direct new after a factory call that threw',
        construct: ({ ExecutionEngine, getExecutionEngine }) => {
          expect(() =>
            getExecutionEngine('alice', () => {
              throw new Error('boom');
            }),
          ).toThrow('boom');
          return new ExecutionEngine('bob');
        },
        allowed: false,
      },
    ];

    it.each(cases)('$name: allowed=$allowed', ({ construct, allowed }) => {
      const engine = defineEngine();
      if (allowed) {
        expect(() => construct(engine)).not.toThrow();
      } else {
        expect(() => construct(engine)).toThrow(new ConstructionGuardError('direct-construction', message));
      }
    });
  });

  describe('async code', () => {
    it('does not carry the allowance across an await', async () => {
      const { ExecutionEngine, guard } = defineEngine();
      const late = guard.allow(async () => {
        await Promise.resolve();
        return new ExecutionEngine('alice');
      });
      await expect(late).rejects.toThrow(message);
    });

    it('does not lend a suspended allow() to other code that runs meanwhile', async () => {
      const { ExecutionEngine, guard } = defineEngine();
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const suspended = guard.allow(async () => {
        await gate;
        return 'never constructs';
      });
      expect(() => new ExecutionEngine('meanwhile')).toThrow(message);
      release();
      await expect(suspended).resolves.toBe('never constructs');
    });
  });

  describe('mode: warn', () => {
    it('constructs, and warns once per guard', () => {
      const warnings: Array<[string, WarningDetails]> = [];
      const { ExecutionEngine } = defineEngine({ mode: 'warn', warn: (text, details) => warnings.push([text, details]) });
      const first = new ExecutionEngine('alice');
      new ExecutionEngine('bob');
      expect(first.userId).toBe('alice');
      expect(warnings).toEqual([[message, { type: 'SsotWarning', code: 'SSOT_DIRECT_CONSTRUCTION' }]]);
    });

    it('does not warn for constructions through the factory', () => {
      const warnings: string[] = [];
      const { getExecutionEngine } = defineEngine({ mode: 'warn', warn: (text) => warnings.push(text) });
      getExecutionEngine('alice');
      expect(warnings).toEqual([]);
    });
  });

  describe('message', () => {
    it.each<{ factory: string; why?: string; expected: string }>([
      {
        factory: 'getExecutionEngine(userId)',
        why: 'so users never share state',
        expected: message,
      },
      {
        factory: 'getExecutionEngine',
        expected:
          'new ExecutionEngine() is not allowed: use getExecutionEngine() (ExecutionEngine is constructed through its factory)',
      },
    ])('factory $factory', ({ factory, why, expected }) => {
      const guard = createConstructionGuard('ExecutionEngine', factory, why === undefined ? {} : { why });
      expect(guard.message).toBe(expected);
      expect(() => guard.check()).toThrow(expected);
    });

    it('exposes what it was made with', () => {
      const guard = createConstructionGuard('ExecutionEngine', 'getExecutionEngine');
      expect({ className: guard.className, factory: guard.factory, mode: guard.mode }).toEqual({
        className: 'ExecutionEngine',
        factory: 'getExecutionEngine()',
        mode: 'throw',
      });
    });
  });
});
