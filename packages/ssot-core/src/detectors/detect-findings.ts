/**
 * The detect stage of `analyze` (STYLE 1): scanned files and sites of each project → the project's
 * findings and the per-project facts that workspace-level detectors merge in the report.
 */
import type { NormalizedRegistry } from '../registry/normalized-registry';
import { compareStrings } from '../result/fingerprint';
import type { CatchStyle, CatchStyleMix, ImportPaths } from '../result/project-result.generated';
import type { KeptFacts } from '../scan/file-facts';
import type { WorkspaceIndex } from '../stages/index-workspace';
import { ALWAYS_KEPT, KEPT_FACTS, type KeptFactName } from '../stages/keep-facts';
import { summarizeCatchStyles } from './catch-style-mix';
import { createCanonicalImports } from './canonical-import';
import type { ConfiguredDetector } from './configure-detectors';
import type { DetectorFact, DetectorFile, DetectorSite, TextFilter, TextFilterContext } from './detector';
import { isErrorHandlingSource } from './error-handling';
import { collectImportPaths } from './import-paths';
import { toFinding, type UnfingerprintedFinding } from './run-detector';

export interface ScannedFile extends DetectorFile {
  project: string;
}

export interface ProjectDetection {
  /** Not fingerprinted yet: the result that holds them finalises every finding once. */
  findings: UnfingerprintedFinding[];
  importPaths: ImportPaths[];
  catchStyles?: CatchStyleMix;
}

export interface DetectInput {
  index: WorkspaceIndex;
  registry: NormalizedRegistry;
  detectors: ConfiguredDetector[];
  files: readonly ScannedFile[];
  sites: readonly DetectorSite[];
  /** Projects to report on even when they have no files or sites. */
  projects: readonly string[];
}

/** Runs every configured project-level detector once per project. */
export function detectFindings(input: DetectInput): Map<string, ProjectDetection> {
  const { index, registry, detectors } = input;
  const getCanonicalImport = createCanonicalImports(index);
  const entries = new Map(registry.entries.map((entry) => [entry.name, entry]));
  const wantsCatchStyles = detectors.some(({ detector }) => detector.reads?.includes('catchStyles'));
  const byProject = groupByProject(input);
  const detections = new Map<string, ProjectDetection>();
  for (const [project, { files, sites }] of byProject) {
    const catchStyles = wantsCatchStyles ? countCatchStyles(files, registry) : undefined;
    const found: UnfingerprintedFinding[] = [];
    for (const { detector, options } of detectors) {
      detector.detect?.({
        options,
        project,
        projectRoot: index.projects.get(project)?.root ?? '.',
        registry,
        files,
        sites,
        catchStyles,
        getFacts: (file) => index.getKeptFacts(file),
        getCanonicalImport,
        report: (report) => found.push(toFinding(detector, report, project)),
      });
    }
    const importPaths = collectImportPaths({
      sites,
      getOwnerProject: (name) => {
        const source = entries.get(name)?.source;
        return source === undefined ? undefined : index.projects.getOwner(source);
      },
      resolveRelative: (file, specifier) => index.chains.resolveImport(file, specifier, '*').resolvedFile,
      getCanonical: (name) => {
        const entry = entries.get(name);
        return entry && getCanonicalImport(entry);
      },
    });
    detections.set(project, { findings: found, importPaths, ...(catchStyles && { catchStyles }) });
  }
  return detections;
}

function groupByProject(input: DetectInput): Map<string, { files: ScannedFile[]; sites: DetectorSite[] }> {
  const groups = new Map<string, { files: ScannedFile[]; sites: DetectorSite[] }>();
  const groupOf = (project: string) => {
    let group = groups.get(project);
    if (!group) {
      group = { files: [], sites: [] };
      groups.set(project, group);
    }
    return group;
  };
  for (const project of input.projects) groupOf(project);
  for (const file of input.files) groupOf(file.project).files.push(file);
  for (const site of input.sites) groupOf(site.project).sites.push(site);
  return new Map([...groups.entries()].sort(([a], [b]) => compareStrings(a, b)));
}

function countCatchStyles(files: readonly { file: string; facts: KeptFacts }[], registry: NormalizedRegistry): CatchStyleMix {
  const counts = new Map<CatchStyle, number>();
  for (const { file, facts } of files) {
    if (isErrorHandlingSource(file, registry)) continue;
    for (const clause of facts.catches) counts.set(clause.style, (counts.get(clause.style) ?? 0) + 1);
  }
  return summarizeCatchStyles(counts);
}

/** The kept facts these detectors read: what an index for them must keep of each file. */
export function getFactsRead(detectors: readonly ConfiguredDetector[]): KeptFactName[] {
  const read = new Set(detectors.flatMap(({ detector }) => detector.reads ?? []));
  return KEPT_FACTS.filter((name) => ALWAYS_KEPT.includes(name) || read.has(name as DetectorFact));
}

/**
 * A test of a file's text: may it hold facts that one of these detectors reports on? Each detector
 * that reads file facts brings its own test; undefined when none reads file facts.
 */
export function getFactFilter(detectors: readonly ConfiguredDetector[], context: Omit<TextFilterContext<object>, 'options'>): TextFilter | undefined {
  const filters = detectors.flatMap(({ detector, options }) => detector.createTextFilter?.({ ...context, options }) ?? []);
  return filters.length === 0 ? undefined : (text) => filters.some((filter) => filter(text));
}
