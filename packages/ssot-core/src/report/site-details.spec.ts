import { checkProject } from '../analyze';
import { parseRegistry } from '../registry/load-registry';
import { createMemoryHost } from '../workspace/memory-host';
import { collectSiteDetails } from './site-details';

const registry = parseRegistry(
  JSON.stringify({
    entries: [{ name: 'Config', source: 'libs/core/src/config.ts', factory: 'getConfig', bypasses: [{ global: 'process.env' }] }],
  }),
);
const projects = [
  { name: 'core', root: 'libs/core', tags: [] },
  { name: 'web', root: 'apps/web', tags: [] },
];
const host = createMemoryHost({
  'libs/core/src/config.ts': 'export class Config {}\nexport function getConfig(): Config {\n  return new Config();\n}\n',
  'apps/web/src/a.ts': "import { Config, getConfig } from '../../../libs/core/src/config';\nconst c: Config = getConfig();\nconst d = new Config();\nconst e = process.env.X;\n",
  'libs/core/src/b.ts': 'const port = process.env.PORT;\n',
  '.github/CODEOWNERS': 'apps/web/ @acme/web\n',
});
const results = projects.map((project) => checkProject({ workspaceRoot: '/memory', host, registry, projects, project: project.name, today: '2026-06-01' }));

describe('collectSiteDetails', () => {
  const all = collectSiteDetails({ registry, results });

  it('has every site of every result, by place, each bypass with its fix by kind', () => {
    expect(all.sites).toHaveLength(results.reduce((sum, result) => sum + result.sites.length, 0));
    expect(all.sites.map((site) => [site.file, site.line, site.side, site.kind, site.fix])).toEqual(
      [...all.sites].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line)).map((site) => [site.file, site.line, site.side, site.kind, site.fix]),
    );
    const fixes = new Map(all.sites.filter((site) => site.side === 'bypass').map((site) => [site.kind, site.fix]));
    expect(fixes.get('factory-bypass')).toBe('construct Config through getConfig() from libs/core/src/config.ts instead of new');
    expect(fixes.get('global')).toBe('use Config from libs/core/src/config.ts instead');
    expect(all.sites.filter((site) => site.side === 'usage').every((site) => site.fix === undefined)).toBe(true);
  });

  it('names the owners of each file, "(no owner)" when nobody owns it', () => {
    expect(all.owners).toEqual({ 'apps/web/src/a.ts': ['@acme/web'], 'libs/core/src/b.ts': ['(no owner)'] });
  });

  it('--owner keeps that owner\'s sites only, as the report counts them', () => {
    const web = collectSiteDetails({ registry, results, owner: '@acme/web' });
    expect(web.sites.length).toBeGreaterThan(0);
    expect(web.sites.every((site) => site.file === 'apps/web/src/a.ts')).toBe(true);
    expect(web.sites).toHaveLength(all.sites.filter((site) => site.file === 'apps/web/src/a.ts').length);
  });
});
