/**
 * The report side of the workspace-level detectors: every project's result → findings about the
 * workspace as a whole, and the merged facts the report shows beside them.
 */
import type { NormalizedRegistry } from '../registry/normalized-registry';
import type { CatchStyleMix, DetectorId, Finding, ImportPaths } from '../result/project-result.generated';
import { mergeCatchStyleMixes } from './catch-style-mix';
import { configureDetectors } from './configure-detectors';
import type { ProjectFacts } from './detector';
import { finalizeFindings } from './finalize-findings';
import { sumImportPaths } from './import-paths';
import { toFinding, type UnfingerprintedFinding } from './run-detector';

/** Findings of every workspace-level detector that is on (multiple-import-paths, inconsistent-error-handling). */
export function detectWorkspaceFindings(results: readonly ProjectFacts[], registry: NormalizedRegistry, only?: DetectorId): Finding[] {
  return finalizeFindings(collectWorkspaceFindings(results, registry, only));
}

/** The same, not fingerprinted yet: for a caller that finalises them with the projects' findings, once. */
export function collectWorkspaceFindings(results: readonly ProjectFacts[], registry: NormalizedRegistry, only?: DetectorId): UnfingerprintedFinding[] {
  const found: UnfingerprintedFinding[] = [];
  for (const { detector, options } of configureDetectors(registry)) {
    if (only !== undefined && detector.id !== only) continue;
    detector.detectWorkspace?.({ options, registry, results, report: (report) => found.push(toFinding(detector, report, report.project)) });
  }
  return found;
}

/** Each SSOT's import specifiers summed over the projects, and the multiple-import-paths findings. */
export function mergeImportPaths(results: readonly ProjectFacts[], registry: NormalizedRegistry): { importPaths: ImportPaths[]; findings: Finding[] } {
  return { importPaths: sumImportPaths(results), findings: detectWorkspaceFindings(results, registry, 'multiple-import-paths') };
}

/** The workspace's mix of catch styles, and the workspace-level inconsistent-error-handling finding. */
export function mergeCatchStyles(results: readonly ProjectFacts[], registry: NormalizedRegistry): { catchStyles: CatchStyleMix; findings: Finding[] } {
  const mixes = results.flatMap((result) => (result.catchStyles ? [result.catchStyles] : []));
  return { catchStyles: mergeCatchStyleMixes(mixes), findings: detectWorkspaceFindings(results, registry, 'inconsistent-error-handling') };
}
