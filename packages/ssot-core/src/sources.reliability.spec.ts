/**
 * Bad source files (SPEC §9): none crashes the run or hides the rest of the workspace. A file that
 * cannot be analysed is listed as a diagnostic (file:line:column, a stable code, the reason and
 * the fix); a file the parser recovers from still yields its sites. Positions stay those an editor
 * shows (BOM, Latin-1 bytes and CRLF do not shift them).
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { MAX_FILE_BYTES } from './stages/read-file-facts';
import { analyze, type AnalysisResult } from './analyze';
import { entry, registry, TEST_PROJECTS, TEST_TSCONFIG } from './testing/memory-workspace';
import type { FileHost } from './workspace/file-host';
import { createFileSystemHost } from './workspace/fs-host';
import { createMemoryHost } from './workspace/memory-host';
import { TsconfigPathsIndex } from './workspace/tsconfig-paths-index';

const ENTRIES = [
  entry({ name: 'Json', source: 'libs/lib/src/json.ts', bypasses: [{ kind: 'global', path: 'JSON.parse' }] }),
  entry({ name: 'Log', source: 'libs/lib/src/log.ts', bypasses: [{ kind: 'global', path: 'console' }] }),
];
const BASE: Record<string, string> = {
  'tsconfig.base.json': TEST_TSCONFIG,
  'libs/lib/src/json.ts': 'export class Json {}\n',
  'libs/lib/src/log.ts': 'export class Log {}\n',
  'libs/lib/src/index.ts': "export { Json } from './json';\nexport { Log } from './log';\n",
  // A sound file beside every bad one: it must always be counted.
  'apps/web/src/ok.ts': "export const ok = JSON.parse('{}');\n",
};

function run(host: FileHost): AnalysisResult {
  return analyze({ workspaceRoot: '/memory', host, registry: registry(ENTRIES), projects: TEST_PROJECTS, today: '2026-06-01' });
}
const runFiles = (files: Record<string, string>) => run(createMemoryHost({ ...BASE, ...files }));
const placesOf = (result: AnalysisResult) => result.sites.map((site) => `${site.file}:${site.line}:${site.column} ${site.text}`);
const OK_SITE = 'apps/web/src/ok.ts:1:19 JSON.parse';

const DEEP = 'could not be analysed, its sites are not counted: its syntax nests too deeply to walk (Maximum call stack size exceeded); exclude it in ssot.json if it is generated, or split the expression';

describe('sources: syntax errors', () => {
  it('a broken function: one diagnostic at its place, and the JSON.parse after it still counts', () => {
    const result = runFiles({ 'apps/app/src/a.ts': "function broken( {\n  return 1;\n}\nexport const x = JSON.parse('1');\n" });
    expect(result.diagnostics).toEqual([
      { file: 'apps/app/src/a.ts', line: 2, column: 10, code: 'syntax-error', message: "syntax error: ':' expected. (sites the parser recovered are still counted)" },
    ]);
    expect(placesOf(result)).toEqual(['apps/app/src/a.ts:4:18 JSON.parse', OK_SITE]);
  });

  it('a broken barrel that is first read as an import target is still listed, once', () => {
    const result = runFiles({
      'apps/app/src/a.ts': "import { Json } from '@acme/lib';\nJson.name;\n",
      'libs/lib/src/index.ts': "export { Json } from './json';\nexport const = ;\nJSON.parse('1');\n",
    });
    expect(result.diagnostics).toEqual([
      { file: 'libs/lib/src/index.ts', line: 2, column: 14, code: 'syntax-error', message: 'syntax error: Variable declaration expected. (sites the parser recovered are still counted)' },
    ]);
    expect(placesOf(result)).toEqual(['apps/app/src/a.ts:2:1 Json.name', OK_SITE, 'libs/lib/src/index.ts:3:1 JSON.parse']);
  });
});

describe('sources: files that are skipped are listed', () => {
  const BINARY = 'skipped: the file holds NUL bytes (binary); exclude it in ssot.json';

  it('binary files, with or without anything a matcher could match', () => {
    const result = runFiles({ 'apps/app/src/video.ts': 'G@\u0000\u0011\u0000JSON.parse', 'apps/app/src/image.ts': '\u0089PNG\r\n\u001a\n\u0000\u0000' });
    expect(result.diagnostics).toEqual([
      { file: 'apps/app/src/image.ts', line: 1, column: 1, code: 'binary-file', message: BINARY },
      { file: 'apps/app/src/video.ts', line: 1, column: 1, code: 'binary-file', message: BINARY },
    ]);
    expect(placesOf(result)).toEqual([OK_SITE]);
  });

  it('a file over the size limit (in memory: its length in characters)', () => {
    const result = runFiles({ 'apps/app/src/huge.ts': `// ${'x'.repeat(MAX_FILE_BYTES)}\n` });
    expect(result.diagnostics).toEqual([
      { file: 'apps/app/src/huge.ts', line: 1, column: 1, code: 'file-too-large', message: `skipped: ${MAX_FILE_BYTES + 4} characters is over the ${MAX_FILE_BYTES} limit; exclude it in ssot.json if it is generated` },
    ]);
    expect(placesOf(result)).toEqual([OK_SITE]);
  });

  it('a file listed but gone when read (deleted during the run): listed as unreadable', () => {
    const memory = createMemoryHost({ ...BASE, 'apps/app/src/gone.ts': "JSON.parse('1');\n" });
    const host: FileHost = { ...memory, readFile: (path) => (path === 'apps/app/src/gone.ts' ? undefined : memory.readFile(path)) };
    const result = run(host);
    expect(result.diagnostics).toEqual([
      { file: 'apps/app/src/gone.ts', line: 1, column: 1, code: 'file-unreadable', message: 'skipped: the file was listed but could not be read (deleted during the run, or no permission)' },
    ]);
    expect(placesOf(result)).toEqual([OK_SITE]);
  });
});

describe('sources: size and nesting never hang nor crash the run', () => {
  it('a 1 MB minified file on one line: every site counted, at its column', () => {
    const unit = (i: number) => `var a${i}=JSON.parse(s${i}),b${i}=function(x){return x&&x.y?[x.y,${i}]:{k:"v${i}"}};try{b${i}(a${i})}catch(e){console.log(e)}`;
    const units: string[] = [];
    for (let length = 0; length < 1_000_000; length += units[units.length - 1].length) units.push(unit(units.length));
    const text = units.join('');
    expect(text.length).toBeLessThan(MAX_FILE_BYTES);
    const result = runFiles({ 'apps/app/src/bundle.min.ts': text });
    expect(result.diagnostics).toEqual([]);
    expect(result.totals.Json.bypass).toBe(units.length + 1);
    expect(result.totals.Log.bypass).toBe(units.length);
    const last = result.sites.filter((site) => site.file === 'apps/app/src/bundle.min.ts').at(-1);
    expect(last).toMatchObject({ line: 1, column: text.lastIndexOf('console') + 1, text: 'console' });
  });

  it.each([
    ['5,000 nested parentheses', `export const x = ${'('.repeat(5000)}JSON.parse('1')${')'.repeat(5000)};\n`],
    ['5,000 nested array literals', `export const x = ${'['.repeat(5000)}JSON.parse('1')${']'.repeat(5000)};\n`],
    ['a chain of 20,000 additions', `export const x = ${'1 + '.repeat(20000)}JSON.parse('1');\n`],
  ])('%s: analysed, or (when the stack runs out) a scan-failed diagnostic for that file; the rest counted', (_label, text) => {
    const result = runFiles({ 'apps/app/src/deep.ts': text, 'apps/app/src/z.ts': "console.log('after');\n" });
    // How deep V8's stack reaches depends on how far the parser is optimised: both outcomes are
    // fine, a crash or a lost neighbour is not.
    const failed = result.diagnostics.length > 0;
    expect(result.diagnostics).toEqual(failed ? [{ file: 'apps/app/src/deep.ts', line: 1, column: 1, code: 'scan-failed', message: DEEP }] : []);
    const deepSites = failed ? [] : [`apps/app/src/deep.ts:1:${text.indexOf('JSON') + 1} JSON.parse`];
    expect(placesOf(result)).toEqual([...deepSites, 'apps/app/src/z.ts:1:1 console', OK_SITE]);
  });
});

describe('sources: encodings and line endings keep editor positions', () => {
  it('a byte-order mark: columns of the first line unaffected', () => {
    const result = runFiles({ 'apps/app/src/bom.ts': "\uFEFFJSON.parse('a');\nconsole.log(1);\n" });
    expect(placesOf(result)).toEqual(['apps/app/src/bom.ts:1:1 JSON.parse', 'apps/app/src/bom.ts:2:1 console', OK_SITE]);
    expect(result.diagnostics).toEqual([]);
  });

  it('CRLF line endings', () => {
    const result = runFiles({ 'apps/app/src/crlf.ts': "const a = 1;\r\n  JSON.parse('a');\r\n\r\nconsole.log(a);\r\n" });
    expect(placesOf(result)).toEqual(['apps/app/src/crlf.ts:2:3 JSON.parse', 'apps/app/src/crlf.ts:4:1 console', OK_SITE]);
  });
});

describe('sources on disk', () => {
  let root: string;
  let outside: string;
  const write = (file: string, content: string | Buffer) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), content);
  };
  const runDisk = (host: FileHost = createFileSystemHost(root)) =>
    analyze({ workspaceRoot: root, host, registry: registry(ENTRIES), projects: TEST_PROJECTS, today: '2026-06-01' });

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ssot-sources-'));
    outside = mkdtempSync(join(tmpdir(), 'ssot-outside-'));
    for (const [file, text] of Object.entries(BASE)) write(file, text);
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('Latin-1 bytes (not UTF-8): analysed as UTF-8, each bad byte one replacement character, so columns hold', () => {
    const latin1 = Buffer.concat([Buffer.from('// caf'), Buffer.from([0xe9]), Buffer.from("\nconst s = '"), Buffer.from([0xe9, 0xe8]), Buffer.from("'; JSON.parse(s);\n")]);
    write('apps/app/src/latin1.ts', latin1);
    const result = runDisk();
    expect(result.diagnostics).toEqual([]);
    expect(placesOf(result)).toContain('apps/app/src/latin1.ts:2:17 JSON.parse');
  });

  it('a byte-order mark on disk: columns unaffected', () => {
    write('apps/app/src/bom.ts', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("JSON.parse('a');\n")]));
    expect(placesOf(runDisk())).toContain('apps/app/src/bom.ts:1:1 JSON.parse');
  });

  it('a file over the size limit is listed by its size in bytes without being read', () => {
    write('apps/app/src/huge.ts', Buffer.alloc(MAX_FILE_BYTES + 1, 0x20));
    const fs = createFileSystemHost(root);
    const read: string[] = [];
    const result = runDisk({ ...fs, readFile: (path) => (read.push(path), fs.readFile(path)) });
    expect(result.diagnostics).toEqual([
      { file: 'apps/app/src/huge.ts', line: 1, column: 1, code: 'file-too-large', message: `skipped: ${MAX_FILE_BYTES + 1} bytes is over the ${MAX_FILE_BYTES}-byte limit; exclude it in ssot.json if it is generated` },
    ]);
    expect(read).not.toContain('apps/app/src/huge.ts');
  });

  it('a file deleted after the listing: listed as unreadable, the rest counted', () => {
    write('apps/app/src/gone.ts', "JSON.parse('1');\n");
    const host = createFileSystemHost(root);
    expect(host.listFiles()).toContain('apps/app/src/gone.ts');
    unlinkSync(join(root, 'apps/app/src/gone.ts'));
    const result = runDisk(host);
    expect(result.diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(['apps/app/src/gone.ts file-unreadable']);
    expect(placesOf(result)).toEqual([OK_SITE]);
  });

  it('symbolic link loops and links out of the workspace are never followed, for listing, reading or resolving', () => {
    writeFileSync(join(outside, 'secret.ts'), "export const Json = 1;\nJSON.parse('outside');\n");
    writeFileSync(join(outside, 'tsconfig.json'), JSON.stringify({ compilerOptions: { paths: { '@evil/*': ['*'] } } }));
    mkdirSync(join(root, 'apps/app/src'), { recursive: true });
    symlinkSync(outside, join(root, 'apps/app/src/out-dir'));
    symlinkSync(join(outside, 'secret.ts'), join(root, 'apps/app/src/out-file.ts'));
    symlinkSync(join(root, 'apps/app/src/loop-b'), join(root, 'apps/app/src/loop-a'));
    symlinkSync(join(root, 'apps/app/src/loop-a'), join(root, 'apps/app/src/loop-b'));
    symlinkSync(join(root, 'apps'), join(root, 'apps/app/src/cycle'));
    write('apps/app/tsconfig.json', JSON.stringify({ extends: '../../../../../../../../../../..' + outside + '/tsconfig.json' }));
    write('apps/app/src/a.ts', "import { Json } from './out-dir/secret';\nimport { Json as J } from '../../../../../../../../../..${outside}/secret';\nexport const x = [Json, J];\n".replace('${outside}', outside));
    const host = createFileSystemHost(root);
    expect(host.listFiles().filter((file) => file.startsWith('apps/app/'))).toEqual(['apps/app/src/a.ts', 'apps/app/tsconfig.json']);
    // The `extends` that climbs out of the workspace is not read: no `@evil/*` alias.
    expect(new TsconfigPathsIndex(host).getNearestAliases('apps/app/src/a.ts')).toBeUndefined();
    for (const path of ['apps/app/src/out-dir/secret.ts', 'apps/app/src/out-file.ts', 'apps/app/src/loop-a/x.ts', `../${outside}/secret.ts`, `${outside}/secret.ts`]) {
      expect([path, host.fileExists(path), host.readFile(path)]).toEqual([path, false, undefined]);
    }
    expect(host.readFile('apps/app/src/cycle/app/src/a.ts')).toBe(host.readFile('apps/app/src/a.ts'));
    const result = runDisk(host);
    // Each link is named, so nothing is passed over in silence.
    expect(result.diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(
      ['cycle', 'loop-a', 'loop-b', 'out-dir', 'out-file.ts'].map((name) => `apps/app/src/${name} symlink-skipped`),
    );
    expect(placesOf(result)).toEqual([OK_SITE]);
  });

  it('a shared tsconfig in node_modules is still read when the package manager linked it from outside (pnpm, npm link)', () => {
    writeFileSync(join(outside, 'tsconfig.json'), JSON.stringify({ compilerOptions: { paths: { '@shared/*': ['libs/*'] } } }));
    mkdirSync(join(root, 'node_modules/@acme'), { recursive: true });
    symlinkSync(outside, join(root, 'node_modules/@acme/tsconfig'));
    write('apps/app/tsconfig.json', JSON.stringify({ extends: '@acme/tsconfig/tsconfig.json' }));
    const host = createFileSystemHost(root);
    expect(host.listFiles().some((file) => file.startsWith('node_modules/'))).toBe(false);
    expect(new TsconfigPathsIndex(host).getNearestAliases('apps/app/src/a.ts')?.paths).toEqual({ '@shared/*': ['node_modules/@acme/tsconfig/libs/*'] });
  });
});
