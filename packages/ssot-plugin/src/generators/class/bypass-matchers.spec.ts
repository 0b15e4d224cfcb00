import { parseBypass } from './bypass-matchers';

describe('--replaces → bypass matcher', () => {
  it.each([
    ['JSON.parse', { global: 'JSON.parse' }],
    ['console', { global: 'console' }],
    ['console.log', { global: 'console.log' }],
    ['process.env', { global: 'process.env' }],
    ['import.meta.env', { global: 'import.meta.env' }],
    ['fetch', { global: 'fetch' }],
    ['  localStorage  ', { global: 'localStorage' }],
    ['global:crypto.randomUUID', { global: 'crypto.randomUUID' }],
    ['stripe', { import: 'stripe' }],
    ['@nestjs/common', { import: '@nestjs/common' }],
    ['lodash/*', { import: 'lodash/*' }],
    ['chart.js', { import: 'chart.js' }],
    ['crypto', { import: 'crypto' }],
    ['node:crypto', { import: 'node:crypto' }],
    ['import:process', { import: 'process' }],
    ['libs/legacy/src/http.ts', { import: 'libs/legacy/src/http.ts' }],
  ])('%j → %j', (value, bypass) => {
    expect(parseBypass(value)).toEqual({ bypass });
  });

  it.each([
    ['global:JSON..parse', 'a global is a dotted path'],
    ['global:process-env', 'a global is a dotted path'],
    ['import:', 'found nothing'],
    ['  ', 'found nothing'],
    ['../shared/http', 'no ".." segments'],
    ['/etc/http', 'not absolute'],
    ['C:\\http', 'not absolute'],
  ])('refuses %j', (value, problem) => {
    const parsed = parseBypass(value);
    expect('problem' in parsed ? parsed.problem : parsed).toContain(problem);
  });
});
