import type { Rule } from 'eslint';
import { reportBypasses } from './report-bypasses';

/**
 * A known bypass: one the owning project's `ssot-baseline.txt` lists. Off in `recommended` (the
 * baseline exists so that known bypasses do not flood the editor); teams set it to "warn" to see
 * them as warnings while `ssot/no-bypass` keeps new ones as errors.
 */
export const noKnownBypass: Rule.RuleModule = {
  meta: {
    type: 'suggestion',
    docs: {
      description: "Report the bypasses that the owning project's ssot-baseline.txt lists (known, still to migrate)",
      recommended: false,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      knownBypass: 'Known bypass (in the baseline): {{fix}} (ssot entry {{entry}}){{noFix}}',
      applyFix: 'Replace with {{replacement}} (ssot migrate: {{kind}})',
    },
  },
  create(context) {
    return {
      Program() {
        reportBypasses(context, (bypass) => !bypass.legacy && (bypass.hiddenBy ? bypass.hiddenBy.includes('ssot/no-known-bypass') : bypass.known), 'knownBypass', false);
      },
    };
  },
};
