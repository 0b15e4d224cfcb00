import { sampleReport } from '../__fixtures__/sample-report';
import type { DetailedSite } from '../../report/site-details';
import { buildExplorerData, embedJson, SITE_FLAGS } from './explorer-data';

/** A site of the data back as a record, to compare with what went in. */
function siteAt(data: ReturnType<typeof buildExplorerData>, index: number) {
  const { s, sites, files } = data;
  return {
    file: s[files.path[sites.f[index]]],
    project: s[files.project[sites.f[index]]],
    owners: data.ownerSets[files.owners[sites.f[index]]].map((owner) => s[owner]),
    line: sites.l[index],
    entry: s[sites.e[index]],
    text: s[sites.t[index]],
    pattern: sites.p[index] < 0 ? undefined : s[sites.p[index]],
    flags: sites.x[index],
  };
}

describe('buildExplorerData', () => {
  const usage: DetailedSite = { ...sampleReport.entries[1].bypassSites[0], side: 'usage', kind: 'ref', pattern: 'direct', known: undefined, file: 'apps/api/src/z.ts', line: 1, text: 'logger.info' };
  const bypass: DetailedSite = { ...sampleReport.entries[1].bypassSites[0], fix: 'use AppLogger from libs/log instead' };
  const suppressed = Object.assign({}, bypass, { line: 40, suppressed: { by: 'ssot-ignore', reason: 'on purpose', line: 39 } });
  const exempt: DetailedSite = { ...bypass, line: 50, exempt: true, known: false };
  const data = buildExplorerData(sampleReport, { sites: [usage, exempt, suppressed, bypass], owners: { [bypass.file]: ['@acme/api', '@acme/ops'] } }, undefined);

  it('keeps every site, by place, as parallel columns over one string table', () => {
    expect(Object.values(data.sites).map((column) => column.length)).toEqual(Array(8).fill(4));
    expect([0, 1, 2, 3].map((index) => siteAt(data, index))).toEqual([
      { file: bypass.file, project: 'api', owners: ['@acme/api', '@acme/ops'], line: bypass.line, entry: 'AppLogger', text: 'console', pattern: undefined, flags: SITE_FLAGS.bypass | SITE_FLAGS.known },
      { file: bypass.file, project: 'api', owners: ['@acme/api', '@acme/ops'], line: 40, entry: 'AppLogger', text: 'console', pattern: undefined, flags: SITE_FLAGS.bypass | SITE_FLAGS.known },
      { file: bypass.file, project: 'api', owners: ['@acme/api', '@acme/ops'], line: 50, entry: 'AppLogger', text: 'console', pattern: undefined, flags: SITE_FLAGS.bypass | SITE_FLAGS.exempt | SITE_FLAGS.fresh },
      { file: 'apps/api/src/z.ts', project: 'api', owners: ['(no owner)'], line: 1, entry: 'AppLogger', text: 'logger.info', pattern: 'direct', flags: 0 },
    ]);
    expect(new Set(data.s).size).toBe(data.s.length);
    expect(data.all).toBe(true);
  });

  it('keeps one fix per SSOT and kind, and the suppression with its reason', () => {
    expect(data.fixes.map((fix) => fix.map((index) => data.s[index]))).toEqual([['AppLogger', 'global', 'use AppLogger from libs/log instead']]);
    expect(Object.entries(data.suppressed).map(([index, [by, reason, line]]) => [Number(index), data.s[by], data.s[reason], line])).toEqual([[1, 'ssot-ignore', 'on purpose', 39]]);
  });

  it('without details, drills down to the bypass sites of report.json with their action item\'s fix', () => {
    const fallback = buildExplorerData(sampleReport, undefined, 'https://h/{file}');
    expect(fallback.all).toBe(false);
    expect(fallback.link).toBe('https://h/{file}');
    expect(fallback.sites.f).toHaveLength(sampleReport.entries.reduce((sum, entry) => sum + entry.bypassSites.length, 0));
    const appLogger = sampleReport.actionItems.find((item) => item.entry === 'AppLogger');
    expect(fallback.fixes.map((fix) => fix.map((index) => fallback.s[index])).find(([entry]) => entry === 'AppLogger')?.[2]).toBe(appLogger?.fix);
  });
});

describe('embedJson', () => {
  it.each([
    ['a closing script tag', '</script><script>alert(1)</script>', '"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"'],
    ['a comment opener', '<!-- x', '"\\u003c!-- x"'],
    ['an ampersand', 'a&b', '"a\\u0026b"'],
    ['line and paragraph separators', 'a\u2028b\u2029', '"a\\u2028b\\u2029"'],
    ['quotes and javascript:', `"q" 'javascript:x'`, `"\\"q\\" 'javascript:x'"`],
  ])('escapes %s and stays JSON', (_, value, expected) => {
    expect(embedJson(value)).toBe(expected);
    expect(JSON.parse(embedJson(value))).toBe(value);
  });
});
