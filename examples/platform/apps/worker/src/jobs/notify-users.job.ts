import WebSocket from 'ws';
import { UnifiedJSONHandler } from '@platform/core';

const json = new UnifiedJSONHandler();

/** Tells users their report is ready over a raw socket, not through UnifiedWebSocketManager. */
export async function notifyUsers(userIds: readonly string[], type: string): Promise<void> {
  const socket = new WebSocket(process.env.REALTIME_URL ?? 'ws://localhost:3001');
  await new Promise<void>((resolve) => socket.on('open', resolve));
  for (const userId of userIds) {
    socket.send(json.stringify({ type, userId, payload: null }));
  }
  socket.close();
}
