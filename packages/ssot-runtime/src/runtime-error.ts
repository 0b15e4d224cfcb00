/**
 * Base of every error ssot-runtime throws. These errors report a misuse of an SSOT (a duplicate
 * registration, a direct `new`), never a failure inside one, so callers can tell the two apart with
 * `instanceof` and branch on the stable `code` instead of parsing the message.
 */
export class SsotRuntimeError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
