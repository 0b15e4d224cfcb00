import { JsonHandler } from '@acme/json';

export const copy = (value: unknown): unknown => JsonHandler.parse(JsonHandler.stringify(value));
