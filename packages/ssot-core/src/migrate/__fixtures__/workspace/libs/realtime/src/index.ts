export * from './socket-manager';

export const DEFAULT_PORT = 3001;
