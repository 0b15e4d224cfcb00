/** Suppression comments as the scan records them: `line:column[-endLine] form [names] -- reason`. */
import { scanFile } from './scan-file';

const interest = { globalRoots: new Set<string>(), globalNewNames: new Set<string>(), literals: new Set<string>() };
const describeSuppressions = (code: string, file = 'a.ts') =>
  (scanFile(file, code, interest).suppressions ?? []).map(
    (s) => `${s.line}:${s.column}${s.endLine === s.line ? '' : `-${s.endLine}`} ${s.form} [${s.names.join(' ')}]${s.reason === undefined ? '' : ` -- ${s.reason}`}`,
  );

const rows: [rule: string, code: string, suppressions: string[], file: string][] = ([
  ['next line, two entries (comma and space), with a reason', '// ssot-ignore-next-line Logger, Json -- legacy boot\nconsole.log(1);\n', ['1:1 ssot-ignore-next-line [Logger Json] -- legacy boot']],
  ['a whole file, in a block comment anywhere, no reason', 'const a = 1;\n/* ssot-ignore-file Logger */\n', ['2:1 ssot-ignore-file [Logger]']],
  ['a multi-line block comment ends on a later line', '/*\n ssot-ignore-next-line Logger -- why\n*/\nx();\n', ['1:1-3 ssot-ignore-next-line [Logger] -- why']],
  ['ESLint directives with and without rules; the description after two or more dashes', '/* eslint-disable ssot/no-bypass, no-console --- old code */\nf(); // eslint-disable-line ssot/no-bypass\n// eslint-disable-next-line\n/* eslint-enable */\n', ['1:1 eslint-disable [ssot/no-bypass no-console] -- old code', '2:6 eslint-disable-line [ssot/no-bypass]', '3:1 eslint-disable-next-line []', '4:1 eslint-enable []']],
  ['ESLint reads eslint-disable and eslint-enable only in block comments', '// eslint-disable ssot/no-bypass\n// eslint-enable\n', []],
  ['between tokens of one node', 'foo(a /* eslint-disable-line ssot/no-bypass -- inline */, b);\n', ['1:7 eslint-disable-line [ssot/no-bypass] -- inline']],
  ['not a directive: in strings, templates, JSX text, or not at the start of the comment', "const s = '// ssot-ignore-next-line A -- x';\nconst t = `/* eslint-disable */`;\n// see ssot-ignore-file below\n// ssot-ignore-filex A\n", []],
  ['JSX text is no comment; a comment in a JSX expression is', 'const j = <div>// ssot-ignore-file A {/* ssot-ignore-file B -- b */}</div>;\n', ['1:39 ssot-ignore-file [B] -- b'], 'a.tsx'],
  ['at the end of the file, and an empty reason', 'x();\n// ssot-ignore-next-line A --', ['2:1 ssot-ignore-next-line [A]']],
] as [string, string, string[], string?][]).map(([rule, code, expected, file = 'a.ts']) => [rule, code, expected, file]);

describe('scan: suppression comments (SPEC §4 "Inline suppressions")', () => {
  it.each(rows)('%s', (_rule, code, expected, file) => {
    expect(describeSuppressions(code, file)).toEqual(expected);
  });

  it('leaves the field out when a file has none', () => {
    expect(scanFile('a.ts', 'const a = 1; // a comment\n', interest)).not.toHaveProperty('suppressions');
  });
});
