import { WebSocket, WebSocketServer } from 'ws';
import { Logger, UnifiedJSONHandler } from '@platform/core';

export interface RealtimeEvent {
  type: string;
  userId: string;
  payload: unknown;
}

/** Every server-to-browser event goes through here: one socket registry, per user. */
export class UnifiedWebSocketManager {
  private readonly sockets = new Map<string, Set<WebSocket>>();
  private readonly json = new UnifiedJSONHandler();
  private readonly logger = new Logger('realtime');
  private readonly server: WebSocketServer;

  constructor(options: { port: number }) {
    this.server = new WebSocketServer(options);
    this.server.on('connection', (socket, request) => {
      const userId = new URL(request.url ?? '/', 'ws://localhost').searchParams.get('userId');
      if (userId) this.register(userId, socket);
    });
  }

  register(userId: string, socket: WebSocket): void {
    const sockets = this.sockets.get(userId) ?? new Set<WebSocket>();
    sockets.add(socket);
    this.sockets.set(userId, sockets);
    socket.on('close', () => sockets.delete(socket));
  }

  /** Sends the event to every open socket of the user; returns how many got it. */
  emitCriticalEvent(type: string, userId: string, payload: unknown): number {
    const event: RealtimeEvent = { type, userId, payload };
    const message = this.json.stringify(event);
    let delivered = 0;
    for (const socket of this.sockets.get(userId) ?? []) {
      if (socket.readyState === WebSocket.OPEN) {
        socket.send(message);
        delivered += 1;
      }
    }
    if (delivered === 0) this.logger.warn(`no open socket for ${type}`, { userId });
    return delivered;
  }

  close(): void {
    this.server.close();
  }
}
