import { describeKey, describeValue } from './describe-value';

class JsonHandler {}

describe('describeValue', () => {
  it.each<{ value: unknown; expected: string }>([
    { value: JsonHandler, expected: 'class JsonHandler' },
    { value: (() => class {})(), expected: 'class anonymous' },
    { value: function parse() {}, expected: 'function parse' },
    { value: (() => () => undefined)(), expected: 'function anonymous' },
    { value: new JsonHandler(), expected: 'JsonHandler instance' },
    { value: new Map(), expected: 'Map instance' },
    { value: { a: 1 }, expected: 'object' },
    { value: Object.create(null), expected: 'object' },
    { value: null, expected: 'null' },
    { value: undefined, expected: 'undefined' },
    { value: 'json', expected: 'string' },
    { value: 42, expected: 'number' },
  ])('$expected', ({ value, expected }) => {
    expect(describeValue(value)).toBe(expected);
  });
});

describe('describeKey', () => {
  it.each<{ key: unknown; expected: string }>([
    { key: 'user-1', expected: '"user-1"' },
    { key: 'with "quotes"', expected: '"with \\"quotes\\""' },
    { key: 7, expected: '7' },
    { key: Symbol('tenant'), expected: 'Symbol(tenant)' },
    { key: { id: 1 }, expected: 'object' },
    { key: new JsonHandler(), expected: 'JsonHandler instance' },
    { key: null, expected: 'null' },
  ])('$expected', ({ key, expected }) => {
    expect(describeKey(key)).toBe(expected);
  });
});
