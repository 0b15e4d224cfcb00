import { DEFAULT_PORT } from '@acme/realtime';

export function parseWith(JSON: { parse(text: string): unknown }, text: string): unknown {
  return JSON.parse(text);
}

export const port = DEFAULT_PORT;
