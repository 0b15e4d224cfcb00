/** @deprecated import SocketManager from '@acme/realtime'. */
export { SocketManager as WebSocketManager, SocketManager } from '@acme/realtime';

export function legacyHelper(): void {}
