/**
 * @deprecated The pre-platform home of the WebSocket manager, still reachable
 * through the `@platform/legacy-ws` alias. Import UnifiedWebSocketManager from
 * `@platform/realtime` instead.
 */
export { UnifiedWebSocketManager as WebSocketManager } from '@platform/realtime';
