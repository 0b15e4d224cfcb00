// Public entry of @platform/realtime.
export * from './unified-websocket-manager';
export * from './run-notifier';
