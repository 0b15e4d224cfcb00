import { atSite, describeLocation, type Detector } from './detector';

type MessageId = 'legacyPath';

/**
 * SPEC §5 `legacy-shim`: each usage through a legacy path (usage sites with pattern `legacy-shim`).
 * The fix names the canonical import, the owner's public entry point, when one exports the SSOT.
 */
export const legacyShim: Detector<Record<string, never>, MessageId> = {
  id: 'legacy-shim',
  meta: {
    description: 'Usage of an SSOT through a deprecated re-export path (a shim): the shim keeps the old path alive and hides who still depends on it.',
    messages: {
      legacyPath: "{{entry}} is used through the legacy path '{{specifier}}'",
    },
    schema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  detect(context) {
    const entries = new Map(context.registry.entries.map((entry) => [entry.name, entry]));
    for (const site of context.sites) {
      const entry = entries.get(site.entry);
      if (site.side !== 'usage' || site.pattern !== 'legacy-shim' || !entry) continue;
      const specifier = site.specifier ?? '?';
      const canonical = context.getCanonicalImport(entry);
      context.report({
        messageId: 'legacyPath',
        data: { entry: entry.name, specifier },
        entry: entry.name,
        ...atSite(site),
        fix: canonical !== undefined ? `import ${entry.name} from '${canonical}' instead of '${specifier}'` : `import ${entry.name} from ${describeLocation(entry)} instead of '${specifier}'`,
      });
    }
  },
};
