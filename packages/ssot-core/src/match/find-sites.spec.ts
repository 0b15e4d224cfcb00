/**
 * SPEC §4, one rule per row: an in-memory workspace, one entry, and every site it must yield
 * (`file:line:column side kind text [pattern] [exempt]`), nothing more.
 */
import type { NormalizedEntry } from '../registry/normalized-registry';
import { analyzeFiles, describeSite, entry } from '../testing/memory-workspace';

const FOO = 'export class Foo { static make() { return new Foo(); } run() {} }\nexport function getFoo() { return new Foo(); }\n';
const foo = (fields: Partial<NormalizedEntry> = {}) => entry({ name: 'Foo', source: 'libs/lib/src/foo.ts', ...fields });
const withLib = (files: Record<string, string>) => ({ 'libs/lib/src/foo.ts': FOO, 'libs/lib/src/index.ts': "export * from './foo';\n", ...files });

interface Row {
  rule: string;
  files: Record<string, string>;
  entries: NormalizedEntry[];
  sites: string[];
  today?: string;
}

const rows: Row[] = [
  {
    rule: 'value references: call, static member, new, decorator, passed as value; the import is not a site',
    files: withLib({ 'apps/app/a.ts': "import { Foo } from '@acme/lib';\nFoo.make();\nnew Foo();\n@Foo() class C {}\nregister(Foo);\n" }),
    entries: [foo()],
    sites: [
      'apps/app/a.ts:2:1 usage ref Foo.make direct',
      'apps/app/a.ts:3:5 usage ref new Foo direct',
      'apps/app/a.ts:4:2 usage ref Foo direct',
      'apps/app/a.ts:5:10 usage ref Foo direct',
    ],
  },
  {
    rule: 'import type declares a handle through a type annotation; type positions are not sites',
    files: withLib({ 'apps/app/t.ts': "import type { Foo } from '@acme/lib';\nconst f: Foo = make();\nf.run();\nlet g: Foo[] = [];\ntype T = typeof Foo;\n" }),
    entries: [foo()],
    sites: ['apps/app/t.ts:3:1 usage handle f.run direct'],
  },
  {
    rule: 'a shadowed JSON (parameter, hoisted var, catch parameter) is not the global',
    files: {
      'apps/app/g.ts':
        'JSON.parse(a);\nfunction f(JSON: any) { JSON.parse(b); }\nfunction g() { JSON.parse(c); var JSON = d; }\ntry { x(); } catch (JSON) { JSON.parse(e); }\nconst o = { JSON: 1, p: JSON.stringify(z) };\n',
    },
    entries: [entry({ name: 'Json', source: 'libs/lib/src/json.ts', bypasses: [{ kind: 'global', path: 'JSON.parse' }, { kind: 'global', path: 'JSON.stringify' }] })],
    sites: ['apps/app/g.ts:1:1 bypass global JSON.parse', 'apps/app/g.ts:5:25 bypass global JSON.stringify'],
  },
  {
    rule: 'constructor injection: a parameter property is a handle as `this.x` and as the parameter',
    files: withLib({
      'apps/app/s.ts':
        "import { Foo } from '@acme/lib';\nexport class S {\n  constructor(private readonly foo: Foo, other: Other) {\n    foo.run();\n  }\n  m() { this.foo.run(); this.foo.a.b(); other.run(); }\n}\n",
    }),
    entries: [foo()],
    sites: ['apps/app/s.ts:4:5 usage handle foo.run direct', 'apps/app/s.ts:6:9 usage handle this.foo.run direct', 'apps/app/s.ts:6:25 usage handle this.foo.a direct'],
  },
  {
    rule: 'inject(): a class property handle; the injected class is a value reference',
    files: withLib({ 'apps/web/c.ts': "import { inject } from '@angular/core';\nimport { Foo } from '@acme/lib';\nexport class C {\n  private foo = inject(Foo);\n  m() { return this.foo.run(); }\n}\n" }),
    entries: [foo()],
    sites: ['apps/web/c.ts:4:24 usage ref Foo direct', 'apps/web/c.ts:5:16 usage handle this.foo.run direct'],
  },
  {
    rule: 'a barrel two levels deep, with a rename on the way',
    files: {
      'libs/lib/src/impl/foo.ts': FOO,
      'libs/lib/src/impl/index.ts': "export { Foo as Renamed } from './foo';\n",
      'libs/lib/src/index.ts': "export * from './impl';\n",
      'apps/app/b.ts': "import { Renamed } from '@acme/lib';\nRenamed.make();\n",
    },
    entries: [entry({ name: 'Foo', source: 'libs/lib/src/impl/foo.ts' })],
    sites: ['apps/app/b.ts:2:1 usage ref Renamed.make direct'],
  },
  {
    rule: 'an alias in tsconfig.base.json, and a relative path to the same file',
    files: withLib({ 'apps/app/r.ts': "import { Foo } from '@acme/lib';\nimport { Foo as F2 } from '../../libs/lib/src';\nFoo.make();\nF2.make();\n" }),
    entries: [foo()],
    sites: ['apps/app/r.ts:3:1 usage ref Foo.make direct', 'apps/app/r.ts:4:1 usage ref F2.make direct'],
  },
  {
    rule: 'a legacy path: through a re-export shim, and through an old specifier that no longer resolves',
    files: withLib({
      'libs/old/index.ts': "export { Foo } from '@acme/lib';\n",
      'apps/app/l.ts': "import { Foo } from '@acme/old';\nimport { Foo as Gone } from '@legacy/foo';\nFoo.make();\nGone.make();\n",
    }),
    entries: [foo({ legacyPaths: ['@acme/old', '@legacy/*'] })],
    sites: ['apps/app/l.ts:3:1 usage ref Foo.make legacy-shim', 'apps/app/l.ts:4:1 usage ref Gone.make legacy-shim'],
  },
  {
    rule: "a deep import into another project's internals; the same file from inside its own project is direct",
    files: withLib({ 'apps/app/d.ts': "import { Foo } from '@acme/lib/src/foo';\nFoo.make();\n", 'libs/lib/src/inner.ts': "import { Foo } from './foo';\nFoo.make();\n" }),
    entries: [foo()],
    sites: ['apps/app/d.ts:2:1 usage ref Foo.make deep-import', 'libs/lib/src/inner.ts:2:1 usage ref Foo.make direct'],
  },
  {
    rule: 'require: a binding, destructuring, import-equals; a bare require is a module site',
    files: { 'apps/app/q.ts': "const a = require('axios');\nconst { get } = require('axios');\nimport b = require('axios');\nrequire('axios');\na.get('/x');\nget('/y');\nb.post('/z');\n" },
    entries: [entry({ name: 'Http', source: 'libs/lib/src/http.ts', bypasses: [{ kind: 'import', pattern: 'axios' }] })],
    sites: [
      'apps/app/q.ts:4:1 bypass module require(\'axios\')',
      'apps/app/q.ts:5:1 bypass ref a.get',
      'apps/app/q.ts:6:1 bypass ref get',
      'apps/app/q.ts:7:1 bypass ref b.post',
    ],
  },
  {
    rule: 'dynamic import() of a bypass module is one site; the string inside is not a literal site',
    files: { 'apps/app/i.ts': "async function f() {\n  const m = await import('axios');\n  return m;\n}\n" },
    entries: [entry({ name: 'Http', source: 'libs/lib/src/http.ts', bypasses: [{ kind: 'import', pattern: 'axios' }, { kind: 'literal', value: 'axios' }] })],
    sites: ["apps/app/i.ts:2:19 bypass module import('axios')"],
  },
  {
    rule: 'literals: strings, templates without expressions, property keys, JSX attributes, enum initialisers; not types or templates with expressions',
    files: {
      'apps/web/l.tsx':
        "const a = `yyyy-MM-dd`;\nconst b = `${x}yyyy-MM-dd`;\ntype F = 'yyyy-MM-dd';\nconst o = { 'yyyy-MM-dd': 1 };\nenum E { A = 'yyyy-MM-dd' }\nconst j = <input pattern=\"yyyy-MM-dd\" />;\n",
    },
    entries: [entry({ name: 'DATE_FORMAT', source: 'libs/lib/src/date.ts', bypasses: [{ kind: 'literal', value: 'yyyy-MM-dd' }] })],
    sites: [
      'apps/web/l.tsx:1:11 bypass literal `yyyy-MM-dd`',
      "apps/web/l.tsx:4:13 bypass literal 'yyyy-MM-dd'",
      "apps/web/l.tsx:5:14 bypass literal 'yyyy-MM-dd'",
      'apps/web/l.tsx:6:26 bypass literal "yyyy-MM-dd"',
    ],
  },
  {
    rule: 'new X() of an entry with a factory: a factory-bypass at the class; the handle it initialises still counts',
    files: withLib({ 'apps/app/f.ts': "import { Foo, getFoo } from '@acme/lib';\nconst bad = new Foo();\nbad.run();\nconst good = getFoo();\ngood.run();\n" }),
    entries: [foo({ factory: 'getFoo' })],
    sites: [
      'apps/app/f.ts:2:17 bypass factory-bypass new Foo',
      'apps/app/f.ts:3:1 usage handle bad.run direct',
      'apps/app/f.ts:4:14 usage ref getFoo factory',
      'apps/app/f.ts:5:1 usage handle good.run factory',
    ],
  },
  {
    rule: 'new matcher: a global class at the `new` keyword, unless shadowed; an imported class from `from`',
    files: { 'apps/app/n.ts': "import { Pool as P } from 'pg';\nthrow new Error('x');\nnew P();\nfunction f(Error: any) { return new Error(); }\n" },
    entries: [entry({ name: 'Db', source: 'libs/lib/src/db.ts', bypasses: [{ kind: 'new', className: 'Error' }, { kind: 'new', className: 'Pool', from: 'pg' }] })],
    sites: ['apps/app/n.ts:2:7 bypass new new Error', 'apps/app/n.ts:3:1 bypass new new P'],
  },
  {
    rule: 'a new that both a new matcher and an import binding match is one site',
    files: { 'apps/app/n.ts': "import { Pool } from 'pg';\nnew Pool();\nPool.connect();\n" },
    entries: [entry({ name: 'Db', source: 'libs/lib/src/db.ts', bypasses: [{ kind: 'import', pattern: 'pg' }, { kind: 'new', className: 'Pool', from: 'pg' }] })],
    sites: ['apps/app/n.ts:2:1 bypass new new Pool', 'apps/app/n.ts:3:1 bypass ref Pool.connect'],
  },
  {
    rule: 'JSX: an opening tag is a reference, the closing tag is not; intrinsic tags are not',
    files: withLib({ 'apps/web/p.tsx': "import { Foo } from '@acme/lib';\nexport const P = () => <div><Foo>x</Foo><Foo /></div>;\n" }),
    entries: [foo()],
    sites: ['apps/web/p.tsx:2:30 usage ref Foo direct', 'apps/web/p.tsx:2:42 usage ref Foo direct'],
  },
  {
    rule: 'namespace import: the site sits at the namespace with the member in its text',
    files: withLib({ 'apps/app/ns.ts': "import * as lib from '@acme/lib';\nlib.Foo.make();\nnew lib.Foo();\nlib.getFoo();\n" }),
    entries: [foo()],
    sites: ['apps/app/ns.ts:2:1 usage ref lib.Foo.make direct', 'apps/app/ns.ts:3:5 usage ref new lib.Foo direct'],
  },
  {
    rule: 'class extends is a value; implements is a type; typeof in an expression is a value',
    files: withLib({ 'apps/app/h.ts': "import { Foo } from '@acme/lib';\nclass A extends Foo {}\nclass B implements Foo { run() {} }\nconst t = typeof Foo;\n" }),
    entries: [foo()],
    sites: ['apps/app/h.ts:2:17 usage ref Foo direct', 'apps/app/h.ts:4:18 usage ref Foo direct'],
  },
  {
    rule: 'export default Foo and export { Foo } are not sites; export const x = new Foo() and { Foo } shorthand are',
    files: withLib({ 'apps/app/e.ts': "import { Foo } from '@acme/lib';\nexport default Foo;\nexport { Foo };\nexport const made = new Foo();\nexport const bag = { Foo };\n" }),
    entries: [foo()],
    sites: ['apps/app/e.ts:4:25 usage ref new Foo direct', 'apps/app/e.ts:5:22 usage ref Foo direct'],
  },
  {
    rule: 'global paths: computed string members are dotted; globalThis.console is not console; a chain counts once',
    files: { 'apps/app/p.ts': "const a = process['env'].A.trim();\nglobalThis.console.log(1);\nconsole.log(process.env);\n" },
    entries: [entry({ name: 'Cfg', source: 'libs/lib/src/cfg.ts', bypasses: [{ kind: 'global', path: 'process.env' }, { kind: 'global', path: 'console' }] })],
    sites: ['apps/app/p.ts:1:11 bypass global process.env', 'apps/app/p.ts:3:1 bypass global console', 'apps/app/p.ts:3:13 bypass global process.env'],
  },
  {
    rule: 'exemptions: sites of an exempted file are flagged exempt; the SSOT source file has no sites',
    files: withLib({ 'apps/app/legacy/x.ts': 'console.log(1);\n', 'apps/app/y.ts': 'console.log(2);\n', 'libs/lib/src/foo.ts': `${FOO}console.log(3);\n` }),
    entries: [foo({ bypasses: [{ kind: 'global', path: 'console' }], exemptions: [{ files: ['apps/app/legacy/**'], reason: 'r', expires: '2026-06-01' }] })],
    sites: ['apps/app/legacy/x.ts:1:1 bypass global console exempt', 'apps/app/y.ts:1:1 bypass global console'],
  },
  {
    rule: 'an expired exemption no longer applies',
    files: { 'apps/app/legacy/x.ts': 'console.log(1);\n' },
    entries: [entry({ name: 'Log', module: '@nestjs/common', exports: ['Logger'], bypasses: [{ kind: 'global', path: 'console' }], exemptions: [{ files: ['apps/app/legacy/**'], reason: 'r', expires: '2026-05-31' }] })],
    sites: ['apps/app/legacy/x.ts:1:1 bypass global console'],
  },
  {
    rule: 'a module entry: only its own specifier, never a local file that re-exports it',
    files: { 'apps/app/m.ts': "import { Logger } from '@nestjs/common';\nimport { Logger as Mine } from './log';\nLogger.log('a');\nMine.log('b');\n", 'apps/app/log.ts': "export { Logger } from '@nestjs/common';\n" },
    entries: [entry({ name: 'NestLogger', module: '@nestjs/common', exports: ['Logger'] })],
    sites: ['apps/app/m.ts:3:1 usage ref Logger.log direct'],
  },
  {
    rule: 'an import matcher naming a workspace file matches every import that resolves to it, even of a name it does not export',
    files: { 'apps/app/legacy.js': 'module.exports = function legacy() {};\n', 'apps/app/u.ts': "import legacy from './legacy';\nimport { other } from './legacy';\nlegacy();\nother();\n" },
    entries: [entry({ name: 'Http', source: 'libs/lib/src/http.ts', bypasses: [{ kind: 'import', pattern: 'apps/app/legacy.js' }] })],
    sites: ['apps/app/u.ts:3:1 bypass ref legacy', 'apps/app/u.ts:4:1 bypass ref other'],
  },
  {
    rule: 'an unrelated handle name in another function is not the handle (scoping)',
    files: withLib({ 'apps/app/v.ts': "import { Foo } from '@acme/lib';\nfunction a(s: Foo) { s.run(); }\nfunction b(s: Bar) { s.run(); }\n" }),
    entries: [foo()],
    sites: ['apps/app/v.ts:2:22 usage handle s.run direct'],
  },
];

describe('findSites: SPEC §4 rules', () => {
  it.each(rows.map((row) => [row.rule, row] as const))('%s', (_rule, row) => {
    const result = analyzeFiles(row.files, row.entries, row.today);
    expect(result.sites.map(describeSite)).toEqual(row.sites);
  });
});
