import { finalizeFindings } from '../detectors/finalize-findings';
import { findNearNames } from '../hints/near-names';
import type { NormalizedRegistry } from '../registry/normalized-registry';
import type { BaselineFile } from '../result/baseline';
import { compareWithBaseline, describeOldFormat } from '../result/compare-baseline';
import { computeTotals } from '../result/compute-totals';
import { compareStrings } from '../result/fingerprint';
import { addKeptItems, createWhyNotAnalysed, findNotAnalysed } from '../result/not-analysed';
import type { ProjectResult } from '../result/project-result';
import type { OwnedSource } from '../result/project-result.generated';
import type { ProjectInfo } from '../workspace/workspace-projects';
import { compareDiagnostics, type FilesAnalysis } from './analyze-files';
import type { WorkspaceIndex } from './index-workspace';

export interface ProjectResultInput {
  project: ProjectInfo;
  /** The file stages' output for this project alone. */
  analysis: FilesAnalysis;
  /** Names of the entries whose `projects` cover the project. */
  applicable: string[];
  /** The project's baseline, when it has one and it is read. */
  baseline: BaselineFile | undefined;
  baselineFile: string;
  updateCommand: string;
}

/**
 * The per-project result `ssot-check` writes (SPEC §6): sites marked known or new against the
 * baseline, totals, the SSOT sources the project owns, and its findings fingerprinted.
 */
export function buildProjectResult(index: WorkspaceIndex, registry: NormalizedRegistry, input: ProjectResultInput): ProjectResult {
  const { project, analysis, applicable, baseline, baselineFile, updateCommand } = input;
  const detection = analysis.detections.get(project.name);
  const notAnalysed = findNotAnalysed(analysis.files, analysis.diagnostics);
  const whyNotAnalysed = createWhyNotAnalysed({
    project: project.name,
    files: analysis.files,
    notAnalysed,
    fileExists: (file) => index.host.fileExists(file),
    getOwner: (file) => index.projects.getOwner(file),
  });
  const compared = compareWithBaseline(analysis.sites, baseline, baselineFile, whyNotAnalysed);
  const entries = computeTotals(analysis.sites, applicable);
  const closestNames = findNearNames({
    entries: registry.entries.filter((entry) => applicable.includes(entry.name)),
    matcherSites: analysis.matcherSites,
    hasSites: (name) => analysis.sites.some((site) => site.entry === name),
    seen: analysis.seen,
    files: analysis.files,
  });
  addKeptItems(entries, compared.baseline.kept ?? [], notAnalysed.length > 0);
  const oldFormat = baseline && describeOldFormat(baseline, baselineFile, updateCommand);
  return {
    schemaVersion: 1,
    project: project.name,
    filesAnalysed: analysis.files.length - notAnalysed.length,
    notAnalysed,
    entries,
    sources: findOwnedSources(index, registry, project.name),
    baseline: compared.baseline,
    sites: compared.sites,
    diagnostics: oldFormat ? [...analysis.diagnostics, oldFormat].sort(compareDiagnostics) : analysis.diagnostics,
    matcherSites: Object.fromEntries([...applicable].sort(compareStrings).map((name) => [name, analysis.matcherSites[name] ?? []])),
    ...(closestNames.length > 0 && { closestNames }),
    findings: finalizeFindings(detection?.findings ?? []),
    importPaths: detection?.importPaths ?? [],
    ...(detection?.catchStyles && { catchStyles: detection.catchStyles }),
  };
}

/** The SSOT sources a project owns, with their size in lines (the report's "SSOT size"). */
export function findOwnedSources(index: Pick<WorkspaceIndex, 'host' | 'projects'>, registry: NormalizedRegistry, project: string): OwnedSource[] {
  const sources: OwnedSource[] = [];
  for (const entry of registry.entries) {
    if (entry.source === undefined || index.projects.getOwner(entry.source) !== project) continue;
    const text = index.host.readFile(entry.source);
    if (text === undefined) continue;
    sources.push({ entry: entry.name, file: entry.source, lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0) });
  }
  return sources.sort((a, b) => compareStrings(a.entry, b.entry));
}
