import { JSON_SPACE, JsonHandler } from '@acme/json';

export function show(value: unknown): string {
  return JsonHandler.stringify(value) + ' '.repeat(JSON_SPACE);
}
