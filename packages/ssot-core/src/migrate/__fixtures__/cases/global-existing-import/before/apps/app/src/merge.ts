import { JSON_SPACE } from '@acme/json';

export function show(value: unknown): string {
  return JSON.stringify(value) + ' '.repeat(JSON_SPACE);
}
