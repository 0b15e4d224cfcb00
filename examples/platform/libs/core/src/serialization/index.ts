export * from './unified-json-handler';
