import { SocketManager as Sockets } from '@acme/legacy-ws';

const sockets = new Sockets();

export function ping(): number {
  return sockets.emit('ping');
}
