import { Injectable } from '@nestjs/common';
import { Logger } from '@platform/core';
import { WebSocketManager } from '@platform/legacy-ws';

/** Pushes agent progress to the browser; still written against the old manager name. */
@Injectable()
export class RealtimeGateway {
  constructor(
    private readonly sockets: WebSocketManager,
    private readonly logger: Logger,
  ) {}

  progress(userId: string, agent: string, percent: number): void {
    const delivered = this.sockets.emitCriticalEvent('agent_progress', userId, { agent, percent });
    if (delivered === 0) this.logger.debug('progress dropped', { userId, agent });
  }
}
