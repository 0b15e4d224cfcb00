/**
 * Issue 13's smaller defects, in every human-readable format: the baseline hint names the one
 * command (SPEC §6), "no data" factory adoption reads as a sentence, and a workspace finding has
 * no `.:1` place.
 */
import type { WorkspaceReport } from '../report/report-model';
import type { Finding } from '../result/project-result.generated';
import { sampleReport } from './__fixtures__/sample-report';
import { collectAntiPatterns, describeFirstPlace } from './anti-patterns';
import { FACTORY_ADOPTION_NO_DATA } from './format';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { renderTerminal } from './terminal';

const FORMATS: [string, (report: WorkspaceReport) => string][] = [
  ['terminal', (report) => String(renderTerminal(report, { color: false }))],
  ['markdown', (report) => String(renderMarkdown(report))],
  ['html', (report) => String(renderHtml(report))],
];

const workspaceFinding: Finding = {
  detector: 'inconsistent-error-handling',
  messageId: 'workspaceMix',
  message: 'no catch style dominates across the workspace',
  file: '.',
  line: 1,
  column: 1,
  text: 'catch styles',
  project: '(none)',
  fingerprint: '3a1b2c3d4e5f6071',
  fix: 'agree on one catch style',
};

describe('report wording', () => {
  it.each(FORMATS)('%s: without a baseline, the hint names nx run <project>:ssot-baseline', (format, render) => {
    const text = render({ ...sampleReport, baseline: { new: 0, same: 0, fixed: 0, state: 'none' } });
    expect(text).toContain(format === 'html' ? 'nx run &lt;project&gt;:ssot-baseline' : 'nx run <project>:ssot-baseline');
    expect(text).not.toContain('--update-baseline');
  });

  it.each(FORMATS.filter(([format]) => format !== 'terminal'))('%s: factory adoption without data is a sentence of its own', (_format, render) => {
    const text = render({ ...sampleReport, factoryAdoption: null });
    expect(text).toContain(FACTORY_ADOPTION_NO_DATA);
    expect(text).not.toMatch(/no data(\*\*|<\/strong>)? of the constructions/);
  });

  it('a workspace finding is placed at its first related place, else "whole workspace", never ".:1"', () => {
    expect(describeFirstPlace(workspaceFinding)).toBe('whole workspace');
    expect(describeFirstPlace({ ...workspaceFinding, related: [{ file: 'apps/api/src/a.ts', line: 7, column: 3 }] })).toBe('apps/api/src/a.ts:7');
    expect(describeFirstPlace({ ...workspaceFinding, file: 'apps/api/src/a.ts', line: 4 })).toBe('apps/api/src/a.ts:4');
    const report = { ...sampleReport, findings: [...sampleReport.findings, workspaceFinding] };
    expect(collectAntiPatterns(report).find((row) => row.id === 'inconsistent-error-handling')?.where).toBe('whole workspace');
    for (const [, render] of FORMATS) expect(render(report)).not.toContain('.:1');
  });
});
