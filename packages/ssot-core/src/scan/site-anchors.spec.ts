import { scanFile } from './scan-file';
import { hashText, normaliseLine } from './site-anchors';

const interest = { globalRoots: new Set(['console']), globalNewNames: new Set<string>(), literals: new Set<string>() };
/** The declaration path of every `console` site of `code`, in order. */
const pathsOf = (code: string) => scanFile('a.ts', code, interest).globals.map((site) => site.path);

describe('declaration paths (SPEC §7 fingerprints)', () => {
  it.each([
    ['top level', 'console.log(1);', ''],
    ['a function', 'function run() { console.log(1); }', 'run'],
    ['a class method', 'class OrdersService { create() { console.log(1); } }', 'OrdersService.create'],
    ['a constructor', 'class A { constructor() { console.log(1); } }', 'A.constructor'],
    ['an accessor', 'class A { get size() { console.log(1); return 1; } }', 'A.size'],
    ['a class field with an arrow', 'class A { onClick = () => console.log(1); }', 'A.onClick'],
    ['a private field', 'class A { #log = () => console.log(1); }', 'A.#log'],
    ['a named arrow variable', 'export const handler = async () => { console.log(1); };', 'handler'],
    ['a named function variable', 'const handler = function inner() { console.log(1); };', 'handler'],
    ['a class expression variable', 'const Store = class { save() { console.log(1); } };', 'Store.save'],
    ['an object-literal property', 'export const routes = { list: () => console.log(1) };', 'list'],
    ['an object-literal method', 'const api = { post() { console.log(1); } };', 'post'],
    ['a quoted property', "const api = { 'on-save': () => console.log(1) };", 'on-save'],
    ['a computed property', 'const api = { [key]: () => console.log(1) };', '[]'],
    ['an anonymous callback inside a method', 'class A { run() { items.forEach(() => console.log(1)); } }', 'A.run'],
    ['a nested function', 'function outer() { function inner() { console.log(1); } }', 'outer.inner'],
    ['a variable that is not a function', 'const x = console.log(1);', ''],
    ['a default-exported anonymous class', 'export default class { run() { console.log(1); } }', 'run'],
  ])('%s', (_label, code, path) => {
    expect(pathsOf(code)).toEqual([path]);
  });
});

describe('declaration paths of many sites in one file (memoised per scope)', () => {
  it.each([
    ['sites before, inside and after a nested function', 'function a() { console.log(1); function b() { console.log(2); } console.log(3); }', ['a', 'a.b', 'a']],
    ['sites in sibling methods and an object literal between', 'class A { x() { console.log(1); } y = { z: () => console.log(2) }; w() { console.log(3); } }', ['A.x', 'A.y.z', 'A.w']],
    ['a minified line of functions', 'function f0(a){console.log(a)};function f1(a){if(a){console.log(a)}return console.log(a)}', ['f0', 'f1', 'f1']],
    ['an arrow body without braces, then top level', 'const f = (a) => console.log(a) || console.warn(a); console.log(0);', ['f', 'f', '']],
  ])('%s', (_label, code, paths) => {
    expect(pathsOf(code)).toEqual(paths);
  });

  it('gives the sites of one line the same line hash, and the column of each', () => {
    const globals = scanFile('a.ts', 'function f0(a){console.log(a)};function f1(a){console.log(a)}', interest).globals;
    expect(globals.map((site) => [site.line, site.column, site.lineHash === globals[0].lineHash])).toEqual([[1, 16, true], [1, 47, true]]);
  });
});

describe('normalised line text', () => {
  it.each([
    ['collapses whitespace and trims', '   axios.post( url ,\tbody )  ', 'axios.post( url , body )'],
    ['drops a line comment', 'axios.post(url); // TODO: retry', 'axios.post(url);'],
    ['drops a block comment within the line', 'axios.post(/* the url */ url);', 'axios.post( url);'],
    ['keeps // inside a string', "fetch('http://example.com'); // why", "fetch('http://example.com');"],
    ['keeps /* inside a template', 'log(`/* not a comment */`);', 'log(`/* not a comment */`);'],
    ['keeps an escaped slash in a regular expression', 'url.replace(/^https?:\\/\\//, "")', 'url.replace(/^https?:\\/\\//, "")'],
    ['drops an unterminated block comment to the end', 'call(); /* begins here', 'call();'],
  ])('%s', (_label, line, normalised) => {
    expect(normaliseLine(line)).toBe(normalised);
  });

  it('hashes to 8 hex digits, equal for equal text', () => {
    expect(hashText('axios.post(url);')).toMatch(/^[0-9a-f]{8}$/);
    expect(hashText(normaliseLine('  axios.post(url);  // a'))).toBe(hashText('axios.post(url);'));
    expect(hashText('axios.post(url);')).not.toBe(hashText('axios.post(other);'));
  });
});
