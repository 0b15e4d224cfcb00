import type { BypassChange, CompareReport } from './compare-model.generated';
import { renderCompareMarkdown, SHOWN_ROWS } from './render-compare-markdown';
import { renderCompareSummary } from './render-compare-summary';
import { escapeData, escapeProperty, renderGithubAnnotations } from './render-github-annotations';

const bypass = (more: Partial<BypassChange> = {}): BypassChange => ({
  entry: 'Json',
  enforce: 'error',
  file: 'apps/web/src/main.ts',
  line: 3,
  column: 5,
  text: 'JSON.parse',
  project: 'web',
  fix: 'use Json from libs/core/src/json.ts instead',
  fingerprint: 'f1',
  ...more,
});

const report = (more: Partial<CompareReport> = {}): CompareReport => ({
  schemaVersion: 1,
  today: '2026-06-01',
  base: { ref: 'main', commit: 'abcdef0123456789abcdef0123456789abcdef01', head: 'h'.repeat(40) },
  health: { before: 50, after: 60, change: 10 },
  entries: [
    { name: 'Json', status: 'changed', coverage: { before: 50, after: 60, change: 10 }, bypass: { before: 2, after: 1 } },
    { name: 'Clock', status: 'unchanged', coverage: { before: 90, after: 90, change: 0 }, bypass: { before: 1, after: 1 } },
  ],
  registry: { added: [], removed: [] },
  bypasses: { new: [bypass()], fixed: [bypass({ file: 'apps/web/src/old.ts', line: 9, fingerprint: 'f2' })] },
  findings: { new: [], resolved: [] },
  projects: { analysed: ['web'], unchanged: ['core'] },
  notes: ['1 of 2 projects were taken as equal on both sides: their check inputs (own files, dependencies\' files, registry, tsconfig files) did not change.'],
  failures: ['new bypass of Json …'],
  ...more,
});

describe('compare.md', () => {
  it('leads with the health change and the verdict; lists only changed SSOTs, new and fixed bypasses with place, project and fix', () => {
    expect(renderCompareMarkdown(report())).toBe(
      [
        '### SSOT: health 50.0% → **60.0%** (+10.0 pts)',
        '',
        'Compared with <code>main</code> at its merge base <code>abcdef012345</code>: 1 new bypass (**1 failing**), 1 fixed, 0 new findings, 0 resolved.',
        '',
        ":x: **1 new bypass of `error` entries that the baseline does not know: the check fails.** Use the SSOT, or record them as known with the project's `ssot-baseline` target.",
        '',
        '| SSOT | Coverage | Change | Bypasses |',
        '| --- | --- | --- | --- |',
        '| Json | 50.0% → 60.0% | +10.0 pts | 2 → 1 |',
        '',
        '1 SSOT unchanged.',
        '',
        '#### New bypasses (1)',
        '',
        '| Place | SSOT | Project | Fix |',
        '| --- | --- | --- | --- |',
        '| <code>apps/web/src/main.ts:3</code> | Json :x: | web | <code>JSON.parse</code>: use Json from libs/core/src/json.ts instead |',
        '',
        '#### Fixed bypasses (1)',
        '',
        '| Place | SSOT | Project | Code |',
        '| --- | --- | --- | --- |',
        '| <code>apps/web/src/old.ts:9</code> | Json | web | <code>JSON.parse</code> |',
        '',
        "<sub>1 of 2 projects were taken as equal on both sides: their check inputs (own files, dependencies' files, registry, tsconfig files) did not change.</sub><br>",
        '',
      ].join('\n'),
    );
  });

  it(`folds the rows beyond ${SHOWN_ROWS} into a details block`, () => {
    const many = Array.from({ length: SHOWN_ROWS + 3 }, (_, index) => bypass({ line: index + 1, fingerprint: `f${index}` }));
    const markdown = renderCompareMarkdown(report({ bypasses: { new: many, fixed: [] } }));
    const [shown, folded] = markdown.split('<details>');
    expect(shown.match(/apps\/web\/src\/main\.ts:/g)).toHaveLength(SHOWN_ROWS);
    expect(folded).toContain('<summary>3 more bypasses</summary>');
    expect(folded.match(/apps\/web\/src\/main\.ts:/g)).toHaveLength(3);
  });

  it('escapes what the code says: a bypass text cannot break the table or inject HTML', () => {
    const markdown = renderCompareMarkdown(report({ bypasses: { new: [bypass({ text: 'a | <img src=x> `b`' })], fixed: [] } }));
    expect(markdown).not.toContain('<img');
    expect(markdown).toContain('<code>a &#124; &lt;img src=x&gt; &#96;b&#96;</code>');
  });
});

describe('GitHub annotations', () => {
  it.each<[string, Partial<BypassChange>, string | undefined]>([
    ['an error entry, not in the baseline', {}, '::error file=apps/web/src/main.ts,line=3,col=5,title=ssot%3A new bypass of Json::JSON.parse: use Json from libs/core/src/json.ts instead (project web)'],
    ['an error entry the baseline knows', { known: true }, '::warning file=apps/web/src/main.ts,line=3,col=5,title=ssot%3A new bypass of Json::JSON.parse: use Json from libs/core/src/json.ts instead (project web, recorded in its baseline)'],
    ['a warn entry', { enforce: 'warn' }, '::warning file=apps/web/src/main.ts,line=3,col=5,title=ssot%3A new bypass of Json::JSON.parse: use Json from libs/core/src/json.ts instead (project web)'],
    ['an off entry: counted, not annotated', { enforce: 'off' }, undefined],
    ['hostile values are escaped', { file: 'a,b:c%.ts', text: 'x\n::error::y%' }, '::error file=a%2Cb%3Ac%25.ts,line=3,col=5,title=ssot%3A new bypass of Json::x%0A::error::y%25: use Json from libs/core/src/json.ts instead (project web)'],
  ])('%s', (_label, site, expected) => {
    expect(renderGithubAnnotations(report({ bypasses: { new: [bypass(site)], fixed: [] } }))).toEqual(expected === undefined ? [] : [expected]);
  });

  it.each([
    ['100%', '100%25', '100%25'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['k: v, w', 'k: v, w', 'k%3A v%2C w'],
  ])('%j escapes as data %j and as a property %j', (value, data, property) => {
    expect(escapeData(value)).toBe(data);
    expect(escapeProperty(value)).toBe(property);
  });
});

describe('the printed summary', () => {
  it('three lines; a long list of analysed projects is cut at 10 names', () => {
    const analysed = Array.from({ length: 12 }, (_, index) => `p${String(index).padStart(2, '0')}`);
    expect(renderCompareSummary(report({ projects: { analysed, unchanged: ['core'] } }))).toEqual([
      'ssot-report: compared with main (merge base abcdef012345): health 50.0% → 60.0% (+10.0 pts)',
      'ssot-report: 1 new bypass, 1 fixed; 0 new findings, 0 resolved',
      'ssot-report: analysed on both sides: p00, p01, p02, p03, p04, p05, p06, p07, p08, p09 and 2 more (see compare.json); taken as equal: 1 project',
    ]);
  });
});
