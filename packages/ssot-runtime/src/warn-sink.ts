/** What a warning carries besides its text; mirrors the options of Node's `process.emitWarning`. */
export interface WarningDetails {
  /** `DeprecationWarning` so that Node's `--no-deprecation` and `--throw-deprecation` apply. */
  readonly type: 'DeprecationWarning' | 'SsotWarning';
  /** A stable code, e.g. `SSOT_DEPRECATED_IMPORT`, for filtering in `process.on('warning')`. */
  readonly code: string;
}

/** Where warnings go. Injectable so tests can collect them instead of printing. */
export type WarnSink = (message: string, details: WarningDetails) => void;

/** The parts of the host we use, all optional: a browser has no `process`, a worklet may lack `console`. */
interface HostGlobals {
  readonly process?: {
    readonly emitWarning?: (message: string, options: { type: string; code: string }) => void;
  };
  readonly console?: { readonly warn?: (message: string) => void };
}

/**
 * `process.emitWarning` where it exists (Node prints it once, honours the deprecation flags and
 * `--trace-warnings`), else `console.warn`, else nothing.
 */
export const defaultWarnSink: WarnSink = (message, details) => {
  // Through globalThis: a bare `process` is a ReferenceError in browsers and makes bundlers
  // inject a polyfill. The package compiles without Node's types, hence the cast.
  const host = globalThis as HostGlobals;
  const emitWarning = host.process?.emitWarning;
  if (typeof emitWarning === 'function') {
    emitWarning.call(host.process, message, { type: details.type, code: details.code });
    return;
  }
  const warn = host.console?.warn;
  if (typeof warn === 'function') warn.call(host.console, `${details.type} [${details.code}]: ${message}`);
};
