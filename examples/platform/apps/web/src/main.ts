import { UnifiedJSONHandler } from '@platform/core';
import { ApiClient } from './api/api-client';
import { SessionStore } from './state/session-store';
import { describeRun, type RunSummary } from './utils/run-summary';

const json = new UnifiedJSONHandler();
const api = new ApiClient('/api');
const sessions = new SessionStore(json);

async function start(): Promise<void> {
  const session = sessions.load() ?? sessions.loadLegacy();
  if (!session) {
    window.location.assign('/login');
    return;
  }
  // The browser's own WebSocket: the `ws` package is for servers.
  const socket = new WebSocket(`/ws?userId=${encodeURIComponent(session.userId)}`);
  socket.onmessage = (message) => {
    const event = JSON.parse(String(message.data)) as { type: string; payload: RunSummary };
    if (event.type === 'agent_completed') console.info(describeRun(event.payload));
  };
  const runs = await api.get<RunSummary[]>(`/agents/runs?userId=${encodeURIComponent(session.userId)}`);
  console.table(runs);
}

// ssot-ignore-next-line Logger -- a failed start has no log transport yet; only the browser console shows it
start().catch((error: unknown) => console.error('web failed to start', error));
