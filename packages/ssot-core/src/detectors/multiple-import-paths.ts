import type { Detector } from './detector';
import { sumImportPaths } from './import-paths';

type MessageId = 'multipleSpecifiers' | 'multipleSpecifiersNoCanonical';

/**
 * SPEC §5 `multiple-import-paths`: one SSOT imported through more than one specifier across the
 * workspace. `ssot-check` records each project's specifiers and counts (`importPaths` of the
 * result: files of the SSOT's own project left out, relative paths as the file they resolve to);
 * the report sums them and reports once per entry, at the SSOT's source (line 1).
 */
export const multipleImportPaths: Detector<Record<string, never>, MessageId> = {
  id: 'multiple-import-paths',
  meta: {
    description: 'One SSOT imported through several specifiers (barrel, deep path, legacy shim, relative path): refactors miss some, and readers cannot tell they are the same thing.',
    messages: {
      multipleSpecifiers: "{{entry}} is imported through {{count}} specifiers: {{specifiers}}; the canonical one is '{{canonical}}'",
      multipleSpecifiersNoCanonical: '{{entry}} is imported through {{count}} specifiers: {{specifiers}}; no public entry point of its project exports it',
    },
    schema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  detectWorkspace(context) {
    const entries = new Map(context.registry.entries.map((entry) => [entry.name, entry]));
    for (const paths of sumImportPaths(context.results)) {
      const entry = entries.get(paths.entry);
      if (!entry || paths.specifiers.length < 2) continue;
      const specifiers = [...paths.specifiers].sort((a, b) => b.count - a.count).map(({ specifier, count }) => `'${specifier}' (${count})`).join(', ');
      const owner = context.results.find((result) => result.sources.some((source) => source.entry === entry.name))?.project ?? '(none)';
      const base = { entry: entry.name, file: entry.source ?? '.', line: 1, column: 1, text: entry.name, project: owner };
      const others = paths.specifiers.filter(({ specifier }) => specifier !== paths.canonical).map(({ specifier }) => `'${specifier}'`);
      if (paths.canonical !== undefined) {
        context.report({
          ...base,
          messageId: 'multipleSpecifiers',
          data: { entry: entry.name, count: paths.specifiers.length, specifiers, canonical: paths.canonical },
          fix: `import ${entry.name} from '${paths.canonical}' everywhere, instead of ${others.join(', ')}`,
        });
      } else {
        context.report({
          ...base,
          messageId: 'multipleSpecifiersNoCanonical',
          data: { entry: entry.name, count: paths.specifiers.length, specifiers },
          fix: `export ${entry.name} from its project's public entry point (index.ts or a tsconfig alias) and import it from there everywhere`,
        });
      }
    }
  },
};
