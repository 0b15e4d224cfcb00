import { applyPlan, fixtureWorkspace, planFor } from './__fixtures__/fixture-workspace';
import type { MigrationStep } from './migration-plan';
import { parseReplaceWith } from './replace-with';

const APP = 'apps/app/src';

/** The fixture registry's entries, as JSON (only the fields these tests change). */
interface EntryJson {
  name: string;
  legacyPaths?: string[];
  bypasses?: { global?: string; replaceWith?: string }[];
}

function withEntry(files: Record<string, string>, name: string, edit: (entry: EntryJson) => void): Record<string, string> {
  const registry = JSON.parse(files['ssot.json']) as { entries: EntryJson[] };
  const entry = registry.entries.find((e) => e.name === name);
  if (!entry) throw new Error(`no entry ${name} in the fixture registry`);
  edit(entry);
  return { ...files, 'ssot.json': JSON.stringify(registry) };
}

function only(steps: MigrationStep[]): Pick<MigrationStep, 'status' | 'reason' | 'replacement'> {
  expect(steps).toHaveLength(1);
  const { status, reason, replacement } = steps[0];
  return { status, ...(reason !== undefined && { reason }), ...(replacement !== undefined && { replacement }) };
}

describe('replaceWith grammar', () => {
  it.each([
    ['JsonHandler.parse', { head: 'JsonHandler', form: 'name', members: ['parse'] }],
    ['jsonHandler', { head: 'jsonHandler', form: 'name', members: [] }],
    ['getLogger().warn', { head: 'getLogger', form: 'call', members: ['warn'] }],
    ['new JsonHandler().parse', { head: 'JsonHandler', form: 'new', members: ['parse'] }],
  ])('%s', (text, parsed) => {
    expect(parseReplaceWith(text)).toEqual(parsed);
  });

  it.each(['new JsonHandler.parse', 'JsonHandler.parse(x)', 'a..b', 'default.parse', 'x-y', ''])('rejects %p', (text) => {
    expect(parseReplaceWith(text)).toBeUndefined();
  });
});

describe('migrate edge cases', () => {
  it('keeps the file’s quotes, line endings and byte-order mark', () => {
    const text = '\uFEFFimport { DEFAULT_PORT } from "@acme/realtime";\r\n\r\nexport const port = JSON.stringify(DEFAULT_PORT);\r\n';
    const plan = planFor(fixtureWorkspace({ [`${APP}/style.ts`]: text }));
    expect(plan.changes.map((c) => c.after)).toEqual([
      '\uFEFFimport { DEFAULT_PORT } from "@acme/realtime";\r\nimport { JsonHandler } from "@acme/json";\r\n\r\nexport const port = JsonHandler.stringify(DEFAULT_PORT);\r\n',
    ]);
  });

  it('adds the first import after a directive prologue or a header comment, not between a JSDoc and its declaration', () => {
    const plan = planFor(
      fixtureWorkspace({
        [`${APP}/client.ts`]: "'use client';\n\nexport const v = JSON.parse('1');\n",
        [`${APP}/header.ts`]: "// Licence header\n\n/** Parsed once. */\nexport const v = JSON.parse('1');\n",
      }),
    );
    expect(plan.changes.map((c) => c.after)).toEqual([
      "'use client';\n\nimport { JsonHandler } from '@acme/json';\n\nexport const v = JsonHandler.parse('1');\n",
      "// Licence header\n\nimport { JsonHandler } from '@acme/json';\n\n/** Parsed once. */\nexport const v = JsonHandler.parse('1');\n",
    ]);
  });

  it('adds the argument list to `new X` without one', () => {
    const plan = planFor(fixtureWorkspace({ [`${APP}/bare.ts`]: "import { Logger } from '@acme/json';\n\nexport const logger = new Logger;\n" }));
    expect(plan.changes.map((c) => c.after)).toEqual(["import { getLogger } from '@acme/json';\n\nexport const logger = getLogger();\n"]);
  });

  it('refuses `new X` without arguments when the factory requires some', () => {
    const plan = planFor(fixtureWorkspace({ [`${APP}/bare.ts`]: "import { Engine } from '@acme/engine';\n\nexport const e = new Engine;\n" }));
    expect(only(plan.steps)).toEqual({ status: 'refused', reason: 'getEngine(userId: string) requires 1 argument; the call passes 0' });
  });

  it.each([
    ['export keywords', 'export class Engine {\n  constructor(readonly userId: string) {}\n}\nexport const getEngine = (userId: string): Engine => new Engine(userId);\n'],
    ['an export list', 'class Engine {\n  constructor(readonly userId: string) {}\n}\nfunction getEngine(userId: string): Engine {\n  return new Engine(userId);\n}\nexport { Engine, getEngine };\n'],
  ])('reads the constructor and the factory from an SSOT source written with %s', (_form, source) => {
    const plan = planFor(fixtureWorkspace({ 'libs/engine/src/engine.ts': source, [`${APP}/made.ts`]: "import { Engine } from '@acme/engine';\n\nexport const e = new Engine('u');\n" }));
    expect(plan.changes.map((c) => c.after)).toEqual(["import { getEngine } from '@acme/engine';\n\nexport const e = getEngine('u');\n"]);
  });

  it('uses a namespace import for the factory', () => {
    const files = fixtureWorkspace({ [`${APP}/ns.ts`]: "import * as engine from '@acme/engine';\n\nexport const e = new engine.Engine('u');\n" });
    const plan = planFor(files);
    expect(plan.changes.map((c) => c.after)).toEqual(["import * as engine from '@acme/engine';\n\nexport const e = engine.getEngine('u');\n"]);
    expect(planFor(applyPlan(files, plan)).changes).toEqual([]);
  });

  it('reaches the SSOT through an existing namespace import, unless a local name shadows it', () => {
    const plan = planFor(
      fixtureWorkspace({
        [`${APP}/ns-json.ts`]: "import * as json from '@acme/json';\n\nexport const v = JSON.parse(String(json.JSON_SPACE));\n",
        [`${APP}/ns-shadowed.ts`]: "import * as json from '@acme/json';\n\nexport const f = (json: string): unknown => JSON.parse(json);\n",
      }),
    );
    expect(plan.changes.map((c) => c.after)).toEqual(["import * as json from '@acme/json';\n\nexport const v = json.JsonHandler.parse(String(json.JSON_SPACE));\n"]);
    expect(plan.steps.map((s) => s.reason)).toEqual([undefined, 'json is already declared in this file at line 3']);
  });

  it('refuses a namespace import of a legacy path', () => {
    const plan = planFor(fixtureWorkspace({ [`${APP}/ns.ts`]: "import * as ws from '@acme/legacy-ws';\n\nexport const m = new ws.SocketManager();\n" }));
    expect(only(plan.steps).reason).toMatch(/^a namespace import \(or require\) of a legacy path/);
    expect(plan.changes).toEqual([]);
  });

  it('moves a default import of a legacy path to the canonical name', () => {
    const files = fixtureWorkspace({
      'libs/legacy/src/default-shim.ts': "import { SocketManager } from '@acme/realtime';\n\nexport default SocketManager;\n",
      [`${APP}/default.ts`]: "import Sockets from '../../../libs/legacy/src/default-shim';\n\nexport const m = new Sockets();\n",
    });
    const registry = withEntry(files, 'SocketManager', (entry) => {
      entry.legacyPaths = [...(entry.legacyPaths ?? []), 'libs/legacy/src/default-shim.ts'];
    });
    const plan = planFor(registry);
    expect(plan.changes.map((c) => c.after)).toEqual(["import { SocketManager as Sockets } from '@acme/realtime';\n\nexport const m = new Sockets();\n"]);
  });

  it('refuses a replaceWith that does not start from one of the entry’s exports, or that constructs around a factory', () => {
    const files = fixtureWorkspace({ [`${APP}/log.ts`]: "export function log(): void {\n  console.warn('x');\n}\n" });
    const replaceWith = (text: string) => (entry: EntryJson) => {
      entry.bypasses = [{ global: 'console', replaceWith: text }];
    };
    const notAnExport = withEntry(files, 'Logger', replaceWith('shared.warn'));
    expect(only(planFor(notAnExport).steps).reason).toBe('replaceWith "shared.warn" starts from shared, which is not one of Logger\'s exports (its "export" or "factory")');
    const aroundFactory = withEntry(files, 'Logger', replaceWith('new Logger()'));
    expect(only(planFor(aroundFactory).steps).reason).toBe('replaceWith "new Logger()" constructs Logger with new, bypassing its factory getLogger()');
  });

  it('inside the SSOT’s own project, imports the source by a relative path (no cycle through the barrel)', () => {
    const plan = planFor(
      fixtureWorkspace({
        'libs/json/src/dump.ts': 'export const dump = (value: unknown): string => JSON.stringify(value);\n',
        'libs/json/src/node16.ts': "import { Clock } from './clock.js';\n\nexport const stamp = (): string => JSON.stringify(new Clock().now());\n",
      }),
    );
    expect(plan.changes.map((c) => c.after)).toEqual([
      "import { JsonHandler } from './json-handler';\n\nexport const dump = (value: unknown): string => JsonHandler.stringify(value);\n",
      "import { Clock } from './clock.js';\nimport { JsonHandler } from './json-handler.js';\n\nexport const stamp = (): string => JsonHandler.stringify(new Clock().now());\n",
    ]);
  });

  it('replaces a global with a method of an exported instance the entry lists', () => {
    const files = fixtureWorkspace({
      'libs/json/src/serializer.ts': 'class Serializer {\n  parse(text: string): unknown {\n    return text;\n  }\n}\n\nexport const serializer = new Serializer();\n',
      [`${APP}/read.ts`]: "export const read = (text: string): unknown => JSON.parse(text);\n",
    });
    const registry = JSON.parse(files['ssot.json']) as { entries: object[] };
    registry.entries.push({ name: 'Serializer', source: 'libs/json/src/serializer.ts', export: ['serializer'], bypasses: [{ global: 'JSON.parse', replaceWith: 'serializer.parse' }] });
    files['libs/json/src/index.ts'] += "export * from './serializer';\n";
    const plan = planFor({ ...files, 'ssot.json': JSON.stringify(registry) }, { entry: 'Serializer', project: 'app' });
    expect(plan.changes.map((c) => c.after)).toEqual(["import { serializer } from '@acme/json';\n\nexport const read = (text: string): unknown => serializer.parse(text);\n"]);
  });

  it('refuses an argument the replacement does not take', () => {
    const plan = planFor(fixtureWorkspace({ [`${APP}/reviver.ts`]: "export const v = JSON.parse('{}', (_key, value: unknown) => value);\n" }));
    expect(only(plan.steps).reason).toBe('JsonHandler.parse takes at most 1 argument; the call passes 2');
  });

  it('leaves a file with a syntax error alone', () => {
    const plan = planFor(fixtureWorkspace({ [`${APP}/broken.ts`]: 'export const v = JSON.parse(x;\n' }));
    expect(only(plan.steps).reason).toMatch(/^the file has a syntax error at 1:\d+; fix it first$/);
    expect(plan.changes).toEqual([]);
  });

  it('--entry and --project select the sites; an unknown entry is an error', () => {
    const files = fixtureWorkspace({
      [`${APP}/mixed.ts`]: "import { Engine } from '@acme/engine';\n\nexport const e = new Engine(JSON.stringify(1));\n",
      'libs/realtime/src/ping.ts': "export const ping = (): string => JSON.stringify('ping');\n",
    });
    expect(planFor(files).changes.map((c) => c.after)).toEqual([
      "import { getEngine } from '@acme/engine';\nimport { JsonHandler } from '@acme/json';\n\nexport const e = getEngine(JsonHandler.stringify(1));\n",
      "import { JsonHandler } from '@acme/json';\n\nexport const ping = (): string => JsonHandler.stringify('ping');\n",
    ]);
    expect(planFor(files, { entry: 'Engine' }).steps.map((s) => `${s.entry} ${s.file}`)).toEqual([`Engine ${APP}/mixed.ts`]);
    expect(planFor(files, { project: 'realtime' }).steps.map((s) => s.file)).toEqual(['libs/realtime/src/ping.ts']);
    expect(() => planFor(files, { entry: 'Nope' })).toThrow('Unknown entry "Nope": ssot.json has JsonHandler, Logger, Clock, Engine, Store, Queue, SocketManager.');
  });
});
