/** Classes and functions as the scan records them for duplicate-implementation: `line:column kind name [exported] [members] <heritage>`. */
import { scanFile } from './scan-file';

const interest = { globalRoots: new Set<string>(), globalNewNames: new Set<string>(), literals: new Set<string>() };
const describeDeclarations = (code: string, file = 'a.ts') =>
  scanFile(file, code, interest).declarations.map((d) => `${d.line}:${d.column} ${d.kind} ${d.name}${d.exported ? ' exported' : ''}${d.members ? ` [${d.members.join(' ')}]` : ''}${d.heritage ? ` <${d.heritage.join(' ')}>` : ''}`);

const rows: [rule: string, code: string, declarations: string[]][] = [
  [
    'public members: methods, properties, accessors, public parameter properties; not private, protected, #, the constructor',
    'export class A {\n  static of() {}\n  x = 1;\n  private y = 2;\n  protected z() {}\n  #w = 3;\n  get v() { return 1; }\n  set v(n) {}\n  [k]() {}\n  constructor(public readonly p: string, private q: string, r: string) {}\n  \'quoted\'() {}\n}\n',
    ['1:14 class A exported [of p quoted v x]'],
  ],
  ['functions, arrow and function expressions, class expressions', 'function f() {}\nconst g = () => 1;\nexport const h = function () {};\nconst C = class { m() {} };\nconst n = 1;\n', ['1:10 function f', '2:7 function g', '3:14 function h exported', '4:7 class C [m]']],
  ['exported later, or as default', 'class A {}\nfunction b() {}\nexport { A };\nexport default b;\n', ['1:7 class A exported []', '2:10 function b exported']],
  ['ambient and overload signatures are no implementations', "declare class A {}\ndeclare function b(): void;\ndeclare module 'm' { class C {} }\nfunction o(a: string): void;\nfunction o(a: unknown) {}\n", ['5:10 function o']],
  ['anonymous default exports have no name to compare', 'export default class {}\n', []],
  [
    // `isAmbient` walks up to the source file: the walk sets every parent on the way (no parser pass).
    'nested deep: in an extends clause, after a decorator and a default value, in a namespace and a declared one',
    "class A extends mix(class { m() { const f = () => 1; } }) {}\n@d(function g() {}) class B {}\nfunction h({ a = class C {} } = {}) {}\nnamespace N.M { export function i() {} }\ndeclare namespace D { function j(): void; }\n",
    ['1:7 class A []', '1:41 function f', '2:27 class B []', '3:10 function h', '4:33 function i exported'],
  ],
  [
    'heritage: extends and implements, by their last name (generic arguments dropped); a call in extends names nothing',
    'export class A extends Base<T> implements ns.Logger, Other {}\nconst B = class extends lib.Store {};\nclass C extends mix(D) {}\n',
    ['1:14 class A exported [] <Base Logger Other>', '2:7 class B [] <Store>', '3:7 class C []'],
  ],
];

describe('scan: class and function declarations', () => {
  it.each(rows)('%s', (_rule, code, declarations) => {
    expect(describeDeclarations(code)).toEqual(declarations);
  });

  it('a .d.ts file declares nothing that runs', () => {
    expect(describeDeclarations('export class A {}\nexport function f(): void;\n', 'a.d.ts')).toEqual([]);
  });
});
