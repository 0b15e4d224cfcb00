import { expectGolden } from './__fixtures__/golden';
import { makeHostileReport } from './__fixtures__/hostile-report';
import { makeLargeReport } from './__fixtures__/large-report';
import { sampleReport } from './__fixtures__/sample-report';
import { renderTerminal, sanitizeForTerminal } from './terminal';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

describe('terminal reporter', () => {
  it('prints the sample summary as reviewed (golden file, no colour)', () => {
    expectGolden('sample-report.golden.txt', renderTerminal(sampleReport, { color: false }));
  });

  it('colours only when asked, and colours change nothing else', () => {
    const plain = renderTerminal(sampleReport);
    const coloured = renderTerminal(sampleReport, { color: true });
    expect(plain).not.toMatch(ANSI);
    expect(coloured).toMatch(ANSI);
    expect(coloured.replace(ANSI, '')).toBe(plain);
  });

  it('shows the health, the tier table, the failures and each validate command', () => {
    const text = renderTerminal(sampleReport);
    expect(text).toContain('Health 86.5%* (good), minimum 85.0% · failing (2 causes)');
    expect(text).toMatch(/Tier 3 Important\s+40–59%\s+1\s+45\.5%\*\s+needs work/);
    expect(text).toContain('✖ JsonCodec: coverage 45.5% is below its minCoverage 50%');
    expect(text).toContain('validate: nx run shared-ui:ssot-check');
  });

  it('shows diagnostics only when there are some, capping the workspace warnings and counting the rest', () => {
    expect(renderTerminal({ ...sampleReport, diagnostics: { workspace: [], files: [] } })).not.toContain('Diagnostics:');
    const [warning] = sampleReport.diagnostics.workspace;
    const many = Array.from({ length: 13 }, (_, index) => ({ ...warning, path: `$.entries[${index}].projects[0]` }));
    const text = renderTerminal({ ...sampleReport, diagnostics: { workspace: many, files: [] } });
    expect(text).toContain('Diagnostics: 13 workspace warnings\n');
    expect(text.split('\n').filter((line) => line.startsWith('  ⚠ '))).toHaveLength(10);
    expect(text).toContain('  …and 3 more workspace warnings in report.json');
  });

  it('names the kept items by reason, the files not analysed per project, and each baseline in format 1 with its command', () => {
    const text = renderTerminal(sampleReport);
    expect(text).toContain('baseline worse (9 new, 80 known, 3 fixed, 2 kept)');
    expect(text).toContain('\n  2 known bypasses kept: file not analysed (file-too-large) — fix the file or remove the items\n    libs/shared-ui/src/generated/icons.ts (shared-ui): JsonCodec JSON.parse\n');
    expect(text).toContain('Files not analysed (5 files; not counted in "files analysed", their known bypasses kept):');
    expect(text).toContain(
      '    shared-ui (5): libs/shared-ui/src/generated/fonts.ts (file-too-large), libs/shared-ui/src/generated/icons.ts (file-too-large), libs/shared-ui/src/generated/locales.ts (file-too-large) …and 2 more',
    );
    expect(text).toContain('baseline format 1: apps/admin/ssot-baseline.txt, upgrade with nx run admin:ssot-baseline');
  });

  it('marks incomplete figures and never shows their rise as an improvement; a complete report has no mark', () => {
    expect(renderTerminal(sampleReport)).toContain('health not compared (incomplete) since 2026-10-15');
    const complete = renderTerminal({ ...sampleReport, entries: sampleReport.entries.map(({ incomplete: _incomplete, ...entry }) => entry) });
    expect(complete).toContain('Health 86.5% (good)');
    expect(complete).toContain('health +2.3 pts since 2026-10-15');
    expect(complete).not.toContain('*');
  });

  it('lists the top 5 action items and counts the rest', () => {
    const text = renderTerminal(makeLargeReport({ projects: 3, actionItems: 8, points: 3 }));
    expect(text).toContain('Top 5 action items');
    expect(text).toContain('5. Entry5');
    expect(text).not.toContain('Entry6');
    expect(text).toContain('…and 3 more in the full report');
  });

  it('says so when the report passes and there is nothing to do', () => {
    const text = renderTerminal({ ...sampleReport, actionItems: [], failures: [] });
    expect(text).toContain('· passing');
    expect(text).toContain('No action items');
    expect(text).not.toContain('Failures');
  });

  it.each([
    ['tags', undefined, 'Owners: none found. Add a CODEOWNERS file'],
    ['none', undefined, 'Owners: none found. Add a CODEOWNERS file'],
    ['codeowners', '.github/CODEOWNERS', "Owners: .github/CODEOWNERS owns none of the files with sites. Add rules for the projects' folders there"],
  ] as const)('with no owner anywhere (owners from %s), says how to get owners instead of asking "(no owner)"', (from, file, expected) => {
    const noOwner = { name: '(no owner)', usage: 5, bypass: 3 };
    const ownership = { ...sampleReport.ownership, from, file, owners: [{ ...sampleReport.ownership.owners[0], ...noOwner }] };
    const text = renderTerminal({ ...sampleReport, ownership, actionItems: sampleReport.actionItems.map((item) => ({ ...item, owners: [{ owner: '(no owner)', bypass: item.bypass }] })) });
    expect(text).toContain(expected);
    expect(text).not.toContain('ask:');
    expect(text).not.toContain('Owners with the most bypass sites');
    expect(renderTerminal(sampleReport)).toContain('ask: @acme/web (12)');
  });

  it('never lets a name write control characters to the terminal', () => {
    expect(sanitizeForTerminal('a\u001b[2Jb\nc\u0007')).toBe('a?[2Jb?c?');
    const report = makeHostileReport();
    report.actionItems[0].entry = 'Evil\u001b]0;pwned\u0007';
    expect(renderTerminal(report)).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });
});
