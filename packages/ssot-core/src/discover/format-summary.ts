import type { DiscoverResult } from './discover';
import { plural } from './proposal';

/** Lines for the terminal: one per proposed entry (families, counts, fields), then what stayed unpaired. */
export function formatDiscoverySummary(result: DiscoverResult): string[] {
  const lines = [`discover: ${result.checked.length} ${result.checked.length === 1 ? 'entry' : 'entries'} proposed`];
  for (const checked of result.checked) {
    const { entry } = checked;
    const fields = [
      entry.factory && `factory ${entry.factory}`,
      entry.legacyPaths && `legacy ${entry.legacyPaths.join(', ')}`,
      entry.bypasses && `bypasses ${listShort(entry.bypasses.map((m) => ('global' in m ? m.global : 'import' in m ? `import ${m.import}` : 'new' in m ? `new ${m.new}` : `"${m.literal}"`)))}`,
      entry.duplicates && `duplicates ${entry.duplicates.join(', ')}`,
    ].filter((field): field is string => typeof field === 'string');
    const coverage = checked.coverage === null ? 'no data' : `${checked.coverage} %`;
    lines.push(
      `  ${entry.name} (${entry.source}): ${checked.usage} usage, ${checked.bypass} bypass, coverage ${coverage}; ${checked.families.join(', ')}${fields.length > 0 ? `; ${fields.join('; ')}` : ''}`,
    );
  }
  for (const family of result.unpaired) {
    lines.push(
      `  no candidate SSOT for ${family.family}: ${plural(family.sites, 'site')} in ${plural(family.files, 'file')} (write the entry's source by hand, or create one with nx g ssot-plugin:class)`,
    );
  }
  return lines;
}

/** One line per entry stays readable: the first three, then how many more (ssot.json has them all). */
function listShort(items: string[]): string {
  return items.length > 3 ? `${items.slice(0, 3).join(', ')} and ${items.length - 3} more` : items.join(', ');
}
