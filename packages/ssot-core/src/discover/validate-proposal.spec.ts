import type { RegistryEntry } from '../registry/registry.generated';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_TIERS } from '../registry/normalized-registry';
import { createMemoryHost } from '../workspace/memory-host';
import { validateProposal } from './validate-proposal';

const FILES: Record<string, string> = {
  'libs/core/src/engine.ts': `export class Engine {\n  run() { return 1; }\n}\nexport function getEngine(): Engine { return new Engine(); }\n`,
  'libs/core/src/logger.ts': `export class Logger {\n  info(m: string) { return m; }\n}\n`,
  'apps/app/src/main.ts': `import { Engine } from '../../../libs/core/src/engine';\nimport { Logger } from '../../../libs/core/src/logger';\nnew Engine().run();\nnew Logger().info('x');\nconsole.log('y');\n`,
};
const PROJECTS = [
  { name: 'app', root: 'apps/app', tags: [] },
  { name: 'core', root: 'libs/core', tags: [] },
];
const base = { entries: [], include: DEFAULT_INCLUDE, exclude: DEFAULT_EXCLUDE, tiers: DEFAULT_TIERS, tierGoals: {} };

function check(entry: RegistryEntry) {
  const checked = validateProposal(
    [{ entry, families: ['test'], evidence: ['test'] }],
    { workspaceRoot: '/memory', projects: PROJECTS, host: createMemoryHost(FILES), today: '2026-06-01', base },
    base,
  );
  return checked.map(({ entry: kept, usage, bypass }) => ({ entry: kept, usage, bypass }));
}

describe('validateProposal', () => {
  it.each<{ title: string; entry: RegistryEntry; expected: ReturnType<typeof check> }>([
    {
      title: 'keeps an entry whose matchers all match',
      entry: { name: 'Logger', source: 'libs/core/src/logger.ts', bypasses: [{ global: 'console' }] },
      expected: [{ entry: { name: 'Logger', source: 'libs/core/src/logger.ts', bypasses: [{ global: 'console' }] }, usage: 1, bypass: 1 }],
    },
    {
      title: 'drops a matcher that matches nothing, and keeps the counts',
      entry: { name: 'Logger', source: 'libs/core/src/logger.ts', bypasses: [{ global: 'console' }, { global: 'JSON.parse' }] },
      expected: [{ entry: { name: 'Logger', source: 'libs/core/src/logger.ts', bypasses: [{ global: 'console' }] }, usage: 1, bypass: 1 }],
    },
    {
      title: 'drops a legacy path nothing is imported through',
      entry: { name: 'Logger', source: 'libs/core/src/logger.ts', legacyPaths: ['@acme/old-logger'] },
      expected: [{ entry: { name: 'Logger', source: 'libs/core/src/logger.ts' }, usage: 1, bypass: 0 }],
    },
    {
      title: 'drops a factory nobody calls, and counts again: its new X() is a usage then',
      entry: { name: 'Engine', source: 'libs/core/src/engine.ts', factory: 'getEngine' },
      expected: [{ entry: { name: 'Engine', source: 'libs/core/src/engine.ts' }, usage: 1, bypass: 0 }],
    },
    { title: 'drops an entry that matches nothing', entry: { name: 'Engine', source: 'libs/core/src/engine.ts', export: 'getEngine' }, expected: [] },
  ])('$title', ({ entry, expected }) => {
    expect(check(entry)).toEqual(expected);
  });

  it('refuses a proposal that is not a valid registry', () => {
    expect(() => check({ name: 'Logger', source: 'libs/core/src/logger.ts', priority: 'urgent' as 'high' })).toThrow(/priority/);
  });
});
