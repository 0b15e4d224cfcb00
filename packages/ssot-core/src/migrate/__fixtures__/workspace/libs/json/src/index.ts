export * from './json-handler';
export * from './logger';
export * from './clock';

export const JSON_SPACE = 2;
