import { DEFAULT_PORT, SocketManager } from '@acme/realtime';
import { legacyHelper } from '@acme/legacy-ws';

export const manager = new SocketManager();

export function start(): number {
  legacyHelper();
  return manager.emit(`listen:${DEFAULT_PORT}`);
}
