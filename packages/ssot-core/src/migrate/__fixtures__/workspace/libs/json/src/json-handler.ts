/** The workspace's one way to read and write JSON. */
export class JsonHandler {
  static parse(text: string): unknown {
    return JSON.parse(text);
  }

  static stringify(value: unknown): string {
    return JSON.stringify(value);
  }
}
