import { UnifiedJSONHandler } from '@platform/core';

/** Thin fetch wrapper for the platform API. */
export class ApiClient {
  private readonly json = new UnifiedJSONHandler();

  constructor(private readonly baseUrl: string) {}

  async get<T>(path: string): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`);
    return this.json.parse<T>(await response.text());
  }

  async post<T>(path: string, body: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return this.json.parse<T>(await response.text());
  }
}
