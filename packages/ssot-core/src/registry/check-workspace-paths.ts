/**
 * Checks the registry's paths against the workspace: nothing may point outside it (`..`
 * segments, absolute paths), and each entry's `source` must be a file. Module specifiers pass:
 * they never contain `..` segments nor start with `/`.
 */
import type { JsonProblem } from './json-document';
import type { JsonSegment } from './json-path';
import { formatFound } from './json-path';
import type { RegistryFile } from './registry.generated';
import { findClosestFiles } from '../hints/closest-file';
import { formatDidYouMean } from '../hints/closest-name';
import { escapesWorkspace } from '../workspace/paths';

const INSIDE = 'a workspace-relative path or module specifier (no ".." segments, not absolute)';


/**
 * `isFile` gets a workspace-relative path that does not escape the workspace; `listFiles` (the
 * files below a folder), when given, adds "did you mean …?" to a `source` that does not exist.
 */
export function checkWorkspacePaths(registry: RegistryFile, isFile: (path: string) => boolean, listFiles?: (dir: string) => string[]): JsonProblem[] {
  const problems: JsonProblem[] = [];
  const inside = (path: string, segments: JsonSegment[]) => {
    if (!escapesWorkspace(path)) return true;
    problems.push({ segments, expected: INSIDE, found: formatFound(path) });
    return false;
  };
  registry.include?.forEach((glob, i) => inside(glob, ['include', i]));
  registry.exclude?.forEach((glob, i) => inside(glob, ['exclude', i]));
  registry.entries.forEach((entry, e) => {
    const at = (...rest: JsonSegment[]): JsonSegment[] => ['entries', e, ...rest];
    if (entry.source !== undefined && inside(entry.source, at('source')) && !isFile(entry.source)) {
      problems.push({
        segments: at('source'),
        expected: `the file that implements entry "${entry.name}" (a workspace-relative path)`,
        found: `${formatFound(entry.source)}, which does not exist${formatDidYouMean((listFiles && findClosestFiles(entry.source, listFiles)) ?? [])}`,
      });
    }
    entry.legacyPaths?.forEach((path, i) => inside(path, at('legacyPaths', i)));
    entry.bypasses?.forEach((bypass, b) => {
      if ('import' in bypass) inside(bypass.import, at('bypasses', b, 'import'));
      if ('new' in bypass && bypass.from !== undefined) inside(bypass.from, at('bypasses', b, 'from'));
    });
    entry.exemptions?.forEach((exemption, x) => {
      const { files } = exemption;
      if (typeof files === 'string') inside(files, at('exemptions', x, 'files'));
      else files.forEach((glob, i) => inside(glob, at('exemptions', x, 'files', i)));
    });
  });
  return problems;
}
