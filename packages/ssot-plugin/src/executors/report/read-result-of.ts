import { readProjectResult, SsotConfigError, type ProjectResult } from 'ssot-core';

/** A result must be its project's: two projects sharing one output file would count one twice and lose the other. */
export function readResultOf(project: string, path: string, file: string, regenerate: string): ProjectResult {
  const result = readProjectResult(path, file, regenerate);
  if (result.project === project) return result;
  throw new SsotConfigError(
    [{ file, path: '$.project', expected: `the result of project "${project}"`, found: JSON.stringify(result.project) }],
    `The ssot-check result ${file} belongs to project "${result.project}", not "${project}": two projects share one outputFile, or the file was copied. ` +
      `Give each project its own outputFile (the default, dist/ssot/projects/{projectName}.json, does), then run: ${regenerate}`,
  );
}
