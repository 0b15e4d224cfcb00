import { JsonHandler } from '@acme/json';

export type Handler = typeof JsonHandler;

export function read(text: string): unknown {
  return JsonHandler.parse(text);
}
