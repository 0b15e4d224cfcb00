import type { ExecutionResult } from '@platform/engine';
import type { UnifiedWebSocketManager } from './unified-websocket-manager';

/** Tells the user's open tabs that a run finished; false when none is listening. */
export function notifyRunFinished(realtime: UnifiedWebSocketManager, result: ExecutionResult): boolean {
  return realtime.emitCriticalEvent('agent_completed', result.userId, result) > 0;
}
