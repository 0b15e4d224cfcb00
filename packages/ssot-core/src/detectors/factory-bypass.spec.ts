import { entry } from '../testing/memory-workspace';
import { CASE_FILE, caseName, runDetectorCase, toExpected, type DetectorCase, type InvalidDetectorCase } from '../testing/detector-cases';
import { factoryBypass } from './factory-bypass';

const ENGINE = 'export class Engine { run() {} }\nexport function getEngine(user: string) { return new Engine(); }\n';
const defaults = {
  files: { 'libs/lib/src/engine.ts': ENGINE, 'libs/lib/src/index.ts': "export * from './engine';\n" },
  entries: [entry({ name: 'Engine', source: 'libs/lib/src/engine.ts', factory: 'getEngine' })],
};

const valid: DetectorCase[] = [
  { code: "import { getEngine } from '@acme/lib';\nconst engine = getEngine('u1');\nengine.run();\n" },
  { name: 'a type annotation is no construction', code: "import type { Engine } from '@acme/lib';\nexport function use(engine: Engine) { engine.run(); }\n" },
  { name: 'an entry without a factory', code: "import { Engine } from '@acme/lib';\nnew Engine();\n", entries: [entry({ name: 'Engine', source: 'libs/lib/src/engine.ts' })] },
  { name: 'the SSOT\'s own source constructs freely', code: ENGINE, file: 'libs/lib/src/engine.ts' },
  { name: 'a construction an inline comment suppresses', code: "import { Engine } from '@acme/lib';\n// ssot-ignore-next-line Engine -- a test double needs its own instance\nexport const engine = new Engine();\n" },
  { name: 'one an eslint-disable comment for ssot/no-bypass suppresses', code: "import { Engine } from '@acme/lib';\n// eslint-disable-next-line ssot/no-bypass -- a test double\nexport const engine = new Engine();\n" },
];

const invalid: InvalidDetectorCase[] = [
  { code: "import { Engine } from '@acme/lib';\nconst engine = new Engine();\nengine.run();\n", errors: [{ messageId: 'newBypassesFactory', line: 2, column: 20 }] },
  { name: 'through a namespace import', code: "import * as lib from '@acme/lib';\nexport const e = new lib.Engine();\n", errors: [{ messageId: 'newBypassesFactory', line: 2, column: 22 }] },
  { name: 'two in one file', code: "import { Engine as E } from '@acme/lib';\nnew E();\nnew E();\n", errors: [{ messageId: 'newBypassesFactory', line: 2, column: 5 }, { messageId: 'newBypassesFactory', line: 3, column: 5 }] },
  { name: 'a suppression of another entry does not hide it', code: "import { Engine } from '@acme/lib';\n// ssot-ignore-next-line Logger -- not this one\nexport const engine = new Engine();\n", errors: [{ messageId: 'newBypassesFactory', line: 3, column: 27 }] },
];

describe('factory-bypass', () => {
  it.each(valid.map((c) => [caseName(c), c] as const))('valid: %s', (_name, testCase) => {
    expect(runDetectorCase(factoryBypass, testCase, defaults)).toEqual([]);
  });

  it.each(invalid.map((c) => [caseName(c), c] as const))('invalid: %s', (_name, testCase) => {
    const findings = runDetectorCase(factoryBypass, testCase, defaults);
    expect(findings.map((f) => toExpected(f, testCase.file ?? CASE_FILE))).toEqual(testCase.errors);
  });

  it('reports the site\'s text, the entry, the canonical import in the fix, and distinct fingerprints', () => {
    const findings = runDetectorCase(factoryBypass, invalid[2], defaults);
    expect(findings[0]).toMatchObject({
      detector: 'factory-bypass',
      messageId: 'newBypassesFactory',
      message: 'new Engine() bypasses its factory getEngine()',
      entry: 'Engine',
      text: 'new E',
      project: 'app',
      fix: "construct Engine through getEngine() from @acme/lib instead of new",
    });
    expect(findings[0].fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(findings[1].fingerprint).not.toBe(findings[0].fingerprint);
  });

  it('marks findings in exempted files', () => {
    const exempted = entry({ name: 'Engine', source: 'libs/lib/src/engine.ts', factory: 'getEngine', exemptions: [{ files: ['apps/app/**'], reason: 'migrating' }] });
    const [finding] = runDetectorCase(factoryBypass, { ...invalid[0], entries: [exempted] }, defaults);
    expect(finding.exempt).toBe(true);
  });
});
