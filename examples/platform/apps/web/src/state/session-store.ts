import type { UnifiedJSONHandler } from '@platform/core';

export interface Session {
  userId: string;
  token: string;
  expiresAt: Date;
}

const SESSION_KEY = 'platform.session';

/** Keeps the session in browser storage; the JSON handler is injected so tests can pass a fake. */
export class SessionStore {
  constructor(
    private readonly json: UnifiedJSONHandler,
    private readonly storage: Storage = window.localStorage,
  ) {}

  load(): Session | null {
    const raw = this.storage.getItem(SESSION_KEY);
    return raw ? this.json.parse<Session | null>(raw, { fallback: null }) : null;
  }

  save(session: Session): void {
    this.storage.setItem(SESSION_KEY, this.json.stringify(session));
  }

  /** Sessions written before the platform, under the old key. */
  loadLegacy(): Session | null {
    try {
      return JSON.parse(this.storage.getItem('session') ?? 'null') as Session | null;
    } catch {
      return null;
    }
  }
}
