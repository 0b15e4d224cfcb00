/**
 * SPEC §4 "Inline suppressions", written as conformance rows: each a tiny workspace (one file of
 * project `app` unless said), the figures per entry (suppressed counted apart, like exempt), the
 * suppressed sites with their comment, and the diagnostics.
 */
import { analyze, checkProject, renderBaseline } from './analyze';
import { buildReport } from './report/build-report';
import type { ProjectResult } from './result/project-result';
import type { Site } from './result/site';
import { entry, registry, TEST_PROJECTS, TEST_TSCONFIG } from './testing/memory-workspace';
import { createMemoryHost } from './workspace/memory-host';

const LIB: Record<string, string> = {
  'tsconfig.base.json': TEST_TSCONFIG,
  'libs/lib/src/index.ts': "export * from './logger';\nexport * from './json';\n",
  'libs/lib/src/logger.ts': 'export class Logger { static create() { return new Logger(); } info(text: string) { return text; } }\n',
  'libs/lib/src/json.ts': 'export const Json = { parse: (text: string) => text };\n',
};
const logger = entry({ name: 'Logger', source: 'libs/lib/src/logger.ts', enforce: 'error', bypasses: [{ kind: 'global', path: 'console' }], exemptions: [{ files: ['apps/web/**'], reason: 'web is being rewritten' }] });
const json = entry({ name: 'Json', source: 'libs/lib/src/json.ts', bypasses: [{ kind: 'global', path: 'JSON.parse' }] });
const REGISTRY = registry([logger, json]);
const FILE = 'apps/app/src/a.ts';

type Figures = { usage: number; bypass: number; suppressed?: number; exempt?: number };

interface Row {
  name: string;
  code: string;
  file?: string;
  /** Per entry; an entry left out has no sites. */
  figures: Partial<Record<'Logger' | 'Json', Figures>>;
  /** `line:column entry by [— reason] @commentLine` per suppressed site. */
  suppressed?: string[];
  /** `line:column code [entry]` per diagnostic. */
  diagnostics?: string[];
}

const rows: Row[] = [
  {
    name: 'next line, one entry: only the next line',
    code: '// ssot-ignore-next-line Logger -- boot output before the logger exists\nconsole.log(1);\nconsole.log(2);\n',
    figures: { Logger: { usage: 0, bypass: 1, suppressed: 1 } },
    suppressed: ['2:1 Logger ssot-ignore-next-line — boot output before the logger exists @1'],
  },
  {
    name: 'next line, two entries',
    code: 'declare const s: string;\n// ssot-ignore-next-line Logger, Json -- parsed before boot\nconsole.log(JSON.parse(s));\n',
    figures: { Logger: { usage: 0, bypass: 0, suppressed: 1 }, Json: { usage: 0, bypass: 0, suppressed: 1 } },
    suppressed: ['3:1 Logger ssot-ignore-next-line — parsed before boot @2', '3:13 Json ssot-ignore-next-line — parsed before boot @2'],
  },
  {
    name: 'the whole file, for the entry it names only, from a comment anywhere',
    code: 'declare const s: string;\nJSON.parse(s);\nconsole.log(JSON.parse(s));\n/* ssot-ignore-file Json -- fixtures read raw JSON */\n',
    figures: { Logger: { usage: 0, bypass: 1 }, Json: { usage: 0, bypass: 0, suppressed: 2 } },
    suppressed: ['2:1 Json ssot-ignore-file — fixtures read raw JSON @4', '3:13 Json ssot-ignore-file — fixtures read raw JSON @4'],
  },
  {
    name: 'an unknown entry suppresses nothing, with the closest name',
    code: '// ssot-ignore-next-line Loger -- typo\nconsole.log(1);\n',
    figures: { Logger: { usage: 0, bypass: 1 } },
    diagnostics: ['1:1 suppression-unknown-entry Loger'],
  },
  {
    name: 'no reason: it still applies, and is a diagnostic',
    code: '// ssot-ignore-next-line Logger\nconsole.log(1);\n',
    figures: { Logger: { usage: 0, bypass: 0, suppressed: 1 } },
    suppressed: ['2:1 Logger ssot-ignore-next-line @1'],
    diagnostics: ['1:1 suppression-without-reason Logger'],
  },
  {
    name: 'unused: no bypass of the entry on the next line (and one of two entries unused)',
    code: '// ssot-ignore-next-line Logger -- x\nconst a = 1;\nconsole.log(a);\n// ssot-ignore-next-line Logger, Json -- y\nconsole.log(a);\n',
    figures: { Logger: { usage: 0, bypass: 1, suppressed: 1 } },
    suppressed: ['5:1 Logger ssot-ignore-next-line — y @4'],
    diagnostics: ['1:1 suppression-unused Logger', '4:1 suppression-unused Json'],
  },
  {
    name: 'an exempt site stays exempt; the comment is unused',
    file: 'apps/web/src/a.ts',
    code: '// ssot-ignore-next-line Logger -- old page\nconsole.log(1);\n',
    figures: { Logger: { usage: 0, bypass: 0, exempt: 1 } },
    diagnostics: ['1:1 suppression-unused Logger'],
  },
  {
    name: 'a usage site is never suppressed',
    code: "import { Logger } from '@acme/lib';\n// ssot-ignore-next-line Logger -- x\nLogger.create();\n",
    figures: { Logger: { usage: 1, bypass: 0 } },
    diagnostics: ['2:1 suppression-unused Logger'],
  },
  {
    name: 'eslint-disable-next-line naming ssot/no-bypass: every entry on the next line',
    code: 'declare const s: string;\n// eslint-disable-next-line ssot/no-bypass -- CLI output\nconsole.log(JSON.parse(s));\nconsole.log(2);\n',
    figures: { Logger: { usage: 0, bypass: 1, suppressed: 1 }, Json: { usage: 0, bypass: 0, suppressed: 1 } },
    suppressed: ['3:1 Logger eslint-disable — CLI output @2', '3:13 Json eslint-disable — CLI output @2'],
  },
  {
    name: 'eslint-disable-line naming ssot/no-known-bypass, without a reason',
    code: 'console.log(1); // eslint-disable-line ssot/no-known-bypass\nconsole.log(2);\n',
    figures: { Logger: { usage: 0, bypass: 1, suppressed: 1 } },
    suppressed: ['1:1 Logger eslint-disable @1'],
    diagnostics: ['1:17 suppression-without-reason'],
  },
  {
    name: 'eslint-disable … eslint-enable: the block between them',
    code: 'console.log(1);\n/* eslint-disable ssot/no-bypass -- legacy block */\nconsole.log(2);\nconsole.log(3);\n/* eslint-enable ssot/no-bypass */\nconsole.log(4);\n',
    figures: { Logger: { usage: 0, bypass: 2, suppressed: 2 } },
    suppressed: ['3:1 Logger eslint-disable — legacy block @2', '4:1 Logger eslint-disable — legacy block @2'],
  },
  {
    name: 'ESLint comments that name only other rules change nothing',
    code: '// eslint-disable-next-line no-console -- a CLI\nconsole.log(1);\n/* eslint-disable ssot/no-unused-suppression */\nconsole.log(2);\n',
    figures: { Logger: { usage: 0, bypass: 2 } },
  },
  {
    name: 'a bare ESLint comment disables every rule, so it suppresses; never a diagnostic',
    code: '// eslint-disable-next-line\nconsole.log(1);\n// eslint-disable-next-line\nconst a = 1;\n',
    figures: { Logger: { usage: 0, bypass: 0, suppressed: 1 } },
    suppressed: ['2:1 Logger eslint-disable @1'],
  },
  {
    name: 'the closest comment decides the record: next line before the file',
    code: '/* ssot-ignore-file Logger -- generated */\n// ssot-ignore-next-line Logger -- banner\nconsole.log(1);\nconsole.log(2);\n',
    figures: { Logger: { usage: 0, bypass: 0, suppressed: 2 } },
    suppressed: ['3:1 Logger ssot-ignore-next-line — banner @2', '4:1 Logger ssot-ignore-file — generated @1'],
  },
  {
    name: 'a file the pre-scan would skip (no token, no import that matters) still has its comments checked',
    code: "import { chunk } from 'lodash';\n// ssot-ignore-next-line Logger -- nothing to hide here\nexport const pages = chunk([1, 2], 1);\n",
    figures: {},
    diagnostics: ['2:1 suppression-unused Logger'],
  },
  {
    name: 'a comment in a string is no suppression',
    code: "const text = '// ssot-ignore-next-line Logger -- x';\nconsole.log(text);\n",
    figures: { Logger: { usage: 0, bypass: 1 } },
  },
];

function analyzeRow(row: Row) {
  return analyze({ workspaceRoot: '/memory', host: createMemoryHost({ ...LIB, [row.file ?? FILE]: row.code }), registry: REGISTRY, projects: TEST_PROJECTS, today: '2026-06-01' });
}

const describeSuppressed = (site: Site) => `${site.line}:${site.column} ${site.entry} ${site.suppressed?.by}${site.suppressed?.reason === undefined ? '' : ` — ${site.suppressed.reason}`} @${site.suppressed?.line}`;

describe('SPEC §4 inline suppressions', () => {
  it.each(rows.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    const result = analyzeRow(row);
    for (const name of ['Logger', 'Json'] as const) {
      const { usage, bypass, suppressed, exempt } = result.totals[name];
      const expected = row.figures[name] ?? { usage: 0, bypass: 0 };
      expect({ name, usage, bypass, suppressed, exempt: exempt.bypass }).toEqual({ name, usage: expected.usage, bypass: expected.bypass, suppressed: expected.suppressed, exempt: expected.exempt ?? 0 });
    }
    expect(result.sites.filter((site) => site.suppressed).map(describeSuppressed)).toEqual(row.suppressed ?? []);
    const diagnostics = result.diagnostics.filter((d) => d.code.startsWith('suppression-'));
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code}${d.entry ? ` ${d.entry}` : ''}`)).toEqual(row.diagnostics ?? []);
    for (const d of diagnostics) expect(d.file).toBe(row.file ?? FILE);
  });

  it('says what to do, with "did you mean" for an unknown entry', () => {
    const messages = analyzeRow(rows[3]).diagnostics.map((d) => d.message);
    expect(messages).toEqual(['ssot-ignore-next-line names "Loger", which is not an entry of ssot.json — did you mean `Logger`?']);
  });
});

describe('suppressions, the baseline and the report', () => {
  const check = (code: string, baseline?: string): ProjectResult =>
    checkProject({
      workspaceRoot: '/memory',
      host: createMemoryHost({ ...LIB, [FILE]: code, ...(baseline !== undefined && { 'apps/app/ssot-baseline.txt': baseline }) }),
      registry: REGISTRY,
      projects: TEST_PROJECTS,
      project: 'app',
      today: '2026-06-01',
    });
  const BEFORE = 'export function boot() {\n  console.log(1);\n}\n';
  const SUPPRESSED = 'export function boot() {\n  // ssot-ignore-next-line Logger -- boot output\n  console.log(1);\n}\n';

  it('a suppressed site is no new bypass, and no baseline item', () => {
    const result = check(SUPPRESSED);
    expect(result.baseline).toMatchObject({ new: 0, known: 0 });
    expect(renderBaseline(result)).not.toContain('console');
  });

  it('a known bypass that is now suppressed is reported fixed', () => {
    const result = check(SUPPRESSED, renderBaseline(check(BEFORE)));
    expect({ new: result.baseline.new, known: result.baseline.known, fixed: result.baseline.fixed.map((item) => item.text) }).toEqual({ new: 0, known: 0, fixed: ['console'] });
  });

  it('the report counts suppressed sites per entry, project and workspace, and lists them with their reason', () => {
    const report = buildReport({ registry: REGISTRY, results: [check(`${SUPPRESSED}console.log(2);\n`)], today: '2026-06-01' });
    const logged = report.entries.find((e) => e.name === 'Logger');
    expect({ bypass: logged?.bypass, coverage: logged?.coverage, suppressed: logged?.suppressed, reasons: logged?.suppressedSites?.map((s) => `${s.file}:${s.line} ${s.suppressed?.reason}`) }).toEqual({
      bypass: 1,
      coverage: 0,
      suppressed: 1,
      reasons: [`${FILE}:3 boot output`],
    });
    expect(logged?.bypassSites.map((s) => s.line)).toEqual([5]);
    expect(report.projects.find((p) => p.name === 'app')?.suppressed).toBe(1);
    expect(report.totals.suppressed).toBe(1);
  });
});
