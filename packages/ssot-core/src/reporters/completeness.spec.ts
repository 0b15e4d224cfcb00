/**
 * Issue 13, the report side, through the real pipeline: a file with known bypasses grows too large,
 * the check keeps its items, and every format names the file not analysed, the kept items by reason
 * (the check's words), marks the coverage incomplete and never shows it as improved. A format-1
 * baseline is named with its upgrade command.
 */
import { checkProject, renderBaseline } from '../analyze';
import { parseRegistry } from '../registry/load-registry';
import { buildReport } from '../report/build-report';
import { describeKeptItems } from '../result/compare-baseline';
import { createMemoryHost } from '../workspace/memory-host';
import { REPORTERS } from '.';

const registry = parseRegistry(JSON.stringify({ entries: [{ name: 'Json', module: 'json-lib', export: 'Json', bypasses: [{ global: 'JSON.parse' }] }] }));
const projects = [{ name: 'web', root: 'apps/web', tags: [] }];
const BIG = 'apps/web/src/big.ts';
const files = {
  'apps/web/src/main.ts': "import { Json } from 'json-lib';\nexport const a = Json.parse('1');\nexport const b = Json.parse('2');\nexport const c = Json.parse('3');\n",
  [BIG]: "export function one() {\n  return JSON.parse('1');\n}\nexport function two() {\n  return JSON.parse('2');\n}\n",
};
const check = (tree: Record<string, string>) => checkProject({ workspaceRoot: '/memory', host: createMemoryHost(tree), registry, projects, project: 'web', today: '2026-06-01' });

const before = check(files);
const baseline = renderBaseline(before);
const after = check({ ...files, [BIG]: `${files[BIG]}/*${'x'.repeat(2 * 1024 * 1024)}*/\n`, 'apps/web/ssot-baseline.txt': baseline });
const history = [{ date: '2026-05-01', health: 40, coverage: { Json: 40 } }];
const report = buildReport({ registry, results: [after], today: '2026-06-01', history });
const HEADING = '2 known bypasses kept: file not analysed (file-too-large) — fix the file or remove the items';

describe('a file not analysed, in every format of the report', () => {
  it('the check kept both items, counted the file apart, and coverage did not rise', () => {
    expect(before.entries.Json).toMatchObject({ usage: 3, bypass: 2, coverage: 60 });
    expect(after).toMatchObject({ filesAnalysed: 1, notAnalysed: [{ file: BIG, reason: 'file-too-large' }], baseline: { known: 0, new: 0, fixed: [] } });
    expect(describeKeptItems(after.baseline.kept)[0]).toBe(HEADING);
    expect(report.entries[0]).toMatchObject({ name: 'Json', coverage: 60, kept: 2, incomplete: true });
    expect(report.baseline).toMatchObject({ state: 'same', kept: 2 });
    expect(report.projects[0]).toMatchObject({ filesAnalysed: 1, filesNotAnalysed: 1 });
  });

  it('terminal: the kept items by reason, the file per project, the coverage marked, the rise not compared', () => {
    const text = REPORTERS.terminal(report, { color: false });
    expect(text).toContain(`baseline same (0 new, 0 known, 0 fixed, 2 kept)`);
    expect(text).toContain(`  ${HEADING}\n    ${BIG} (web): Json JSON.parse\n`);
    expect(text).toContain(`    web (1): ${BIG} (file-too-large)`);
    expect(text).toContain('Health 60.0%*');
    expect(text).toContain('health not compared (incomplete) since 2026-05-01');
  });

  it('Markdown: the same, with the mark escaped and the footnote', () => {
    const markdown = REPORTERS.markdown(report);
    expect(markdown).toContain(`- Baseline: same: 0 new, 0 known, 0 fixed, 2 kept\n  - ${HEADING}\n    - <code>${BIG}</code> (web): Json <code>JSON.parse</code>`);
    expect(markdown).toContain(`- web (1): <code>${BIG}</code> (file-too-large)`);
    expect(markdown).toMatch(/\| \*\*Json\*\* \|[^\n]*\| 60\.0%\\\* \|/);
    expect(markdown).toContain('| web | 1 | [1](#diagnostics) | 60.0%\\* |');
    expect(markdown).toContain('\\* Incomplete: files it covers were not analysed');
    expect(markdown).not.toContain('+20.0 pts');
  });

  it('HTML: the badge, the file and the kept items; SARIF: a notification per reason and the rule marked', () => {
    const page = REPORTERS.html(report);
    expect(page).toContain('60.0% <span class="badge incomplete"');
    expect(page).toContain(`<code data-file="${BIG}">${BIG}</code> (file-too-large)`);
    expect(page).toContain(`<li>${HEADING}<ul>`);
    const sarif = JSON.parse(REPORTERS.sarif(report));
    const notices = sarif.runs[0].invocations[0].toolExecutionNotifications;
    const byId = (id: string) => notices.filter((notice: { descriptor: { id: string } }) => notice.descriptor.id === id);
    expect(byId('file-too-large')).toHaveLength(1);
    expect(byId('baseline-items-kept').map((notice: { message: { text: string } }) => notice.message.text)).toEqual([HEADING]);
    expect(sarif.runs[0].tool.driver.rules[0].properties).toMatchObject({ incomplete: true });
  });

  it('a format-1 baseline: its message and upgrade command in every human format', () => {
    const legacy = baseline.replace('# ssot-baseline format 2', '# ssot-baseline format 1');
    const result = check({ ...files, 'apps/web/ssot-baseline.txt': legacy });
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).toContain('baseline-format-1');
    const old = buildReport({ registry, results: [result], today: '2026-06-01' });
    expect(REPORTERS.terminal(old, { color: false })).toContain('baseline format 1: apps/web/ssot-baseline.txt, upgrade with nx run web:ssot-baseline');
    expect(REPORTERS.markdown(old)).toContain('```sh\nnx run web:ssot-baseline\n```');
    expect(REPORTERS.html(old)).toContain('<pre><code>nx run web:ssot-baseline</code></pre>');
  });
});
