/**
 * The pre-platform JSON helper: no timestamp revival, no bigint support.
 * Only the report exporter still uses it; exempted in ssot.json until the
 * exporter is rewritten.
 */
export class LegacyJsonHandler {
  static decode<T>(text: string): T | null {
    try {
      return JSON.parse(text) as T;
    } catch {
      return null;
    }
  }

  static encode(value: unknown): string {
    return JSON.stringify(value, null, 2);
  }
}
