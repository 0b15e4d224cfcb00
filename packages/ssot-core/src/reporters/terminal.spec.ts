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
    expect(text).toContain('Health 86.5% (good), minimum 85.0% · failing (2 causes)');
    expect(text).toMatch(/Tier 3 Important\s+40–59%\s+1\s+45\.5%\s+needs work/);
    expect(text).toContain('✖ JsonCodec: coverage 45.5% is below its minCoverage 50%');
    expect(text).toContain('validate: nx run shared-ui:ssot-check');
  });

  it('shows diagnostics only when there are some, capping the workspace warnings and counting the rest', () => {
    expect(renderTerminal({ ...sampleReport, diagnostics: { workspace: [], files: [] } })).not.toContain('Diagnostics');
    const [warning] = sampleReport.diagnostics.workspace;
    const many = Array.from({ length: 13 }, (_, index) => ({ ...warning, path: `$.entries[${index}].projects[0]` }));
    const text = renderTerminal({ ...sampleReport, diagnostics: { workspace: many, files: [] } });
    expect(text).toContain('Diagnostics: 13 workspace warnings\n');
    expect(text.split('\n').filter((line) => line.startsWith('  ⚠ '))).toHaveLength(10);
    expect(text).toContain('  …and 3 more workspace warnings in report.json');
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

  it('never lets a name write control characters to the terminal', () => {
    expect(sanitizeForTerminal('a\u001b[2Jb\nc\u0007')).toBe('a?[2Jb?c?');
    const report = makeHostileReport();
    report.actionItems[0].entry = 'Evil\u001b]0;pwned\u0007';
    expect(renderTerminal(report)).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });
});
