import { DEFAULT_PORT } from '@acme/realtime';
import { JsonHandler } from '@acme/json';

export function load(text: string): unknown {
  return JsonHandler.parse(text);
}

export const port = JsonHandler.stringify({ port: DEFAULT_PORT });
