/**
 * The platform's single source of truth for JSON: the one place that decides
 * how timestamps, bigints and malformed input are handled.
 */
export interface JsonParseOptions<T> {
  /** Returned instead of throwing when the text is not valid JSON. */
  fallback?: T;
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export class UnifiedJSONHandler {
  parse<T>(text: string, options: JsonParseOptions<T> = {}): T {
    try {
      return JSON.parse(text, (_key, value: unknown) =>
        typeof value === 'string' && ISO_TIMESTAMP.test(value) ? new Date(value) : value,
      ) as T;
    } catch (error) {
      if ('fallback' in options) return options.fallback as T;
      throw new SyntaxError(`Invalid JSON: ${(error as Error).message}`);
    }
  }

  stringify(value: unknown, space?: number): string {
    return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), space);
  }
}
