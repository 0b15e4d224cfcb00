import { parseRegistry } from 'ssot-core';
import { appendRegistryEntry } from './append-registry-entry';

const entry = { name: 'Clock', source: 'libs/core/src/clock.ts', bypasses: [{ global: 'Date.now' }] };

describe('appendRegistryEntry', () => {
  it('fills an empty entries array, in the file indentation', () => {
    const text = '{\n    "$comment": "entries: [] here is a string",\n    "entries": []\n}\n';
    expect(appendRegistryEntry(text, entry)).toBe(
      [
        '{',
        '    "$comment": "entries: [] here is a string",',
        '    "entries": [',
        '        {',
        '            "name": "Clock",',
        '            "source": "libs/core/src/clock.ts",',
        '            "bypasses": [{ "global": "Date.now" }]',
        '        }',
        '    ]',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('appends after the last entry and keeps everything else as written, CRLF included', () => {
    const text = [
      '{',
      '  "tiers": [{ "name": "all", "min": 0, "max": 100 }],',
      '  "entries": [',
      '    { "name": "Log", "module": "@acme/log", "$comment": "a ] and a \\" inside" }',
      '  ],',
      '  "exclude": ["**/*.spec.ts"]',
      '}',
    ].join('\r\n');
    const result = appendRegistryEntry(text, { name: 'Clock', source: 'libs/core/src/clock.ts' });
    expect(result).toBe(
      text.replace(
        '"a ] and a \\" inside" }\r\n',
        '"a ] and a \\" inside" },\r\n    {\r\n      "name": "Clock",\r\n      "source": "libs/core/src/clock.ts"\r\n    }\r\n',
      ),
    );
    expect(parseRegistry(result).entries.map((e) => e.name)).toEqual(['Log', 'Clock']);
  });

  it('rewrites a one-line registry readably', () => {
    const result = appendRegistryEntry('{"entries":[{"name":"Log","module":"@acme/log"}]}', { name: 'Clock', module: 'clock' });
    expect(result).toBe(
      '{\n  "entries": [\n    {\n      "name": "Log",\n      "module": "@acme/log"\n    },\n    {\n      "name": "Clock",\n      "module": "clock"\n    }\n  ]\n}\n',
    );
  });

  it('finds the top-level entries, not a nested key of that name', () => {
    const text = '{\n  "goals": { "$comment": "entries" },\n  "entries": [\n    { "name": "A", "module": "a" }\n  ]\n}\n';
    expect(parseRegistry(appendRegistryEntry(text, entry)).entries.map((e) => e.name)).toEqual(['A', 'Clock']);
  });
});
