import { DEFAULT_PORT } from '@acme/realtime';
import { SocketManager, legacyHelper } from '@acme/legacy-ws';

export const manager = new SocketManager();

export function start(): number {
  legacyHelper();
  return manager.emit(`listen:${DEFAULT_PORT}`);
}
