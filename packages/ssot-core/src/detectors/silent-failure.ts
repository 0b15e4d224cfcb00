import type { CatchFact } from '../scan/file-facts';
import { describeLocation, type Detector, type DetectorFile } from './detector';
import { ERROR_HANDLING_ROLE, isErrorHandlingSource, mayHaveCatch } from './error-handling';

type MessageId = 'emptyCatch' | 'logOnlyCatch' | 'returnsValueCatch';

export interface SilentFailureOptions {
  /** Accept an empty catch whose block holds a comment (a deliberate, explained swallow). */
  allowCommentedEmpty: boolean;
}

const MESSAGE_OF: Partial<Record<CatchFact['style'], MessageId>> = {
  empty: 'emptyCatch',
  'log-only': 'logOnlyCatch',
  'return-error-value': 'returnsValueCatch',
};

/**
 * SPEC §5 `silent-failure`: a catch clause that swallows the error — empty, only logging, or
 * handing back a value — and never rethrows nor uses the caught error (`usesError` false). Catch
 * clauses in the source of an `error-handling` SSOT are that SSOT's business and are left alone.
 */
export const silentFailure: Detector<SilentFailureOptions, MessageId> = {
  id: 'silent-failure',
  meta: {
    description: 'A catch that swallows the error (empty, only logs, or returns a value) without rethrowing or using it: failures vanish and callers carry on with bad state.',
    messages: {
      emptyCatch: 'empty catch block swallows the error',
      logOnlyCatch: 'catch block only logs; the error itself is dropped',
      returnsValueCatch: 'catch block returns {{value}} instead of the error, which is dropped',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowCommentedEmpty: { type: 'boolean', description: 'Accept an empty catch block that holds a comment. Default false.' },
      },
    },
  },
  defaultOptions: { allowCommentedEmpty: false },
  reads: ['catches'],
  createTextFilter: () => mayHaveCatch,
  detect(context) {
    for (const file of context.files) {
      if (isErrorHandlingSource(file.file, context.registry)) continue;
      for (const clause of file.facts.catches) {
        const messageId = MESSAGE_OF[clause.style];
        if (messageId === undefined || clause.usesError) continue;
        if (clause.commented && context.options.allowCommentedEmpty) continue;
        context.report({
          messageId,
          data: { value: clause.value ?? 'undefined' },
          file: file.file,
          line: clause.line,
          column: clause.column,
          text: clause.text,
          fix: describeFix(file),
        });
      }
    }
  },
};

/** Names the `error-handling` SSOT that applies to the file, when there is one. */
function describeFix(file: DetectorFile): string {
  const handler = file.entries.map((compiled) => compiled.entry).find((entry) => entry.role === ERROR_HANDLING_ROLE);
  if (!handler) return 'rethrow the error (wrapped with { cause }) or handle it; if swallowing is intended, say why in the block';
  return `handle the error with ${handler.name} (${describeLocation(handler)}) or rethrow it`;
}
