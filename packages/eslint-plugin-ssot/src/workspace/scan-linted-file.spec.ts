import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { createFileSystemHost, scanFile, scanSourceFile } from 'ssot-core';
import { createPlatformWorkspace } from '../__fixtures__/platform-workspace';
import plugin from '../index';
import { createLintedFileScan, getScanPaths } from './scan-linted-file';

const EXAMPLE = join(__dirname, '../../../../examples/platform');
const workspace = createPlatformWorkspace();
afterAll(() => workspace.remove());

type Parse = typeof tsParser.parseForESLint;
/** typescript-eslint's parser, with the Program's SourceFile swapped for what `swap` makes of it. */
function parserGiving(swap: (sourceFile: object) => object | undefined): typeof tsParser {
  const parseForESLint: Parse = (code, options) => {
    const parsed = tsParser.parseForESLint(code, options);
    const original = parsed.services.esTreeNodeToTSNodeMap.get(parsed.ast) as object;
    const swapped = swap(original);
    const map = new WeakMap<object, unknown>(swapped ? [[parsed.ast, swapped]] : []);
    return { ...parsed, services: { ...parsed.services, esTreeNodeToTSNodeMap: map } } as ReturnType<Parse>;
  };
  return { ...tsParser, meta: { ...tsParser.meta, name: 'swapped-typescript-eslint' }, parseForESLint };
}

/** What a SourceFile of another `typescript` module looks like here: the same data, another class. */
const fromAnotherTypescript = (sourceFile: object): object => Object.assign(Object.create({ kind: 'other' }), sourceFile);

function lintWith(parser: typeof tsParser, file: string, code: string): string[] {
  const linter = new Linter({ configType: 'flat', cwd: workspace.root });
  const config: Linter.Config[] = [{ files: ['**/*.ts', '**/*.js'], languageOptions: { parser }, plugins: { ssot: plugin }, rules: { 'ssot/no-bypass': 'error' } }];
  return linter.verify(code, config, { filename: workspace.path(file) }).map((m) => `${m.line}:${m.column} ${m.message}`);
}

const CODE = "/** JSDoc the editor's parser reads */\nexport function boot(): void {\n  console.warn('new');\n}\n";
const EXPECTED = ['3:3 Use Logger from @acme/core instead of console (ssot entry Logger)'];

describe('parse once: the scan walks the SourceFile typescript-eslint built, when it is ssot-core typescript', () => {
  const cases: [path: string, parser: () => typeof tsParser, file: string, reused: number, reason: RegExp | undefined][] = [
    ["typescript-eslint's parser (no project): walked", () => tsParser, 'apps/web/src/a.ts', 1, undefined],
    ['a SourceFile of another typescript module: parsed again', () => parserGiving(fromAnotherTypescript), 'apps/web/src/b.ts', 0, /another typescript module/],
    ['a parser without the node map (no SourceFile): parsed again', () => parserGiving(() => undefined), 'apps/web/src/c.ts', 0, /no TypeScript SourceFile/],
  ];
  it.each(cases)('%s, same messages', (_path, parser, file, reused, reason) => {
    const before = getScanPaths();
    expect(lintWith(parser(), file, CODE)).toEqual(EXPECTED);
    const after = getScanPaths();
    expect({ reused: after.reused - before.reused, parsed: after.parsed - before.parsed }).toEqual({ reused, parsed: 1 - reused });
    if (reason) expect(after.lastReason).toMatch(reason);
  });

  it('a SourceFile parsed from other text (or another script kind) is not walked', () => {
    const parsed = tsParser.parseForESLint('const a = 1;\n', { filePath: 'a.ts' });
    const sourceFile = parsed.services.esTreeNodeToTSNodeMap.get(parsed.ast);
    const scan = createLintedFileScan(sourceFile);
    const interest = { globalRoots: new Set<string>(), globalNewNames: new Set<string>(), literals: new Set<string>() };
    scan('a.ts', 'const b = 2;\n', interest);
    expect(getScanPaths().lastReason).toBe('parsed from another text');
    scan('a.tsx', 'const a = 1;\n', interest);
    expect(getScanPaths().lastReason).toBe('parsed with another script kind or language version');
  });

  // Every TypeScript file of the example workspace, and syntax it lacks: the facts are the same bytes either way.
  const examples = createFileSystemHost(EXAMPLE)
    .listFiles()
    .filter((file) => /\.(ts|tsx)$/.test(file) && !file.endsWith('.d.ts'))
    .map((file): [string, string] => [file, readFileSync(join(EXAMPLE, file), 'utf8')]);
  const extra: [string, string][] = [
    ['jsx.tsx', "import { Logger } from '@acme/core';\nexport const View = () => <div title=\"yyyy-MM-dd\" onClick={() => new Logger().info('x')}>{JSON.parse('1')}</div>;\n"],
    ['jsdoc.ts', "/**\n * @param {string} text\n * @returns {unknown}\n */\nexport function read(text) {\n  return JSON.parse(text);\n}\n"],
    ['decorators.ts', "import { Injectable, Logger } from '@nestjs/common';\n@Injectable()\nexport class S {\n  constructor(private readonly logger: Logger) {}\n  run(): void {\n    try { this.logger.log('x'); } catch { /* swallowed */ }\n  }\n}\n"],
  ];
  it.each([...examples, ...extra])('%s: facts from the SourceFile are byte-identical to facts from the text', (file, text) => {
    const parsed = tsParser.parseForESLint(text, { filePath: join(EXAMPLE, file), range: true, loc: true });
    const sourceFile = parsed.services.esTreeNodeToTSNodeMap.get(parsed.ast) as Parameters<typeof scanSourceFile>[1];
    expect(serialize(scanSourceFile(file, sourceFile)).equals(serialize(scanFile(file, text)))).toBe(true);
  });
});
