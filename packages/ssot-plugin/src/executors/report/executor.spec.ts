import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { captureLogger, createTempWorkspace, removeTempWorkspace, reportWorkspaceContext } from '../__fixtures__/temp-workspace';
import checkExecutor from '../check/executor';
import reportExecutor from './executor';

/** A real workspace on disk: ssot-check writes real results, the report merges them. */
const files: Record<string, string> = {
  'ssot.json': JSON.stringify({
    minHealth: 40,
    entries: [{ name: 'Json', source: 'libs/core/src/json.ts', bypasses: [{ global: 'JSON.parse' }], minCoverage: 30 }],
  }),
  'libs/core/src/json.ts': 'export class Json {\n  static parse(text: string): unknown {\n    return JSON.parse(text);\n  }\n}\n',
  'apps/web/src/main.ts': "import { Json } from '../../../libs/core/src/json';\nJson.parse('{}');\nJSON.parse('[]');\n",
};

let root: string;
let printed: string[];
let errors: string[];

beforeEach(() => {
  root = createTempWorkspace('ssot-report-executor-', files);
  ({ printed, errors } = captureLogger());
});
afterEach(() => removeTempWorkspace(root));

const context = (projectName: string) => reportWorkspaceContext(root, projectName);

async function checkAll(): Promise<void> {
  for (const project of ['web', 'core']) await checkExecutor({ today: '2026-06-01' }, context(project));
}

describe('report executor', () => {
  it('merges the cached results into every format and passes above the thresholds', async () => {
    await checkAll();
    expect(await reportExecutor({ today: '2026-06-01' }, context('workspace'))).toEqual({ success: true });
    for (const file of ['report.md', 'report.json', 'report.sarif', 'report.html']) expect(existsSync(join(root, 'dist/ssot', file))).toBe(true);
    const report = JSON.parse(readFileSync(join(root, 'dist/ssot/report.json'), 'utf8'));
    expect(report.entries[0]).toMatchObject({ name: 'Json', usage: 1, bypass: 1, coverage: 50, ownerProject: 'core' });
    expect(report.actionItems[0].validate).toEqual(['nx run web:ssot-check']);
    expect(printed).toContain('ssot-report: wrote dist/ssot/report.md, dist/ssot/report.json, dist/ssot/report.sarif, dist/ssot/report.html');
  });

  it('--owner reports one code owner\'s code, refuses --record, and names the owners there are on a typo', async () => {
    writeFileSync(join(root, 'CODEOWNERS'), 'apps/web/ @acme/web\nlibs/ @acme/core\n');
    await checkAll();
    expect(await reportExecutor({ today: '2026-06-01', format: 'json' }, context('workspace'))).toEqual({ success: true });
    const full = JSON.parse(readFileSync(join(root, 'dist/ssot/report.json'), 'utf8'));
    expect(full.ownership.owners.map((o: { name: string; bypass: number }) => [o.name, o.bypass])).toEqual([['@acme/web', 1]]);
    expect(await reportExecutor({ today: '2026-06-01', format: 'json', owner: '@acme/web' }, context('workspace'))).toEqual({ success: true });
    const web = JSON.parse(readFileSync(join(root, 'dist/ssot/report.json'), 'utf8'));
    expect(web.ownership.filter).toBe('@acme/web');
    expect(web.entries[0]).toMatchObject({ usage: 1, bypass: 1 });
    expect(await reportExecutor({ today: '2026-06-01', format: 'json', owner: '(no owner)' }, context('workspace'))).toEqual({ success: true });
    expect(JSON.parse(readFileSync(join(root, 'dist/ssot/report.json'), 'utf8')).entries[0]).toMatchObject({ usage: 0, bypass: 0 });
    expect(await reportExecutor({ today: '2026-06-01', owner: '@acme/web', record: true }, context('workspace'))).toEqual({ success: false });
    expect(await reportExecutor({ today: '2026-06-01', owner: '@acme/wbe' }, context('workspace'))).toEqual({ success: false });
    expect(errors).toEqual([
      expect.stringContaining('cannot be recorded in the history: run --record without --owner'),
      'ssot-report: --owner=@acme/wbe owns no site or finding in the checked results. Owners there: (no owner), @acme/core, @acme/web.',
    ]);
  });

  it('--record appends a snapshot; coverage that falls afterwards fails the report, naming the cause', async () => {
    await checkAll();
    expect(await reportExecutor({ today: '2026-06-01', record: true, commit: 'abc1234', format: 'json' }, context('workspace'))).toEqual({ success: true });
    expect(readFileSync(join(root, 'ssot-history.jsonl'), 'utf8')).toBe('{"date":"2026-06-01","commit":"abc1234","health":50,"coverage":{"Json":50}}\n');
    writeFileSync(join(root, 'apps/web/src/more.ts'), "JSON.parse('1');\n");
    await checkAll();
    expect(await reportExecutor({ today: '2026-06-02', format: ['json'] }, context('workspace'))).toEqual({ success: false });
    expect(errors).toEqual(['ssot-report: health score 33.3% is below minHealth 40%', 'ssot-report: Json: coverage fell from 50% to 33.3% since 2026-06-01']);
  });

  it('lists workspace warnings under diagnostics and passes; --strict or the registry\'s strict fails, naming each', async () => {
    const registry = JSON.parse(files['ssot.json']);
    registry.entries[0].projects = ['*', '!legacy-app'];
    registry.entries[0].bypasses.push({ import: 'fast-json-stringify' });
    writeFileSync(join(root, 'ssot.json'), JSON.stringify(registry, null, 2));
    await checkAll();
    const warnings = [
      'project pattern "!legacy-app" of Json matches none of the 3 projects (ssot.json:18:9 $.entries[0].projects[1])',
      'bypass matcher { "import": "fast-json-stringify" } of Json matched no site in the workspace (ssot.json:11:9 $.entries[0].bypasses[1])',
    ];

    expect(await reportExecutor({ today: '2026-06-01', format: 'json' }, context('workspace'))).toEqual({ success: true });
    const report = JSON.parse(readFileSync(join(root, 'dist/ssot/report.json'), 'utf8'));
    expect(report.diagnostics.workspace.map((w: { message: string; file: string; path: string; line: number; column: number }) => `${w.message} (${w.file}:${w.line}:${w.column} ${w.path})`)).toEqual(warnings);
    expect(report.failures).toEqual([]);

    expect(await reportExecutor({ today: '2026-06-01', format: 'json', strict: true }, context('workspace'))).toEqual({ success: false });
    expect(errors).toEqual(warnings.map((warning) => `ssot-report: workspace warning (strict): ${warning}`));

    errors.length = 0;
    writeFileSync(join(root, 'ssot.json'), JSON.stringify({ ...registry, strict: true }));
    await checkAll();
    expect(await reportExecutor({ today: '2026-06-01', format: 'terminal' }, context('workspace'))).toEqual({ success: false });
    expect(errors).toHaveLength(2);
    expect(printed.join('\n')).toContain('Diagnostics: 2 workspace warnings');
  });

  it('refuses a damaged result, naming it and the command that regenerates it', async () => {
    await checkAll();
    writeFileSync(join(root, 'dist/ssot/projects/web.json'), '{"schemaVersion": 1, "proj');
    expect(await reportExecutor({ today: '2026-06-01' }, context('workspace'))).toEqual({ success: false });
    expect(errors[0]).toMatch(/dist\/ssot\/projects\/web.json is unusable .*nx run-many -t ssot-check --skip-nx-cache/);
  });

  it.each([
    ['as typed', 'https://github.com/acme/repo/blob/{commit}/{file}#L{line}', 'https://github.com/acme/repo/blob/{commit}/{file}#L{line}'],
    ["after Nx's path join of a command-line value with {…} (https:/)", 'https:/github.com/acme/repo/blob/{commit}/{file}#L{line}', 'https://github.com/acme/repo/blob/{commit}/{file}#L{line}'],
    ['http, after the same join', 'http:/git.example/{file}', 'http://git.example/{file}'],
  ])('takes the link template %s, with its scheme whole', async (_case, given, expected) => {
    await checkAll();
    expect(await reportExecutor({ today: '2026-06-01', format: 'html', linkTemplate: given, commit: 'abc1234' }, context('workspace'))).toEqual({ success: true });
    const page = readFileSync(join(root, 'dist/ssot/report.html'), 'utf8');
    const open = '<script type="application/json" id="ssot-data">';
    const data = JSON.parse(page.slice(page.indexOf(open) + open.length, page.indexOf('</script>')));
    expect(data.link).toBe(expected);
  });

  it('gives report.html every site (usage too) and the link template; refuses a template that is not http(s), or needs a commit git cannot name', async () => {
    await checkAll();
    const template = 'https://github.com/acme/repo/blob/{commit}/{file}#L{line}';
    expect(await reportExecutor({ today: '2026-06-01', format: 'html,json', linkTemplate: template, commit: 'abc1234' }, context('workspace'))).toEqual({ success: true });
    const page = readFileSync(join(root, 'dist/ssot/report.html'), 'utf8');
    const open = '<script type="application/json" id="ssot-data">';
    const data = JSON.parse(page.slice(page.indexOf(open) + open.length, page.indexOf('</script>')));
    expect([data.all, data.link, data.commit, data.sites.f.length]).toEqual([true, template, 'abc1234', 2]);
    expect(JSON.parse(readFileSync(join(root, 'dist/ssot/report.json'), 'utf8')).entries[0].bypassSites).toHaveLength(1);

    expect(await reportExecutor({ today: '2026-06-01', linkTemplate: 'javascript:alert(1)//{file}' }, context('workspace'))).toEqual({ success: false });
    expect(await reportExecutor({ today: '2026-06-01', linkTemplate: template }, context('workspace'))).toEqual({ success: false });
    expect(errors).toEqual([
      expect.stringMatching(/^ssot-report: option "linkTemplate" \(--link-template\) must start with http:\/\/ or https:\/\/ and a host, found "javascript:alert\(1\)\/\/\{file\}"\. Give an http\(s\) URL/),
      'ssot-report: option "linkTemplate" (--link-template) uses {commit}, but git named no commit here: pass --commit=<sha>, or leave {commit} out of the template (e.g. a branch name).',
    ]);
  });

  it('rejects an unknown format with the list of formats', async () => {
    await checkAll();
    expect(await reportExecutor({ format: 'markdown,pdf' }, context('workspace'))).toEqual({ success: false });
    expect(errors[0]).toBe('ssot-report: option "format" takes terminal, markdown, json, sarif, html (a list or comma-separated), found "markdown,pdf".');
  });
});
