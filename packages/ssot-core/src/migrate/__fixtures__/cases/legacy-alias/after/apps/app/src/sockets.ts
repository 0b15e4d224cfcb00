import { SocketManager as Sockets } from '@acme/realtime';

const sockets = new Sockets();

export function ping(): number {
  return sockets.emit('ping');
}
