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
  entries: Record<string, { usage: number; bypass: number; exempt: { usage: number; bypass: number }; byPattern: Record<string, number> }>;
  projects: Record<string, Record<string, { usage: number; bypass: number }>>;
  findings: KeyFinding[];
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

  it.each(Object.keys(key.entries))('%s: usage, bypass, exempt and patterns', (name) => {
    const { usage, bypass, exempt, byPattern } = result.totals[name];
    expect({ usage, bypass, exempt, byPattern }).toEqual(key.entries[name]);
  });

  it('per project and entry', () => {
    const actual: AnswerKey['projects'] = {};
    for (const site of result.sites) {
      if (site.exempt) continue;
      const row = ((actual[site.project] ??= {})[site.entry] ??= { usage: 0, bypass: 0 });
      row[site.side] += 1;
    }
    expect(actual).toEqual(key.projects);
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
