import { WebSocketManager } from '@acme/legacy-ws';

export function notify(sockets: WebSocketManager): number {
  return sockets.emit('ready');
}
