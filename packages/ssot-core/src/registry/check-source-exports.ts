/**
 * Checks that each entry's `source` exports what the entry names: its `export` (or its name, the
 * default) and its `factory`. A misspelt export would otherwise bind nothing and silently leave the
 * SSOT at "no data". The check reads the file's export facts (one parse, no resolution): names
 * declared and exported there, `export { a as b }`, `export { a } from`. A file with `export *`
 * may export anything, and a file that exports nothing the parse can see (empty, a global script,
 * CommonJS `module.exports` / `exports.x =` / `export =`) cannot be judged: neither is checked.
 */
import { scanFile } from '../scan/scan-file';
import type { ExportFacts } from '../scan/file-facts';
import type { JsonProblem } from './json-document';
import type { JsonSegment } from './json-path';
import { formatFound } from './json-path';
import type { RegistryFile } from './registry.generated';

const NO_INTEREST = { globalRoots: new Set<string>(), globalNewNames: new Set<string>(), literals: new Set<string>() };
const COMMONJS_EXPORTS = /\bmodule\.exports\b|\bexports\.[A-Za-z_$]|\bexport\s*=(?!=)/;
/** Names listed in a message before it says "and N more". */
const LISTED_NAMES = 12;

/** `readSource` gets a workspace-relative path that exists; undefined when it cannot be read. */
export function checkSourceExports(registry: RegistryFile, readSource: (path: string) => string | undefined): JsonProblem[] {
  const problems: JsonProblem[] = [];
  const exportsByFile = new Map<string, Set<string> | undefined>();
  const exportsOf = (source: string) => {
    if (!exportsByFile.has(source)) exportsByFile.set(source, readExportedNames(source, readSource(source)));
    return exportsByFile.get(source);
  };
  registry.entries.forEach((entry, e) => {
    if (entry.source === undefined || entry.export === '*') return;
    const exported = exportsOf(entry.source);
    if (exported === undefined) return;
    const wanted: { name: string; segments: JsonSegment[]; expected: string }[] = [];
    const listed = `(it exports ${listNames(exported)})`;
    if (entry.export === undefined) {
      wanted.push({ name: entry.name, segments: ['entries', e, 'name'], expected: `a name that ${entry.source} exports, or an "export" field that names one ${listed}` });
    } else {
      const names = typeof entry.export === 'string' ? [entry.export] : entry.export;
      names.forEach((name, i) => {
        const segments: JsonSegment[] = typeof entry.export === 'string' ? ['entries', e, 'export'] : ['entries', e, 'export', i];
        wanted.push({ name, segments, expected: `a name that ${entry.source} exports ${listed}` });
      });
    }
    if (entry.factory !== undefined) wanted.push({ name: entry.factory, segments: ['entries', e, 'factory'], expected: `a function that ${entry.source} exports ${listed}` });
    for (const { name, segments, expected } of wanted) {
      if (!exported.has(name)) problems.push({ segments, expected, found: `${formatFound(name)}, which it does not export` });
    }
  });
  return problems;
}

/** Every name the file exports, or undefined when that cannot be known from the file alone. */
function readExportedNames(file: string, text: string | undefined): Set<string> | undefined {
  if (text === undefined || COMMONJS_EXPORTS.test(text)) return undefined;
  let exports: ExportFacts;
  try {
    exports = scanFile(file, text, NO_INTEREST).exports;
  } catch {
    return undefined; // the analysis lists a file it cannot scan; the registry is not to blame
  }
  if (exports.star.length > 0) return undefined;
  const names = new Set([...exports.local, ...exports.aliases.map((a) => a.exported), ...exports.from.map((f) => f.exported)]);
  return names.size === 0 ? undefined : names;
}

function listNames(names: Set<string>): string {
  const sorted = [...names].sort();
  const shown = sorted.slice(0, LISTED_NAMES).map((name) => `"${name}"`).join(', ');
  return sorted.length > LISTED_NAMES ? `${shown} and ${sorted.length - LISTED_NAMES} more` : shown;
}
