import { renderInline, renderJson } from './render-json';

describe('renderJson', () => {
  it('expands the value and keeps nested values on one line while they fit', () => {
    const entry = {
      name: 'PaymentGateway',
      bypasses: [{ import: 'stripe' }, { global: 'JSON.parse' }],
      goals: [],
      owner: undefined,
      exemptions: [{ files: ['libs/legacy/**'], reason: 'old wire format', expires: '2027-01-01' }],
    };
    expect(renderJson(entry, { unit: '  ', indent: '    ' })).toBe(
      [
        '{',
        '      "name": "PaymentGateway",',
        '      "bypasses": [{ "import": "stripe" }, { "global": "JSON.parse" }],',
        '      "goals": [],',
        '      "exemptions": [',
        '        { "files": ["libs/legacy/**"], "reason": "old wire format", "expires": "2027-01-01" }',
        '      ]',
        '    }',
      ].join('\n'),
    );
  });

  it('renders inline like prettier does', () => {
    expect(renderInline({ a: [1, 'x'], b: {}, c: null })).toBe('{ "a": [1, "x"], "b": {}, "c": null }');
  });
});
