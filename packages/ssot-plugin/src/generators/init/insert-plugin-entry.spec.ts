import { parse } from 'jsonc-parser';
import { insertPluginEntry } from './insert-plugin-entry';

const lines = (...text: string[]) => text.join('\n');

describe('insertPluginEntry', () => {
  it.each([
    [
      'no plugins: a last member, after a comment that ends the last line, before what follows the object',
      lines('{', '   // the workspace', '   "npmScope": "acme",', '   "targetDefaults": {"build": {"cache": true}} // keep', '}', '// trailing', ''),
      lines('{', '   // the workspace', '   "npmScope": "acme",', '   "targetDefaults": {"build": {"cache": true}}, // keep', '   "plugins": ["ssot-plugin"]', '}', '// trailing', ''),
    ],
    ['an empty list: the item inline', lines('{', '\t"plugins": [],', '\t"b": 1', '}'), lines('{', '\t"plugins": ["ssot-plugin"],', '\t"b": 1', '}')],
    ['a list on one line: one more item on it', '{ "plugins": ["@nx/js", { "plugin": "@nx/jest" }] }', '{ "plugins": ["@nx/js", { "plugin": "@nx/jest" }, "ssot-plugin"] }'],
    [
      'a list one item a line: a line like the last, its comment kept with it',
      lines('{', '  "plugins": [', '      "@nx/js",', '      { "plugin": "@nx/jest", "options": {} } // tests', '  ],', '  "x": 1', '}'),
      lines('{', '  "plugins": [', '      "@nx/js",', '      { "plugin": "@nx/jest", "options": {} }, // tests', '      "ssot-plugin"', '  ],', '  "x": 1', '}'),
    ],
    ['a trailing comma is kept, not doubled', lines('{', '  "plugins": [', '    "@nx/js",', '  ]', '}'), lines('{', '  "plugins": [', '    "@nx/js",', '    "ssot-plugin"', '  ]', '}')],
    ['the closing bracket on the last line', lines('{', '  "plugins": [', '    "@nx/js"]', '}'), lines('{', '  "plugins": [', '    "@nx/js",', '    "ssot-plugin"]', '}')],
    ['CRLF line ends', '{\r\n  "a": 1\r\n}\r\n', '{\r\n  "a": 1,\r\n  "plugins": ["ssot-plugin"]\r\n}\r\n'],
    ['an empty object', '{}\n', '{\n  "plugins": ["ssot-plugin"]\n}\n'],
  ])('%s', (_case, before, after) => {
    const edited = insertPluginEntry(before, 'ssot-plugin');
    expect(edited).toBe(after);
    expect(parse(edited, [], { allowTrailingComma: true }).plugins).toContain('ssot-plugin');
  });

  it('refuses a plugins value that is not a list, naming it', () => {
    expect(() => insertPluginEntry('{ "plugins": {} }', 'ssot-plugin')).toThrow('expected "plugins" to be a list, found object');
  });
});
