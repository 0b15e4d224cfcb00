import { DEFAULT_PORT } from '@acme/realtime';

export function load(text: string): unknown {
  return JSON.parse(text);
}

export const port = JSON.stringify({ port: DEFAULT_PORT });
