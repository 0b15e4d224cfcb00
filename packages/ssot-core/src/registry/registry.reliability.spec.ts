/**
 * Bad registries (SPEC §9): each one is refused with one message that names the file, the line and
 * column, the JSON path, what was expected and what was found (`SsotConfigError`, exit code 2,
 * nothing analysed) — or, for a project pattern that matches no project, a warning and the run
 * goes on. An empty registry is valid and reports "no data".
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkProject } from '../analyze';
import { SsotConfigError } from '../errors';
import type { ConfigProblem } from '../errors';
import { buildReport } from '../report/build-report';
import { REPORT_FORMATS, REPORTERS } from '../reporters';
import { loadRegistry } from './load-registry';

const JSON_SOURCE = 'export class Json {}\nexport function getJson(): Json {\n  return new Json();\n}\n';
const PROJECTS = [
  { name: 'app', root: 'apps/app', tags: ['scope:backend'] },
  { name: 'legacy-app', root: 'apps/legacy', tags: [] },
];

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'ssot-registry-reliability-'));
  write('libs/core/src/json.ts', JSON_SOURCE);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, text: string): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

/** Writes the registry (pretty-printed when not text) and returns what loading it throws. */
function refusal(registry: unknown): SsotConfigError {
  write('ssot.json', typeof registry === 'string' ? registry : JSON.stringify(registry, null, 2));
  try {
    loadRegistry(root);
  } catch (error) {
    if (error instanceof SsotConfigError) return error;
    throw error;
  }
  throw new Error('the registry was accepted');
}

const entry = (fields: Record<string, unknown>) => ({ entries: [{ name: 'Json', source: 'libs/core/src/json.ts', ...fields }] });
const HEAD = (count: number) => `Invalid configuration (${count} problem${count === 1 ? '' : 's'}); nothing was analysed:`;

describe('registry: refused with the place and the fix', () => {
  it('invalid JSON: the line and column of the first error, exit code 2', () => {
    const error = refusal('{\n  "entries": [\n    { "name": "Json", "source": "libs/core/src/json.ts", }\n  ]\n}\n');
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe(
      `${HEAD(1)}\n  ssot.json:3:58 $.entries[0]['']: expected a field name in double quotes (JSON allows no trailing comma), found "}"`,
    );
  });

  it('schema violations: every one, with its JSON path, what was expected and what was found', () => {
    const error = refusal(entry({ enforce: 'fatal', bypasses: [{ global: 'JSON.parse', names: ['x'] }] }));
    expect(error.message).toBe(
      [
        HEAD(2),
        '  ssot.json:6:18 $.entries[0].enforce: expected one of "error", "warn", "off", found "fatal"',
        '  ssot.json:10:11 $.entries[0].bypasses[0].names: expected one of the known fields "$comment", "global" or "replaceWith", found unknown field "names"',
      ].join('\n'),
    );
  });

  it('a source that does not exist', () => {
    expect(refusal(entry({ source: 'libs/core/src/jsn.ts' })).message).toBe(
      `${HEAD(1)}\n  ssot.json:5:17 $.entries[0].source: expected the file that implements entry "Json" (a workspace-relative path), found "libs/core/src/jsn.ts", which does not exist — did you mean \`libs/core/src/json.ts\`?`,
    );
  });

  it('a source that is a link to a file outside the workspace does not exist for it', () => {
    const outside = mkdtempSync(join(tmpdir(), 'ssot-outside-'));
    try {
      writeFileSync(join(outside, 'json.ts'), JSON_SOURCE);
      symlinkSync(join(outside, 'json.ts'), join(root, 'libs/core/src/linked.ts'));
      expect(refusal(entry({ source: 'libs/core/src/linked.ts' })).problems).toMatchObject([{ path: '$.entries[0].source', found: '"libs/core/src/linked.ts", which does not exist' }]);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('an export or a factory the source does not export: a configuration error, naming what it does export', () => {
    expect(refusal(entry({ export: 'JsonHandler', factory: 'getJSON' })).message).toBe(
      [
        HEAD(2),
        '  ssot.json:6:17 $.entries[0].export: expected a name that libs/core/src/json.ts exports (it exports "Json", "getJson"), found "JsonHandler", which it does not export',
        '  ssot.json:7:18 $.entries[0].factory: expected a function that libs/core/src/json.ts exports (it exports "Json", "getJson"), found "getJSON", which it does not export',
      ].join('\n'),
    );
    expect(refusal(entry({ export: ['Json', 'parseJson'] })).problems).toMatchObject([{ path: '$.entries[0].export[1]', found: '"parseJson", which it does not export' }]);
  });

  it('an entry name that is not exported, when "export" is not given', () => {
    expect(refusal({ entries: [{ name: 'JsonHandler', source: 'libs/core/src/json.ts' }] }).message).toBe(
      `${HEAD(1)}\n  ssot.json:4:15 $.entries[0].name: expected a name that libs/core/src/json.ts exports, or an "export" field that names one (it exports "Json", "getJson"), found "JsonHandler", which it does not export`,
    );
  });

  it.each([
    ['export "*"', 'export const A = 1;\n', { export: '*' }],
    ['a re-export of the name', "export { Impl as Json } from './impl';\n", {}],
    ['export * (may export anything)', "export * from './impl';\n", { export: 'Anything' }],
    ['export default, named "default"', 'export default class {}\n', { export: 'default' }],
    ['a file that exports nothing visible (CommonJS)', 'module.exports = { Json: class {} };\n', {}],
    ['an empty file', '', {}],
    ['a file with syntax errors that still exports the name', 'export class Json {\n  broken( {\n}\n', {}],
  ])('accepts %s', (_label, source, fields) => {
    write('libs/core/src/json.ts', source);
    write('ssot.json', JSON.stringify(entry(fields)));
    expect(loadRegistry(root).entries).toHaveLength(1);
  });

  it('duplicate entry names: the second, naming the first', () => {
    expect(refusal({ entries: [{ name: 'Json', source: 'libs/core/src/json.ts' }, { name: 'Json', module: 'fast-json' }] }).message).toBe(
      `${HEAD(1)}\n  ssot.json:8:15 $.entries[1].name: expected a unique entry name ("Json" is already $.entries[0].name), found "Json"`,
    );
  });

  it('a source, legacy path or exemption that escapes the workspace is refused', () => {
    const error = refusal(entry({ source: '../outside/json.ts', legacyPaths: ['../../old'], exemptions: [{ files: '/etc/**', reason: 'x' }] }));
    const inside = 'expected a workspace-relative path or module specifier (no ".." segments, not absolute)';
    expect(error.message).toBe(
      [
        HEAD(3),
        `  ssot.json:5:17 $.entries[0].source: ${inside}, found "../outside/json.ts"`,
        `  ssot.json:7:9 $.entries[0].legacyPaths[0]: ${inside}, found "../../old"`,
        `  ssot.json:11:20 $.entries[0].exemptions[0].files: ${inside}, found "/etc/**"`,
      ].join('\n'),
    );
  });

  it('a registry path that is a folder says so and what to do', () => {
    mkdirSync(join(root, 'ssot.json'));
    expect(() => loadRegistry(root)).toThrow(
      `Cannot read the registry ssot.json in ${root} (it is a folder, not a file). Point the "registry" option at the registry file, or make it readable.`,
    );
  });

  it('a byte-order mark before the JSON is not an error, and does not shift columns', () => {
    const error = refusal(`\uFEFF${JSON.stringify(entry({ enforce: 'x' }))}`);
    expect(error.problems).toMatchObject([{ path: '$.entries[0].enforce', line: 1, column: 71 }]);
  });
});

describe('registry: an empty list of entries is valid and means "no data"', () => {
  it('loads, checks every project and reports no data in every format, failing nothing', () => {
    write('ssot.json', '{"entries": []}');
    write('apps/app/src/main.ts', "JSON.parse('{}');\n");
    const registry = loadRegistry(root);
    expect(registry.entries).toEqual([]);
    const results = PROJECTS.map((project) => checkProject({ workspaceRoot: root, registry, projects: PROJECTS, project: project.name, today: '2026-06-01' }));
    expect(results[0]).toMatchObject({ project: 'app', filesAnalysed: 1, entries: {}, sites: [], diagnostics: [] });
    const report = buildReport({ registry, results, today: '2026-06-01' });
    expect(report).toMatchObject({ health: null, platformAverage: null, entries: [], failures: [] });
    for (const format of REPORT_FORMATS) expect(REPORTERS[format](report).length).toBeGreaterThan(0);
  });
});

describe('registry: a project pattern that matches no project is a warning, not an error', () => {
  const load = (projects: string[]) => {
    write('ssot.json', JSON.stringify(entry({ projects }), null, 2));
    const warnings: ConfigProblem[] = [];
    const registry = loadRegistry(root, 'ssot.json', { projects: PROJECTS, onWarning: (warning) => warnings.push(warning) });
    return { registry, warnings };
  };

  it('names the entry and the pattern, at its line and column, and loads the registry', () => {
    const { registry, warnings } = load(['*', '!legcy-app', 'tag:scope:backnd', '(none)', 'ap*']);
    expect(registry.entries[0].projects).toEqual(['*', '!legcy-app', 'tag:scope:backnd', '(none)', 'ap*']);
    const expected = 'a pattern that matches a project of the workspace (entry "Json"; a name or glob, "tag:<tag>", "!" to leave out, "(none)")';
    expect(warnings).toEqual([
      { file: 'ssot.json', path: '$.entries[0].projects[1]', expected, found: '"!legcy-app", which matches none of the 2 projects — did you mean `!legacy-app`?', line: 8, column: 9 },
      { file: 'ssot.json', path: '$.entries[0].projects[2]', expected, found: '"tag:scope:backnd", which matches none of the 2 projects — did you mean `tag:scope:backend`?', line: 9, column: 9 },
    ]);
  });

  it('says nothing when every pattern matches, or when the projects are not given', () => {
    expect(load(['app', '!legacy-*', 'tag:scope:*', '(none)']).warnings).toEqual([]);
    write('ssot.json', JSON.stringify(entry({ projects: ['nothing'] })));
    expect(loadRegistry(root).entries).toHaveLength(1);
  });
});
