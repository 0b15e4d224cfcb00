// Public entry of @platform/legacy. The WebSocket shim is deliberately not
// exported here: its only way in is the `@platform/legacy-ws` alias.
export * from './legacy-json-handler';
export * from './report-exporter';
