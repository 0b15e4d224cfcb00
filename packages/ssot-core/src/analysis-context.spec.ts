import { createAnalysisContext } from './analysis-context';
import { findSites } from './match/find-sites';
import { entry, registry, TEST_PROJECTS, TEST_TSCONFIG } from './testing/memory-workspace';
import { createMemoryHost } from './workspace/memory-host';

const FILES = {
  'tsconfig.base.json': TEST_TSCONFIG,
  'libs/lib/src/json.ts': 'export class JsonHandler { parse(text: string) { return text; } }\n',
  'libs/lib/src/index.ts': "export * from './json';\n",
  'apps/app/src/a.ts': "import { JsonHandler } from '@acme/lib';\nexport const handler = new JsonHandler();\nexport function read(text: string) { try { return JSON.parse(text); } catch { return null; } }\n",
  'apps/web/src/b.ts': "import { JsonHandler } from '@acme/lib';\nnew JsonHandler().parse('1');\n",
};

function createContext() {
  const entries = [entry({ name: 'JsonHandler', source: 'libs/lib/src/json.ts', bypasses: [{ kind: 'global', path: 'JSON.parse' }] })];
  return createAnalysisContext({ workspaceRoot: '/memory', host: createMemoryHost(FILES), registry: registry(entries), projects: TEST_PROJECTS, today: '2026-06-01' });
}

describe('analysis context: releasing site facts', () => {
  it('keeps bindings, exports, declarations, catches and string constants; later analyses still follow export chains through the file', () => {
    const context = createContext();
    const file = 'apps/app/src/a.ts';
    const full = context.getFacts(file);
    const sites = findSites(full!, context.getEntriesFor(file), context);
    const kept = context.releaseSiteFacts(file);
    expect(kept).toEqual({ file, bindings: full!.bindings, exports: full!.exports, declarations: full!.declarations, catches: full!.catches, constants: full!.constants });
    expect(kept).not.toHaveProperty('refs');
    expect(context.getKeptFacts(file)).toBe(kept);
    // Another file (another project, as in a batch of checks on one context) resolves through the released barrel.
    context.releaseSiteFacts('libs/lib/src/index.ts');
    const other = 'apps/web/src/b.ts';
    expect(findSites(context.getFacts(other)!, context.getEntriesFor(other), context).map((site) => site.text)).toEqual(['new JsonHandler']);
    // Asking for all facts again parses the file again: the same facts, the same sites.
    const again = context.getFacts(file);
    expect(again).toEqual(full);
    expect(findSites(again!, context.getEntriesFor(file), context)).toEqual(sites);
  });

  it('copies the kept names faithfully (long ones are copied so as not to hold the file text)', () => {
    const host = createMemoryHost({ 'libs/lib/src/config.ts': "import { DefaultSettingsSource } from './settings-source-module';\nexport class ConfigurationService { getNumberOrDefault() {} }\n" });
    const context = createAnalysisContext({ workspaceRoot: '/memory', host, registry: registry([]), projects: TEST_PROJECTS, today: '2026-06-01' });
    context.getFacts('libs/lib/src/config.ts');
    const kept = context.releaseSiteFacts('libs/lib/src/config.ts');
    expect(kept?.bindings).toEqual([{ local: 'DefaultSettingsSource', imported: 'DefaultSettingsSource', specifier: './settings-source-module', typeOnly: false }]);
    expect(kept?.declarations.map((d) => [d.name, d.members])).toEqual([['ConfigurationService', ['getNumberOrDefault']]]);
  });
});
