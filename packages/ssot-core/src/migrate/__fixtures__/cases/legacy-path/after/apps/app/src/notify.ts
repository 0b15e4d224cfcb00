import { SocketManager as WebSocketManager } from '@acme/realtime';

export function notify(sockets: WebSocketManager): number {
  return sockets.emit('ready');
}
