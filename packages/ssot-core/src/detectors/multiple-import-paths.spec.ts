import { checkProject } from '../analyze';
import { entry, registry, TEST_PROJECTS, TEST_TSCONFIG } from '../testing/memory-workspace';
import { CASE_FILE, caseName, runDetectorCase, toExpected, type DetectorCase, type InvalidDetectorCase } from '../testing/detector-cases';
import { createMemoryHost } from '../workspace/memory-host';
import { multipleImportPaths } from './multiple-import-paths';
import { mergeImportPaths } from './workspace-findings';

const SOURCE = 'libs/lib/src/foo.ts';
const LIB = {
  [SOURCE]: 'export class Foo { static make() { return new Foo(); } run() {} }\n',
  'libs/lib/src/index.ts': "export * from './foo';\nimport { Foo } from './foo';\nexport const shared = Foo.make();\n",
  'libs/old/index.ts': "export { Foo } from '@acme/lib';\n",
};
const foo = entry({ name: 'Foo', source: SOURCE, legacyPaths: ['@acme/old'] });
const defaults = { files: LIB, entries: [foo] };
const WEB = 'apps/web/src/w.ts';

const valid: DetectorCase[] = [
  { name: 'one specifier across projects', code: "import { Foo } from '@acme/lib';\nFoo.make();\n", files: { [WEB]: "import { Foo } from '@acme/lib';\nnew Foo();\n" } },
  { name: 'relative paths that reach the same file count as one', code: "import { Foo } from '../../../libs/lib/src';\nFoo.make();\n", files: { 'apps/app/src/deep/b.ts': "import { Foo } from '../../../../libs/lib/src';\nFoo.make();\n" } },
  { name: 'the owner project imports itself however it likes', code: "import { Foo } from '@acme/lib';\nFoo.make();\n", file: 'libs/lib/src/use.ts' },
  { name: 'exempt usages are left out', code: "import { Foo } from '@acme/lib/src/foo';\nFoo.make();\n", files: { [WEB]: "import { Foo } from '@acme/lib';\nFoo.make();\n" }, entries: [{ ...foo, exemptions: [{ files: ['apps/app/**'], reason: 'x' }] }] },
];

const invalid: InvalidDetectorCase[] = [
  {
    name: 'a barrel, a deep path and a legacy shim, in two projects: once, at the SSOT',
    code: "import { Foo } from '@acme/lib/src/foo';\nimport { Foo as Old } from '@acme/old';\nFoo.make();\nOld.make();\n",
    files: { [WEB]: "import { Foo } from '@acme/lib';\nFoo.make();\nconst f: Foo = get();\nf.run();\n" },
    errors: [{ messageId: 'multipleSpecifiers', line: 1, column: 1, file: SOURCE }],
  },
  {
    name: 'no public entry exports the SSOT',
    code: "import { Foo } from '@acme/lib/src/foo';\nFoo.make();\n",
    files: { 'libs/lib/src/index.ts': 'export const nothing = 1;\n', [WEB]: "import { Foo } from '../../../libs/lib/src/foo';\nFoo.make();\n" },
    errors: [{ messageId: 'multipleSpecifiersNoCanonical', line: 1, column: 1, file: SOURCE }],
  },
];

describe('multiple-import-paths', () => {
  it.each(valid.map((c) => [caseName(c), c] as const))('valid: %s', (_name, testCase) => {
    expect(runDetectorCase(multipleImportPaths, testCase, defaults)).toEqual([]);
  });

  it.each(invalid.map((c) => [caseName(c), c] as const))('invalid: %s', (_name, testCase) => {
    const findings = runDetectorCase(multipleImportPaths, testCase, defaults);
    expect(findings.map((f) => toExpected(f, testCase.file ?? CASE_FILE))).toEqual(testCase.errors);
  });

  it('per project, ssot-check records each specifier with its count; the report merges them into one finding', () => {
    const host = createMemoryHost({ 'tsconfig.base.json': TEST_TSCONFIG, ...LIB, [CASE_FILE]: invalid[0].code, ...invalid[0].files });
    const reg = registry([foo]);
    const results = ['app', 'web', 'lib'].map((project) => checkProject({ workspaceRoot: '/memory', host, registry: reg, projects: TEST_PROJECTS, project, today: '2026-06-01' }));
    expect(results.map((r) => [r.project, r.importPaths])).toEqual([
      ['app', [{ entry: 'Foo', canonical: '@acme/lib', specifiers: [{ specifier: '@acme/lib/src/foo', count: 1 }, { specifier: '@acme/old', count: 1 }] }]],
      ['web', [{ entry: 'Foo', canonical: '@acme/lib', specifiers: [{ specifier: '@acme/lib', count: 2 }] }]],
      ['lib', []],
    ]);
    // Per project there is nothing to say: only the workspace sees every specifier.
    expect(results.flatMap((r) => r.findings).filter((f) => f.detector === 'multiple-import-paths')).toEqual([]);
    const merged = mergeImportPaths(results, reg);
    expect(merged.importPaths).toEqual([
      { entry: 'Foo', canonical: '@acme/lib', specifiers: [{ specifier: '@acme/lib', count: 2 }, { specifier: '@acme/lib/src/foo', count: 1 }, { specifier: '@acme/old', count: 1 }] },
    ]);
    expect(merged.findings).toEqual([
      {
        detector: 'multiple-import-paths',
        messageId: 'multipleSpecifiers',
        message: "Foo is imported through 3 specifiers: '@acme/lib' (2), '@acme/lib/src/foo' (1), '@acme/old' (1); the canonical one is '@acme/lib'",
        entry: 'Foo',
        file: SOURCE,
        line: 1,
        column: 1,
        text: 'Foo',
        project: 'lib',
        fix: "import Foo from '@acme/lib' everywhere, instead of '@acme/lib/src/foo', '@acme/old'",
        fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
      },
    ]);
    expect(mergeImportPaths(results, registry([foo], { detectors: { 'multiple-import-paths': 'off' } })).findings).toEqual([]);
  });
});
