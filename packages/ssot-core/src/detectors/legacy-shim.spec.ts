import { entry } from '../testing/memory-workspace';
import { CASE_FILE, caseName, runDetectorCase, toExpected, type DetectorCase, type InvalidDetectorCase } from '../testing/detector-cases';
import { legacyShim } from './legacy-shim';

const defaults = {
  files: {
    'libs/lib/src/foo.ts': 'export class Foo { static make() { return new Foo(); } run() {} }\n',
    'libs/lib/src/index.ts': "export * from './foo';\n",
    'libs/old/index.ts': "export { Foo, Foo as OldFoo } from '@acme/lib';\n",
  },
  entries: [entry({ name: 'Foo', source: 'libs/lib/src/foo.ts', legacyPaths: ['@acme/old', 'libs/old/**'] })],
};

const valid: DetectorCase[] = [
  { code: "import { Foo } from '@acme/lib';\nFoo.make();\n" },
  { name: 'a type-only import through the legacy path is no usage', code: "import type { Foo } from '@acme/old';\nexport type F = Foo;\n" },
  { name: 'no legacy paths declared', code: "import { Foo } from '@acme/old';\nFoo.make();\n", entries: [entry({ name: 'Foo', source: 'libs/lib/src/foo.ts' })] },
];

const invalid: InvalidDetectorCase[] = [
  { code: "import { Foo } from '@acme/old';\nFoo.make();\n", errors: [{ messageId: 'legacyPath', line: 2, column: 1 }] },
  { name: 'renamed by the shim, and a handle: every usage site', code: "import { OldFoo } from '@acme/old';\nconst foo = new OldFoo();\nfoo.run();\n", errors: [{ messageId: 'legacyPath', line: 2, column: 17 }, { messageId: 'legacyPath', line: 3, column: 1 }] },
  { name: 'a relative path into the shim\'s folder (a legacy file glob)', code: "import { Foo } from '../../../libs/old';\nFoo.make();\n", errors: [{ messageId: 'legacyPath', line: 2, column: 1 }] },
];

describe('legacy-shim', () => {
  it.each(valid.map((c) => [caseName(c), c] as const))('valid: %s', (_name, testCase) => {
    expect(runDetectorCase(legacyShim, testCase, defaults)).toEqual([]);
  });

  it.each(invalid.map((c) => [caseName(c), c] as const))('invalid: %s', (_name, testCase) => {
    const findings = runDetectorCase(legacyShim, testCase, defaults);
    expect(findings.map((f) => toExpected(f, testCase.file ?? CASE_FILE))).toEqual(testCase.errors);
  });

  it('names the legacy specifier and the canonical import', () => {
    const [finding] = runDetectorCase(legacyShim, invalid[0], defaults);
    expect(finding).toMatchObject({
      message: "Foo is used through the legacy path '@acme/old'",
      text: 'Foo.make',
      entry: 'Foo',
      fix: "import Foo from '@acme/lib' instead of '@acme/old'",
    });
  });
});
