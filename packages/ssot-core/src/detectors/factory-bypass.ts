import { atSite, describeLocation, type Detector } from './detector';

type MessageId = 'newBypassesFactory';

/**
 * SPEC §5 `factory-bypass`: `new X()` of an SSOT that has a factory. The match stage already counts
 * these as bypass sites of kind `factory-bypass` (outside the SSOT's own source); each becomes a
 * finding at the class identifier, exempt when its site is, and none when an inline comment
 * suppresses its site (SPEC §4).
 */
export const factoryBypass: Detector<Record<string, never>, MessageId> = {
  id: 'factory-bypass',
  meta: {
    description: 'new X() of an SSOT that has a factory: the construction skips what the factory guarantees (per-user isolation, shared configuration).',
    messages: {
      newBypassesFactory: 'new {{entry}}() bypasses its factory {{factory}}()',
    },
    schema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  detect(context) {
    const entries = new Map(context.registry.entries.map((entry) => [entry.name, entry]));
    for (const site of context.sites) {
      const entry = entries.get(site.entry);
      // A suppressed site was accepted, with a reason, where it is written: the Suppressions list shows it.
      if (site.kind !== 'factory-bypass' || site.suppressed || entry?.factory === undefined) continue;
      const from = context.getCanonicalImport(entry) ?? describeLocation(entry);
      context.report({
        messageId: 'newBypassesFactory',
        data: { entry: entry.name, factory: entry.factory },
        entry: entry.name,
        ...atSite(site),
        fix: `construct ${entry.name} through ${entry.factory}() from ${from} instead of new`,
      });
    }
  },
};
