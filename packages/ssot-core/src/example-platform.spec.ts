/**
 * The bundled example workspace against its answer key, which was counted by hand from the
 * sources (examples/platform/ANSWER-KEY.md lists every site) and never copied from the tool.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from './analyze';
import { loadRegistry } from './registry/load-registry';
import { EXAMPLE_ROOT as root, readExampleProjects } from './testing/example-platform';

interface AnswerKey {
  today: string;
  filesAnalysed: number;
  entries: Record<string, { usage: number; bypass: number; exempt: { usage: number; bypass: number }; suppressed?: number; byPattern: Record<string, number> }>;
  projects: Record<string, Record<string, { usage: number; bypass: number }>>;
  suppressed: KeySuppressed[];
  findings: KeyFinding[];
}

/** A suppressed site as the key lists it, with its comment's form, line and reason. */
interface KeySuppressed {
  entry: string;
  file: string;
  line: number;
  column: number;
  text: string;
  project: string;
  by: string;
  commentLine: number;
  reason: string;
}

/** A finding as the key lists it: `entry` only when there is one, `exempt` only when true. */
interface KeyFinding {
  detector: string;
  entry?: string;
  file: string;
  line: number;
  column: number;
  project: string;
  exempt?: true;
}

const key: AnswerKey = JSON.parse(readFileSync(join(root, 'answer-key.json'), 'utf8'));
const result = analyze({ workspaceRoot: root, registry: loadRegistry(root), projects: readExampleProjects(), today: key.today });

describe('examples/platform answer key', () => {
  it('analyses the files the key counts, without diagnostics', () => {
    expect(result.files.length).toBe(key.filesAnalysed);
    expect(result.diagnostics).toEqual([]);
  });

  it.each(Object.keys(key.entries))('%s: usage, bypass, exempt, suppressed and patterns', (name) => {
    const { usage, bypass, exempt, suppressed, byPattern } = result.totals[name];
    expect({ usage, bypass, exempt, ...(suppressed !== undefined && { suppressed }), byPattern }).toEqual(key.entries[name]);
  });

  it('per project and entry', () => {
    const actual: AnswerKey['projects'] = {};
    for (const site of result.sites) {
      if (site.exempt || site.suppressed) continue;
      const row = ((actual[site.project] ??= {})[site.entry] ??= { usage: 0, bypass: 0 });
      row[site.side] += 1;
    }
    expect(actual).toEqual(key.projects);
  });

  it('the suppressed sites, each with its comment', () => {
    const actual: KeySuppressed[] = result.sites.flatMap(({ entry, file, line, column, text, project, suppressed }) =>
      suppressed ? [{ entry, file, line, column, text, project, by: suppressed.by, commentLine: suppressed.line, reason: suppressed.reason ?? '' }] : [],
    );
    expect(actual).toEqual(key.suppressed);
  });

  it('every site of ANSWER-KEY.md, at its line and column with its text', () => {
    const listed = readFileSync(join(root, 'ANSWER-KEY.md'), 'utf8').match(/[a-z]+\/[\w/.-]+\.tsx?:\d+:\d+ [^(\n]+/g) ?? [];
    const expected = listed.map((line) => line.trim()).sort();
    const actual = result.sites.map((site) => `${site.file}:${site.line}:${site.column} ${site.text}`).sort();
    expect(actual).toEqual(expected);
  });

  it('every finding of every detector, project- and workspace-level, in order', () => {
    const actual: KeyFinding[] = result.findings.map(({ detector, entry, file, line, column, project, exempt }) => ({
      detector,
      ...(entry !== undefined && { entry }),
      file,
      line,
      column,
      project,
      ...(exempt === true && { exempt: true as const }),
    }));
    expect(actual).toStrictEqual(key.findings);
  });
});
