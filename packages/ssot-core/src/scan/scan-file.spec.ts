/**
 * `scanFile` alone, one rule per row: the code, then the facts of one family in a compact form.
 * Rows pin what the walk's visitors decide between them (which nodes are names rather than
 * values, which scope a name lands in, what a declaration exports) and what is kept without an
 * interest (every unbound global and every string literal).
 */
import type { FileFacts, HandleTarget, ScanInterest } from './file-facts';
import { scanFile } from './scan-file';

const at = (p: { line: number; column: number }) => `${p.line}:${p.column}`;
const exportsOf = ({ exports }: FileFacts) => [...exports.local, ...exports.aliases.map((a) => `${a.local}→${a.exported}`)];
const globalsOf = ({ globals }: FileFacts) => globals.map((g) => `${g.segments.join('.')} ${at(g)}${g.newAt ? ` new@${at(g.newAt)}` : ''}`);
const literalsOf = ({ literals }: FileFacts) => literals.map((l) => `${l.text} ${at(l)}`);
const modulesOf = ({ bindings, modules }: FileFacts) => [...bindings.map((b) => `${b.local}=${b.imported} from ${b.specifier}`), ...modules.map((m) => `${m.form} ${m.specifier} ${at(m)}`)];
const handlesOf = ({ bindings, handles, handleAccesses }: FileFacts) => {
  const name = (t: HandleTarget) => `${bindings[t.binding].local}${t.member ? `.${t.member}` : ''}`;
  const described = handles.map((h) => `${h.name}${h.annotation ? `: ${name(h.annotation)}` : ''}${h.init ? ` = ${h.init.kind} ${name(h.init)}` : ''}`);
  return [...described, ...handleAccesses.map((a) => `${a.text} ${at(a)}`)];
};

type Row = [rule: string, code: string, facts: string[]];

const exportRows: Row[] = [
  ['a declaration exports itself under its own name', 'export function f() {}\nexport class C {}\nexport enum E { A }\nexport namespace N {}\nexport interface I {}\nexport type T = 1;\n', ['f', 'C', 'E', 'N', 'I', 'T']],
  ['a default export is `default`, named or not', 'export default function () {}\nexport default class {}\nexport default class C {}\nexport default function g() {}\nexport default 1 + 2;\n', ['default', 'default', 'default', 'default', 'default']],
  ['no export: plain declarations, a named class expression, `declare global`', 'function f() {}\nclass C {}\nconst K = class L {};\ndeclare global { interface W {} }\nenum E {}\n', []],
  ['exported variables: every name a pattern binds', 'export const { a, b: [c, , d], ...e } = o, f = 1;\nexport let g;\nexport var h;\nexport declare const i: number;\n', ['a', 'c', 'd', 'e', 'f', 'g', 'h', 'i']],
  ['a decorator before or after `export`', '@d export class A {}\nexport @d class B {}\n', ['A', 'B']],
  ['export lists and `export default <name>` are aliases; `export =` is none', 'const a = 1;\nexport { a as b, a };\nexport default a;\nexport = a;\n', ['a→b', 'a→a', 'a→default']],
];

const referenceRows: [rule: string, file: string, code: string, globals: string[]][] = [
  ['labels, property names, keys and declared names are not references', 'a.ts', 'outer: for (;;) { break outer; }\no.p.q;\nconst k = { key: v, [c]: 1 };\nfunction fn(param) { return param; }\n', ['o.p.q 2:1', 'v 3:18', 'c 3:22']],
  ['scopes: `let` ends with its block, `var` is hoisted, catch variables and parameters bind', 'a.ts', "{ let y = 1; y.a; }\ny.b;\nfunction g() { x.c; var x = 1; }\ntry {} catch (e) { e.d; }\nfunction h(JSON) { JSON.parse(''); }\n", ['y.b 2:1']],
  ['instantiation expressions and `extends` are values; `implements`, annotations and `typeof` types are not', 'a.ts', 'const m = make<string>;\nclass A extends Base implements Iface { p: Shape = init; }\nlet t: typeof Q;\n', ['make 1:11', 'Base 2:17', 'init 2:52']],
  ['`import.meta` chains, `new` with its position, element access by a string; `new.target` is nothing', 'a.ts', "import.meta.env.X;\nnew Date();\nfunction f() { return new.target; }\nprocess['env'].A;\n", ['import.meta.env.X 1:1', 'Date 2:5 new@2:1', 'process.env.A 4:1']],
  ['shorthand properties, parameter defaults, decorators and enum initializers are values', 'a.ts', '({ a });\nfunction f(p = b) {}\n@Dec() class C { @Prop() x = 1; }\nenum E { A = X.y }\n', ['a 1:4', 'b 2:16', 'Dec 3:2', 'Prop 3:19', 'X.y 4:14']],
  ['JSX: component tags and attribute values are references; intrinsic tags, attribute names and closing tags are not', 'a.tsx', 'const v = <Foo.Bar title={t} {...rest}><div /><my-el /><Baz /></Foo.Bar>;\n', ['Foo.Bar 1:12', 't 1:27', 'rest 1:34', 'Baz 1:57']],
];

const FILTERED = "JSON.parse(a);\nnew Date();\nDate.now();\nconsole.log('x', 'y');\n";
const interest: ScanInterest = { globalRoots: new Set(['JSON']), globalNewNames: new Set(['Date']), literals: new Set(['y']) };

describe('scanFile', () => {
  it.each(exportRows)('exports: %s', (_rule, code, names) => {
    expect(exportsOf(scanFile('a.ts', code))).toEqual(names);
  });

  it.each(referenceRows)('globals: %s', (_rule, file, code, globals) => {
    expect(globalsOf(scanFile(file, code))).toEqual(globals);
  });

  it('an interest keeps only the globals and literals it names; without one, every one is kept', () => {
    expect(globalsOf(scanFile('a.ts', FILTERED, interest))).toEqual(['JSON.parse 1:1', 'Date 2:5 new@2:1']);
    expect(literalsOf(scanFile('a.ts', FILTERED, interest))).toEqual(["'y' 4:18"]);
    expect(globalsOf(scanFile('a.ts', FILTERED))).toEqual(['JSON.parse 1:1', 'a 1:12', 'Date 2:5 new@2:1', 'Date.now 3:1', 'console.log 4:1']);
    expect(literalsOf(scanFile('a.ts', FILTERED))).toEqual(["'x' 4:13", "'y' 4:18"]);
  });

  it('literals: strings, plain templates, string keys, enum values and JSX attributes; not specifiers, types or templates with values', () => {
    const code = "import 'side';\nconst a = 'x' + `y` + `z${q}`;\nconst o = { 'k': 1, n: \"d\" };\ntype T = 'type';\nrequire('m');\nenum E { A = 'v' }\nconst j = <a title=\"t\" />;\n";
    expect(literalsOf(scanFile('a.tsx', code))).toEqual(["'x' 2:11", '`y` 2:17', "'k' 3:13", '"d" 3:24', "'v' 6:14", '"t" 7:20']);
  });

  it('require: a declared `require` binds like an import; any other is a module site, as are `import()` and side-effect imports', () => {
    const code = "const x = require('m1');\nconst { a, b: c, ...rest } = require('m2');\nconst [d] = require('m3');\nrequire('m4');\nimport('m5');\nimport 'm6';\n";
    expect(modulesOf(scanFile('a.js', code))).toEqual(['x=* from m1', 'a=a from m2', 'c=b from m2', 'require m3 3:13', 'require m4 4:1', 'dynamic m5 5:1', 'import m6 6:1']);
  });

  it('handles: annotated, constructed, injected, parameter properties and #private fields; accesses on them, `this.` ones last', () => {
    const code =
      "import { Foo, inject } from 'f';\nimport * as ns from 'g';\nconst a: Foo = x;\na.run();\nconst b = new ns.Bar();\nb.go;\nlet z: Foo | undefined;\n" +
      "class C {\n  #f = new Foo();\n  g = inject(Foo);\n  constructor(private h: Foo) {}\n  m() { this.#f.run(); this.g.x; this.h['y']; z.w; }\n}\n";
    expect(handlesOf(scanFile('a.ts', code))).toEqual([
      'a: Foo',
      'b = new ns.Bar',
      '#f = new Foo',
      'g = inject Foo',
      'h: Foo',
      'a.run 4:1',
      'b.go 6:1',
      'this.#f.run 12:9',
      'this.g.x 12:24',
      'this.h.y 12:34',
    ]);
  });

  it('a syntax error: the first one, after a byte order mark that does not shift columns', () => {
    expect(scanFile('a.ts', '\uFEFFconst = 1;\nlet ok = 2;\n').syntaxError).toEqual({ line: 1, column: 7, message: 'Variable declaration expected.' });
  });
});
