import { findSites } from '../match/find-sites';
import { entry, registry, TEST_PROJECTS, TEST_TSCONFIG } from '../testing/memory-workspace';
import { createMemoryHost } from '../workspace/memory-host';
import { compileRegistry } from './compile-registry';
import { indexWorkspace } from './index-workspace';

const FILES = {
  'tsconfig.base.json': TEST_TSCONFIG,
  'libs/lib/src/json.ts': 'export class JsonHandler { parse(text: string) { return text; } }\n',
  'libs/lib/src/index.ts': "export * from './json';\n",
  'apps/app/src/a.ts': "import { JsonHandler } from '@acme/lib';\nexport const handler = new JsonHandler();\nexport function read(text: string) { try { return JSON.parse(text); } catch { return null; } }\n",
  'apps/web/src/b.ts': "import { JsonHandler } from '@acme/lib';\nnew JsonHandler().parse('1');\n",
};

function setUp(files: Record<string, string> = FILES) {
  const compiled = compileRegistry(registry([entry({ name: 'JsonHandler', source: 'libs/lib/src/json.ts', bypasses: [{ kind: 'global', path: 'JSON.parse' }] })]), '2026-06-01');
  const reads: string[] = [];
  const base = createMemoryHost(files);
  const host = { ...base, readFile: (file: string) => (reads.push(file), base.readFile(file)) };
  const index = indexWorkspace({ workspaceRoot: '/memory', host, projects: TEST_PROJECTS, interest: compiled.interest });
  const entriesOf = (file: string) => compiled.getEntriesFor(file, index.projects.getOwnerInfo(file));
  return { index, entriesOf, reads };
}

describe('workspace index: the facts of each file', () => {
  it('hands out full facts once, then keeps what export chains and detectors read; later analyses still resolve through the file', () => {
    const { index, entriesOf } = setUp();
    const file = 'apps/app/src/a.ts';
    const { facts: full, problems } = index.takeFacts(file);
    expect(problems).toEqual([]);
    const sites = findSites(full!, entriesOf(file), index);
    const kept = index.getKeptFacts(file);
    expect(kept).toEqual({ file, bindings: full!.bindings, exports: full!.exports, declarations: full!.declarations, catches: full!.catches, constants: full!.constants });
    expect(kept).not.toHaveProperty('refs');
    // Another file (another project, as in a batch of checks on one index) resolves through the taken barrel.
    index.takeFacts('libs/lib/src/index.ts');
    const other = 'apps/web/src/b.ts';
    expect(findSites(index.takeFacts(other).facts!, entriesOf(other), index).map((site) => site.text)).toEqual(['new JsonHandler']);
    // Taking the facts again parses the file again: the same facts, the same sites.
    const again = index.takeFacts(file).facts;
    expect(again).toEqual(full);
    expect(findSites(again!, entriesOf(file), index)).toEqual(sites);
  });

  it('reads a file once for its prefilter, its parse and export-chain questions', () => {
    const { index, reads } = setUp();
    expect(index.peekText('libs/lib/src/index.ts')).toContain('export *');
    expect(index.mayExport('libs/lib/src/index.ts', 'Anything')).toBe(true); // `export *` may forward any name
    expect(index.mayExport('libs/lib/src/json.ts', 'Missing')).toBe(false);
    index.takeFacts('libs/lib/src/index.ts');
    index.getKeptFacts('libs/lib/src/json.ts');
    expect(reads.filter((file) => file.startsWith('libs/lib/src/')).sort()).toEqual(['libs/lib/src/index.ts', 'libs/lib/src/json.ts']);
  });

  it('a file parsed as an import target is not parsed again when its own sites are asked for, and keeps its problems', () => {
    const { index } = setUp({ ...FILES, 'libs/lib/src/broken.ts': 'export const x = (;\n' });
    expect(index.getKeptFacts('libs/lib/src/broken.ts')?.syntaxError).toBeDefined();
    const { facts, problems } = index.takeFacts('libs/lib/src/broken.ts');
    expect(facts?.file).toBe('libs/lib/src/broken.ts');
    expect(problems.map((p) => p.code)).toEqual(['syntax-error']);
  });

  it('a skipped file gives its reason each time it is asked, without facts', () => {
    const { index } = setUp({ ...FILES, 'libs/lib/src/bin.ts': 'a\u0000b' });
    expect(index.takeFacts('libs/lib/src/bin.ts')).toEqual({ problems: [expect.objectContaining({ code: 'binary-file' })] });
    expect(index.takeFacts('libs/lib/src/bin.ts').problems.map((p) => p.code)).toEqual(['binary-file']);
    expect(index.getKeptFacts('libs/lib/src/bin.ts')).toBeUndefined();
  });

  it('copies the kept names faithfully (long ones are copied so as not to hold the file text)', () => {
    const { index } = setUp({ 'libs/lib/src/config.ts': "import { DefaultSettingsSource } from './settings-source-module';\nexport class ConfigurationService { getNumberOrDefault() {} }\n" });
    index.takeFacts('libs/lib/src/config.ts');
    const kept = index.getKeptFacts('libs/lib/src/config.ts');
    expect(kept?.bindings).toEqual([{ local: 'DefaultSettingsSource', imported: 'DefaultSettingsSource', specifier: './settings-source-module', typeOnly: false }]);
    expect(kept?.declarations.map((d) => [d.name, d.members])).toEqual([['ConfigurationService', ['getNumberOrDefault']]]);
  });
});
