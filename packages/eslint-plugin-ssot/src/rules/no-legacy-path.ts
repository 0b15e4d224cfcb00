import type { Rule } from 'eslint';
import { reportBypasses } from './report-bypasses';

/**
 * A usage of an SSOT through one of its `legacyPaths` (a re-export shim kept alive): counted as a
 * usage, so it is no bypass, but `ssot-check` lists it as a `legacy-shim` finding and `migrate`
 * moves the import to the canonical path; the rule offers that same fix.
 */
export const noLegacyPath: Rule.RuleModule = {
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Report usages of a single source of truth through a legacy path listed in ssot.json, with the canonical import',
      recommended: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      legacyPath: '{{fix}} (ssot entry {{entry}}){{noFix}}',
      applyFix: 'Replace with {{replacement}} (ssot migrate: {{kind}})',
    },
  },
  create(context) {
    return {
      Program() {
        reportBypasses(context, (bypass) => bypass.legacy === true, 'legacyPath', false);
      },
    };
  },
};
