import type { NormalizedEntry, NormalizedRegistry } from '../registry/normalized-registry';
import type { TextFilter } from './detector';

/** The role that marks the SSOT for error handling (a resilience helper, an error reporter). */
export const ERROR_HANDLING_ROLE = 'error-handling';

export function getErrorHandlingEntries(registry: NormalizedRegistry): NormalizedEntry[] {
  return registry.entries.filter((entry) => entry.role === ERROR_HANDLING_ROLE);
}

/** The error-handling SSOT's own source catches errors for everyone else; its style is its business. */
export function isErrorHandlingSource(file: string, registry: NormalizedRegistry): boolean {
  return getErrorHandlingEntries(registry).some((entry) => entry.source === file);
}

const CATCH_WORD = /\bcatch\b/;

/** The text filter of the detectors that read catch clauses: a file without the word has none. */
export const mayHaveCatch: TextFilter = (text) => CATCH_WORD.test(text);
