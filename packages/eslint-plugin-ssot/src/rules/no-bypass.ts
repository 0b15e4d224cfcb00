import type { Rule } from 'eslint';
import { reportBypasses } from './report-bypasses';

/** A new bypass of an SSOT: a site `ssot-check` counts that the owning project's baseline does not list. */
export const noBypass: Rule.RuleModule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Report bypasses of the single sources of truth in ssot.json that the baseline does not list',
      recommended: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      bypass: '{{fix}} (ssot entry {{entry}}){{noFix}}',
      workspaceProblem: 'ssot: {{problem}}',
      applyFix: 'Replace with {{replacement}} (ssot migrate: {{kind}})',
    },
  },
  create(context) {
    return {
      Program() {
        reportBypasses(context, (bypass) => !bypass.legacy && (bypass.hiddenBy ? bypass.hiddenBy.includes('ssot/no-bypass') : !bypass.known), 'bypass', true);
      },
    };
  },
};
