import { toKebabCase } from './class-names';
import { findClosestNames } from './closest-names';

describe('toKebabCase', () => {
  it.each([
    ['PaymentGateway', 'payment-gateway'],
    ['UnifiedJSONHandler', 'unified-json-handler'],
    ['HTTPClient', 'http-client'],
    ['S3Client', 's3-client'],
    ['Logger', 'logger'],
    ['DB', 'db'],
  ])('%s → %s', (name, kebab) => {
    expect(toKebabCase(name)).toBe(kebab);
  });
});

describe('findClosestNames', () => {
  const projects = ['engine', 'web', 'web-e2e', '@acme/engine-utils', 'api', 'realtime'];
  it('suggests near misses and containing names, best first', () => {
    expect(findClosestNames('engin', projects)).toEqual(['engine', '@acme/engine-utils']);
    expect(findClosestNames('wbe', projects)).toEqual(['web']);
    expect(findClosestNames('realtiem', projects)).toEqual(['realtime']);
  });
  it('suggests nothing for an unrelated name', () => {
    expect(findClosestNames('payments', projects)).toEqual([]);
  });
});
