import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configureDetectors } from '../detectors/configure-detectors';
import { parseRegistry } from '../registry/load-registry';
import type { NormalizedEntry, NormalizedRegistry } from '../registry/normalized-registry';
import { createFuzzRegistry } from '../testing/fuzz';
import { generateInputs, readExampleFiles } from '../testing/fuzz-inputs';
import { EXAMPLE_ROOT, readExampleProjects } from '../testing/example-platform';
import { entry, registry, TEST_PROJECTS, TEST_TSCONFIG } from '../testing/memory-workspace';
import type { FileHost } from '../workspace/file-host';
import { createFileSystemHost } from '../workspace/fs-host';
import { createMemoryHost } from '../workspace/memory-host';
import type { ProjectInfo } from '../workspace/workspace-projects';
import { analyzeFiles } from './analyze-files';
import { compileRegistry } from './compile-registry';
import { getImportPrescan } from './imports-may-matter';
import { indexWorkspace } from './index-workspace';

const SOURCE = 'libs/lib/src/json.ts';
const BASE_FILES = {
  'tsconfig.base.json': TEST_TSCONFIG,
  [SOURCE]: 'export class JsonHandler {}\n',
  'libs/lib/src/util.ts': 'export const pad = (s: string) => s;\n',
  'libs/lib/src/index.ts': "export * from './json';\nexport * from './util';\n",
  'libs/lib/src/plain.ts': "export { pad } from './util';\n",
  'libs/lib/src/again.ts': "import { JsonHandler } from './json';\nexport { JsonHandler };\n",
  'libs/lib/src/default.ts': "import { JsonHandler } from './json';\nexport default JsonHandler;\n",
  'libs/lib/src/cycle-a.ts': "export * from './cycle-b';\nexport const a = 1;\n",
  'libs/lib/src/cycle-b.ts': "export * from './cycle-a';\nexport const b = 1;\n",
  'libs/old/index.ts': 'export const old = 1;\n',
};
const ENTRIES: NormalizedEntry[] = [
  entry({ name: 'JsonHandler', source: SOURCE, legacyPaths: ['@acme/old'], bypasses: [{ kind: 'import', pattern: 'fast-json*' }, { kind: 'new', className: 'Pool', from: 'pg' }] }),
  entry({ name: 'Nest', module: '@nestjs/common', exports: ['Logger'] }),
];

function mayMatter(importer: string): boolean {
  const files: Record<string, string> = { ...BASE_FILES, 'apps/app/src/main.ts': importer };
  const compiled = compileRegistry(registry(ENTRIES), '2026-06-01');
  const index = indexWorkspace({ workspaceRoot: '/memory', host: createMemoryHost(files), projects: TEST_PROJECTS, interest: compiled.interest });
  return getImportPrescan(index, compiled).importsMayMatter('apps/app/src/main.ts', importer, compiled.entries);
}

describe('the import pre-scan: can an import of this file lead to a site?', () => {
  it.each<[string, string, boolean]>([
    ['no import at all', 'export const x = 1;\n', false],
    ['only a leaf module that is no SSOT', "import { pad } from '../../../libs/lib/src/util';\n", false],
    ['only external modules no entry names', "import { readFile } from 'node:fs';\nimport x = require('path');\n", false],
    ['a barrel whose re-exports lead nowhere', "import { pad } from '../../../libs/lib/src/plain';\n", false],
    ['a cycle of barrels without a target', "import { a } from '../../../libs/lib/src/cycle-a';\n", false],
    ['the SSOT source itself', "import { JsonHandler } from '../../../libs/lib/src/json';\n", true],
    ['a barrel: export * from the source, through a tsconfig alias', "import { pad } from '@acme/lib';\n", true],
    ['import-then-export of the source', "import { JsonHandler } from '../../../libs/lib/src/again';\n", true],
    ['export default of an imported SSOT', "import J from '../../../libs/lib/src/default';\n", true],
    ['a legacy path (specifier)', "import { old } from '@acme/old';\n", true],
    ['an import matcher (specifier glob)', "import parse from 'fast-json-parse';\n", true],
    ["a new matcher's from", "import { Pool } from 'pg';\n", true],
    ["a module entry's module", "import { Logger } from '@nestjs/common';\n", true],
    ['a side-effect import', "import '@acme/lib';\n", true],
    ['a bare require', "const lib = require('@acme/lib');\n", true],
    ['a dynamic import inside a function', "export async function load() { return import('@acme/lib'); }\n", true],
    ['a re-export of the source', "export * from '@acme/lib';\n", true],
    ['a type-only import (handles read annotations)', "import type { JsonHandler } from '@acme/lib';\n", true],
    ['export * as ns (TypeScript\'s pre-processor misses it)', "export * as lib from '@acme/lib';\n", true],
    ['a require inside a template substitution', "const lib = `${require('@acme/lib')}`;\n", true],
    ['a dynamic import with a comment before its argument', "const lib = import(/* chunk */ '@acme/lib');\n", true],
    ['a template-literal require', 'const lib = require(`@acme/lib`);\n', true],
  ])('%s', (_case, importer, expected) => {
    expect(mayMatter(importer)).toBe(expected);
  });
});

/** Sites, matcher counts, findings and diagnostics other than syntax errors (a file the pre-scan passes over is not parsed, so its syntax errors are not listed). */
function analyzeBothWays(host: FileHost, projects: ProjectInfo[], reg: NormalizedRegistry) {
  const run = (prescan: boolean) => {
    const compiled = compileRegistry(reg, '2026-06-01');
    const index = indexWorkspace({ workspaceRoot: '/w', host, projects, interest: compiled.interest });
    const { detections, diagnostics, ...rest } = analyzeFiles(index, compiled, configureDetectors(reg), undefined, { prescan });
    const findings = [...detections.values()].flatMap((detection) => detection.findings);
    return { ...rest, findings, diagnostics: diagnostics.filter((d) => d.code !== 'syntax-error') };
  };
  return { on: run(true), off: run(false) };
}

describe('the pre-scan never changes a result', () => {
  it('on the example workspace', () => {
    const { on, off } = analyzeBothWays(createFileSystemHost(EXAMPLE_ROOT), readExampleProjects(), parseRegistry(readFileSync(join(EXAMPLE_ROOT, 'ssot.json'), 'utf8'), 'ssot.json'));
    expect(on.sites.length).toBeGreaterThan(50);
    expect(on).toEqual(off);
  });

  it('on the example with fuzzed files beside it, under a registry that uses every matcher kind', () => {
    const example = readExampleFiles();
    const files: Record<string, string> = { ...example };
    for (const input of generateInputs(20261206, 60, example)) files[input.file] = input.text;
    const projects = [...readExampleProjects(), { name: 'fuzz-inputs', root: 'fuzz', tags: [] }];
    const { on, off } = analyzeBothWays(createMemoryHost(files), projects, createFuzzRegistry(example['ssot.json'] ?? ''));
    expect(on.sites.length).toBeGreaterThan(100);
    expect(on).toEqual(off);
  });
});
