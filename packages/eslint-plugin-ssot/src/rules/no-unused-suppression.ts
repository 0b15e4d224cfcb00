import type { Rule } from 'eslint';
import { findLintedFileBypasses } from './report-bypasses';

/** The check's diagnostic codes (SPEC §4 "Inline suppressions") → this rule's message ids. */
const MESSAGE_IDS: Record<string, string> = {
  'suppression-without-reason': 'withoutReason',
  'suppression-unknown-entry': 'unknownEntry',
  'suppression-unused': 'unused',
};

/**
 * A suppression comment that `ssot-check` diagnoses: no reason, an entry the registry does not
 * have, or nothing suppressed. The same diagnostics as the check's, from the same engine, spanning
 * the comment.
 */
export const noUnusedSuppression: Rule.RuleModule = {
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Report ssot-ignore and ssot eslint-disable comments that give no reason, name an unknown SSOT entry, or suppress nothing',
      recommended: true,
    },
    schema: [],
    messages: {
      withoutReason: '{{message}}',
      unknownEntry: '{{message}}',
      unused: '{{message}}',
    },
  },
  create(context) {
    return {
      Program() {
        const { sourceCode } = context;
        const result = findLintedFileBypasses(context);
        if (result.problem !== undefined) return; // ssot/no-bypass reports it once
        const comments = sourceCode.getAllComments();
        for (const diagnostic of result.suppressions) {
          const messageId = MESSAGE_IDS[diagnostic.code];
          if (messageId === undefined) continue;
          const start = { line: diagnostic.line, column: diagnostic.column - 1 };
          const comment = comments.find(({ loc }) => loc?.start.line === start.line && loc.start.column === start.column);
          context.report({ loc: comment?.loc ?? start, messageId, data: { message: diagnostic.message } });
        }
      },
    };
  },
};
