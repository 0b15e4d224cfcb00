/** Every format shows suppressed sites apart, with the comment and its reason (SPEC §4 "Inline suppressions"). */
import { checkProject } from '../analyze';
import { buildReport } from '../report/build-report';
import { entry, registry, TEST_PROJECTS, TEST_TSCONFIG } from '../testing/memory-workspace';
import { createMemoryHost } from '../workspace/memory-host';
import { compileReportSchema, compileSarifSchema } from './__fixtures__/schemas';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { renderSarif } from './sarif';
import { renderTerminal } from './terminal';

const logger = entry({ name: 'Logger', source: 'libs/lib/src/logger.ts', enforce: 'error', bypasses: [{ kind: 'global', path: 'console' }] });
const REGISTRY = registry([logger]);
const CODE = 'console.log(0);\n// ssot-ignore-next-line Logger -- boot output before the logger exists\nconsole.log(1);\nconsole.log(2); // eslint-disable-line ssot/no-bypass\n';
const result = checkProject({
  workspaceRoot: '/memory',
  host: createMemoryHost({ 'tsconfig.base.json': TEST_TSCONFIG, 'libs/lib/src/logger.ts': 'export class Logger {}\n', 'apps/app/src/a.ts': CODE }),
  registry: REGISTRY,
  projects: TEST_PROJECTS,
  project: 'app',
  today: '2026-06-01',
});
const report = buildReport({ registry: REGISTRY, results: [result], today: '2026-06-01' });

describe('reporters: suppressed sites', () => {
  it('report.json: the counts and the sites with their comment, valid against the schema', () => {
    const validate = compileReportSchema();
    expect(validate(JSON.parse(JSON.stringify(report)))).toBe(true);
    const [logged] = report.entries;
    expect({ bypass: logged.bypass, suppressed: logged.suppressed, sites: logged.suppressedSites?.map((site) => site.suppressed) }).toEqual({
      bypass: 1,
      suppressed: 2,
      sites: [
        { by: 'ssot-ignore-next-line', reason: 'boot output before the logger exists', line: 2 },
        { by: 'eslint-disable', line: 4 },
      ],
    });
    expect(report.diagnostics.files.map((group) => group.code)).toEqual(['suppression-without-reason']);
  });

  it('Markdown: a section with the counts and each place', () => {
    const markdown = renderMarkdown(report);
    const section = markdown.slice(markdown.indexOf('## Suppressions'), markdown.indexOf('## Diagnostics'));
    expect(section).toContain('2 in all · per SSOT: Logger 2 · per project: app 2');
    expect(section).toContain('| <code>apps/app/src/a.ts:3:1</code> | Logger | <code>console</code> | app | ssot-ignore-next-line (line 2): boot output before the logger exists |');
    expect(section).toContain('eslint-disable (line 4): no reason given');
  });

  it('terminal: the count in the totals and the first places', () => {
    const text = renderTerminal(report);
    expect(text).toContain('0 usage · 1 bypass · 0 exempt · 2 suppressed sites');
    expect(text).toContain('apps/app/src/a.ts:3:1  Logger  console  — ssot-ignore-next-line (line 2): boot output before the logger exists');
  });

  it('HTML: a count column and a short list', () => {
    const page = renderHtml(report);
    expect(page).toContain('<th class="num" scope="col">Suppressed</th>');
    expect(page).toContain('<section id="suppressions">');
    expect(page).toContain('<code data-file="apps/app/src/a.ts" data-line="4">apps/app/src/a.ts:4:1</code> Logger <code>console</code> — eslint-disable (line 4): no reason given');
  });

  it('SARIF: suppressed results carry an in-source suppression with the reason as justification', () => {
    const log = JSON.parse(renderSarif(report));
    expect(compileSarifSchema()(log)).toBe(true);
    const results: { locations: { physicalLocation: { region: { startLine: number } } }[]; suppressions?: unknown }[] = log.runs[0].results;
    expect(results.map((r) => [r.locations[0].physicalLocation.region.startLine, r.suppressions ?? null])).toEqual([
      [1, null],
      [3, [{ kind: 'inSource', justification: 'boot output before the logger exists', properties: { by: 'ssot-ignore-next-line', line: 2 } }]],
      [4, [{ kind: 'inSource', properties: { by: 'eslint-disable', line: 4 } }]],
    ]);
  });
});
