import type { ConfiguredDetector } from '../detectors/configure-detectors';
import { detectFindings, getFactFilter, type ProjectDetection, type ScannedFile } from '../detectors/detect-findings';
import type { DetectorSite } from '../detectors/detector';
import { SeenNames } from '../hints/seen-names';
import { countMatcherSites } from '../result/count-matcher-sites';
import { assignFingerprints, compareSites, compareStrings } from '../result/fingerprint';
import type { Diagnostic, Site } from '../result/site';
import type { CompiledRegistry } from './compile-registry';
import type { WorkspaceIndex } from './index-workspace';
import { getImportPrescan } from './imports-may-matter';
import { findSuppressionProblems, matchFile, type MatchedSite } from './match-file';
import { scanWorkspaceFile } from './scan-workspace-file';
import { findExpiredExemptions, findSkippedLinks, selectFiles } from './select-files';

/** What the file stages give for a set of projects (or the whole workspace). */
export interface FilesAnalysis {
  /** Workspace-relative files that matched include and not exclude (and `only`), sorted. */
  files: string[];
  /** Sorted and fingerprinted. */
  sites: Site[];
  diagnostics: Diagnostic[];
  /** Per entry, the sites each bypass matcher matched (see countMatcherSites). */
  matcherSites: Record<string, number[]>;
  /** Per project: findings (not fingerprinted yet) and the facts workspace-level detectors merge. */
  detections: Map<string, ProjectDetection>;
  /** The names the files use, for "did you mean …?" (hints/near-names.ts). */
  seen: SeenNames;
}

/**
 * select files → scan each (once, when its text can matter) → match its facts → sort and
 * fingerprint the sites → run the project detectors over the facts and sites.
 */
export interface AnalyzeFilesOptions {
  /** The import-level pre-scan before a parse (on unless false; a test compares both ways). */
  prescan?: boolean;
}

export function analyzeFiles(index: WorkspaceIndex, compiled: CompiledRegistry, detectors: ConfiguredDetector[], only?: readonly string[], options: AnalyzeFilesOptions = {}): FilesAnalysis {
  const files = selectFiles(index, compiled, only);
  const wantsFacts = getFactFilter(detectors, { registry: compiled.registry, getFacts: (file) => index.getKeptFacts(file) });
  const prescan = options.prescan === false ? undefined : getImportPrescan(index, compiled);
  const scanned: ScannedFile[] = [];
  const matched: MatchedSite[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new SeenNames();
  for (const file of files) {
    const scan = scanWorkspaceFile(index, compiled, file, wantsFacts, prescan);
    if (!scan) {
      // Not parsed: the names its text shows still count for the hints, when it has entries (and so was read).
      const owner = index.projects.getOwnerInfo(file);
      const text = compiled.getEntriesFor(file, owner).length > 0 ? index.peekText(file) : undefined;
      if (text !== undefined) seen.addText(text, prescan?.importedModulesOf(text));
      continue;
    }
    diagnostics.push(...scan.problems);
    if (!scan.facts) continue;
    seen.add(scan.facts);
    if (scan.wantsSites) {
      const sites = matchFile(scan.facts, index, compiled);
      matched.push(...sites);
      diagnostics.push(...findSuppressionProblems(scan.facts, sites, index, compiled));
    }
    const owner = index.projects.getOwnerInfo(file);
    scanned.push({ file, project: index.projects.getOwner(file), facts: index.getKeptFacts(file) ?? scan.facts, entries: compiled.getEntriesFor(file, owner) });
  }
  diagnostics.push(...findExpiredExemptions(index, compiled, files), ...findSkippedLinks(index, compiled, only));
  const sorted = matched.sort(compareSites);
  // The detectors also read the specifier each SSOT binding was imported with; results do not carry it.
  const detectorSites: DetectorSite[] = assignFingerprints(sorted, (project) => index.projects.get(project)?.root ?? '.').map(({ matchers: _matchers, ...site }) => site);
  return {
    files,
    sites: detectorSites.map(({ specifier: _specifier, ...site }) => site),
    diagnostics: diagnostics.sort(compareDiagnostics),
    matcherSites: countMatcherSites(sorted, compiled.registry.entries),
    seen,
    detections: detectFindings({ index, registry: compiled.registry, detectors, files: scanned, sites: detectorSites, projects: only ?? [] }),
  };
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.code, b.code) || compareStrings(a.message, b.message);
}
