import type { ProjectResult } from '../result/project-result';
import { compareStrings } from '../result/fingerprint';
import type { DiagnosticGroup, DiagnosticPlace } from './report-model';

/** Every project's per-file diagnostics, one group per code (sorted), each place with its project. */
export function groupDiagnostics(results: readonly ProjectResult[]): DiagnosticGroup[] {
  const byCode = new Map<string, DiagnosticPlace[]>();
  for (const result of results) {
    for (const { code, ...diagnostic } of result.diagnostics) {
      byCode.set(code, [...(byCode.get(code) ?? []), { project: result.project, ...diagnostic }]);
    }
  }
  return [...byCode]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([code, places]) => ({ code, count: places.length, places: places.sort(comparePlaces) }));
}

function comparePlaces(a: DiagnosticPlace, b: DiagnosticPlace): number {
  return compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.project, b.project) || compareStrings(a.message, b.message);
}
