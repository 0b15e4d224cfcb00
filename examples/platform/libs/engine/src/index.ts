// Public entry of @platform/engine.
export * from './execution-engine';
export * from './tool-dispatcher';
