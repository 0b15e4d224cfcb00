import { UnifiedJSONHandler } from './unified-json-handler';

describe('UnifiedJSONHandler', () => {
  const handler = new UnifiedJSONHandler();

  it('revives ISO timestamps as dates', () => {
    const parsed = handler.parse<{ at: Date }>('{"at":"2026-01-02T03:04:05.000Z"}');
    expect(parsed.at).toBeInstanceOf(Date);
  });

  it('returns the fallback for malformed input', () => {
    expect(handler.parse('{oops', { fallback: null })).toBeNull();
  });

  it('agrees with JSON.stringify on plain data', () => {
    const value = { a: 1, b: ['x'] };
    expect(handler.stringify(value)).toBe(JSON.stringify(value));
  });
});
