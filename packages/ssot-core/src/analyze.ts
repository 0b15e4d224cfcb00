import { SsotUsageError } from './errors';
import { createAnalysisContext, type AnalysisContext } from './analysis-context';
import { configureDetectors, type ConfiguredDetector } from './detectors/configure-detectors';
import { detectFindings, getFactFilter, type ProjectDetection, type ScannedFile } from './detectors/detect-findings';
import type { DetectorSite, TextFilter } from './detectors/detector';
import { detectWorkspaceFindings } from './detectors/workspace-findings';
import { finalizeFindings } from './detectors/finalize-findings';
import { findSites, type RawSite } from './match/find-sites';
import type { NormalizedRegistry } from './registry/normalized-registry';
import { computeTotals } from './result/compute-totals';
import { countMatcherSites } from './result/count-matcher-sites';
import { assignFingerprints, compareSites, compareStrings, type AnchoredSite } from './result/fingerprint';
import type { ProjectResult } from './result/project-result';
import type { Finding, OwnedSource } from './result/project-result.generated';
import { getBaselinePath, readBaseline, serializeBaseline, toBaselineItems } from './result/baseline';
import { compareWithBaseline, describeOldFormat } from './result/compare-baseline';
import { addKeptItems, createWhyNotAnalysed, findNotAnalysed } from './result/not-analysed';
import type { Diagnostic, EntryTotals, Site } from './result/site';
import type { FileHost } from './workspace/file-host';
import { findNearNames } from './hints/near-names';
import { SeenNames } from './hints/seen-names';

/** A project as the workspace defines it (from Nx's project graph in the plugin). */
export interface WorkspaceProject {
  name: string;
  /** Workspace-relative root, `/` separators, `.` for the workspace root. */
  root: string;
  tags: string[];
}

export interface AnalyzeOptions {
  /** Absolute path of the workspace root. */
  workspaceRoot: string;
  registry: NormalizedRegistry;
  projects: WorkspaceProject[];
  /** Analyse only the files these projects own; every workspace file when absent. */
  only?: string[];
  /** YYYY-MM-DD (UTC) that decides exemptions; today when absent. */
  today?: string;
  /** File access; the real file system under `workspaceRoot` when absent. */
  host?: FileHost;
}

export interface AnalysisResult {
  /** Workspace-relative files that matched include and not exclude (and `only`), sorted. */
  files: string[];
  sites: Site[];
  totals: Record<string, EntryTotals>;
  diagnostics: Diagnostic[];
  /** Every project's findings; with the whole workspace analysed (no `only`), the workspace-level ones too. */
  findings: Finding[];
  /** Per entry, the sites each bypass matcher matched (see countMatcherSites). */
  matcherSites: Record<string, number[]>;
}

/**
 * The pipeline (STYLE 1): resolve the workspace → pick the files → scan each into facts → match
 * facts against entries → sites with project, exemption and fingerprint → totals → findings.
 */
export function analyze(options: AnalyzeOptions): AnalysisResult {
  const detectors = configureDetectors(options.registry);
  const context = createAnalysisContext(options);
  const { detections, seen: _seen, ...result } = analyzeWith(context, options.registry, detectors, options.only);
  const findings = [...detections.values()].flatMap((detection) => detection.findings);
  if (options.only === undefined) {
    const facts = [...detections].map(([project, detection]) => ({ project, ...detection, sources: findOwnedSources(context, options.registry, project) }));
    findings.push(...detectWorkspaceFindings(facts, options.registry));
  }
  return { ...result, findings: finalizeFindings(findings) };
}

export interface CheckProjectOptions extends Omit<AnalyzeOptions, 'only'>, CheckOptions {
  project: string;
}

export interface CheckOptions {
  /** The command that regenerates the project's baseline, quoted in messages and the file header. */
  updateCommand?: string;
  /** Compare with no baseline, as if the project's file were missing (`--update-baseline` over a damaged one). */
  ignoreBaseline?: boolean;
}

/**
 * Checks projects of one workspace one after another and shares what they have in common: the
 * parsed files (a dependency's barrel is parsed once, not once per importing project), module
 * resolution and export chains. What Nx batch mode runs; each result equals `checkProject`'s.
 */
export interface ProjectChecker {
  check(project: string, options?: CheckOptions): ProjectResult;
}

export function createProjectChecker(options: Omit<AnalyzeOptions, 'only'>): ProjectChecker {
  const detectors = configureDetectors(options.registry);
  const context = createAnalysisContext(options);
  return {
    check(name, { updateCommand = defaultUpdateCommand(name), ignoreBaseline = false } = {}) {
      const project = options.projects.find((p) => p.name === name);
      if (!project) {
        throw new SsotUsageError(`Unknown project "${name}": it is not in the workspace's project graph. Run \`nx show projects\` to list the projects.`);
      }
      const result = analyzeWith(context, options.registry, detectors, [project.name]);
      const detection = result.detections.get(project.name);
      const baselineFile = getBaselinePath(project.root);
      const baseline = ignoreBaseline ? undefined : readBaseline(context.host, baselineFile, updateCommand);
      const notAnalysed = findNotAnalysed(result.files, result.diagnostics);
      const whyNotAnalysed = createWhyNotAnalysed({
        project: project.name,
        files: result.files,
        notAnalysed,
        fileExists: (file) => context.host.fileExists(file),
        getOwner: (file) => context.projects.getOwner(file),
      });
      const compared = compareWithBaseline(result.sites, baseline, baselineFile, whyNotAnalysed);
      const applicable = options.registry.entries.filter((entry) => context.compiledByName.get(entry.name)?.appliesTo(project)).map((entry) => entry.name);
      const entries = computeTotals(result.sites, applicable);
      const closestNames = findNearNames({
        entries: options.registry.entries.filter((entry) => applicable.includes(entry.name)),
        matcherSites: result.matcherSites,
        hasSites: (name) => result.sites.some((site) => site.entry === name),
        seen: result.seen,
        files: result.files,
      });
      addKeptItems(entries, compared.baseline.kept ?? [], notAnalysed.length > 0);
      const oldFormat = baseline && describeOldFormat(baseline, baselineFile, updateCommand);
      const diagnostics = oldFormat ? [...result.diagnostics, oldFormat].sort(compareDiagnostics) : result.diagnostics;
      return {
        schemaVersion: 1,
        project: project.name,
        filesAnalysed: result.files.length - notAnalysed.length,
        notAnalysed,
        entries,
        sources: findOwnedSources(context, options.registry, project.name),
        baseline: compared.baseline,
        sites: compared.sites,
        diagnostics,
        matcherSites: Object.fromEntries([...applicable].sort(compareStrings).map((name) => [name, result.matcherSites[name] ?? []])),
        ...(closestNames.length > 0 && { closestNames }),
        findings: detection?.findings ?? [],
        importPaths: detection?.importPaths ?? [],
        ...(detection?.catchStyles && { catchStyles: detection.catchStyles }),
      };
    },
  };
}

/**
 * Analyse one project's files and shape the per-project result that `ssot-check` writes: sites
 * marked known or new against the project's baseline, and the SSOT sources it owns with their size.
 */
export function checkProject(options: CheckProjectOptions): ProjectResult {
  return createProjectChecker(options).check(options.project, options);
}

/** SPEC §6: every message names one command, the inferred target that records the baseline. */
function defaultUpdateCommand(project: string): string {
  return `nx run ${project}:ssot-baseline`;
}

/**
 * The baseline file `checkProject` would write for this result: the current bypass sites and the
 * items kept because their file was not analysed, in the current format (this migrates a format-1 file).
 */
export function renderBaseline(result: ProjectResult, updateCommand = defaultUpdateCommand(result.project)): string {
  return serializeBaseline(result.project, toBaselineItems(result.sites, result.baseline.kept), updateCommand);
}

function findOwnedSources(context: AnalysisContext, registry: NormalizedRegistry, project: string): OwnedSource[] {
  const sources: OwnedSource[] = [];
  for (const entry of registry.entries) {
    if (entry.source === undefined || context.projects.getOwner(entry.source) !== project) continue;
    const text = context.host.readFile(entry.source);
    if (text === undefined) continue;
    sources.push({ entry: entry.name, file: entry.source, lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0) });
  }
  return sources.sort((a, b) => compareStrings(a.entry, b.entry));
}

interface Analysis extends Omit<AnalysisResult, 'findings'> {
  /** Per project: findings and the facts workspace-level detectors merge. */
  detections: Map<string, ProjectDetection>;
  /** The names the scanned files use, for "did you mean …?" (hints/near-names.ts). */
  seen: SeenNames;
}

function analyzeWith(context: AnalysisContext, registry: NormalizedRegistry, detectors: ConfiguredDetector[], only: string[] | undefined): Analysis {
  const files = context.selectFiles(only);
  const diagnostics: Diagnostic[] = [];
  const mayHaveFacts = getFactFilter(detectors, { registry, getFacts: (file) => context.getKeptFacts(file) });
  const seen = new SeenNames();
  const { scanned, unsorted } = scanAndMatch(context, files, mayHaveFacts, diagnostics, seen);
  diagnostics.push(...findExpiredExemptions(context, files), ...context.findSkippedLinks(only));
  const sorted = unsorted.sort(compareSites);
  const rootOf = (project: string) => context.projects.get(project)?.root ?? '.';
  const sites: Site[] = assignFingerprints(sorted, rootOf).map(({ specifier: _specifier, matchers: _matchers, ...site }) => site);
  // The detectors also need the specifier each SSOT binding was imported with; results do not carry it.
  const detectorSites: DetectorSite[] = sites.map((site, index) => {
    const specifier = sorted[index].specifier;
    return specifier === undefined ? site : { ...site, specifier };
  });
  return {
    files,
    sites,
    totals: computeTotals(sites, [...context.compiledByName.keys()]),
    diagnostics: diagnostics.sort(compareDiagnostics),
    matcherSites: countMatcherSites(sorted, registry.entries),
    seen,
    detections: detectFindings({ context, registry, detectors, files: scanned, sites: detectorSites, projects: only ?? [] }),
  };
}

type UnsortedSite = AnchoredSite & Pick<RawSite, 'specifier' | 'matchers'>;

/** Scan each file into facts (once) and match them against its entries; keep the facts the detectors read. */
function scanAndMatch(context: AnalysisContext, files: string[], mayHaveFacts: TextFilter | undefined, diagnostics: Diagnostic[], seen: SeenNames): { scanned: ScannedFile[]; unsorted: UnsortedSite[] } {
  const scanned: ScannedFile[] = [];
  const unsorted: UnsortedSite[] = [];
  for (const file of files) {
    const entries = context.getEntriesFor(file);
    const { sites: wantsSites, parse } = context.screenFile(file, entries.length > 0, mayHaveFacts);
    if (!parse) {
      context.releaseSiteFacts(file); // parsed for an export chain, maybe, and no sites to find
      continue;
    }
    const facts = context.getFacts(file, diagnostics);
    if (!facts) continue;
    seen.add(facts);
    const project = context.projects.getOwner(file);
    const sites = wantsSites ? findSites(facts, entries, context) : [];
    // What findSites alone reads goes now, not at the end of the run (tools/bench: peak RSS).
    scanned.push({ file, project, facts: context.releaseSiteFacts(file) ?? facts, entries });
    for (const raw of sites) {
      const site: UnsortedSite = { entry: raw.entry, side: raw.side, kind: raw.kind, file, line: raw.line, column: raw.column, text: raw.text, project, path: raw.path, lineHash: raw.lineHash };
      if (raw.pattern) site.pattern = raw.pattern;
      if (context.compiledByName.get(raw.entry)?.isExempt(file)) site.exempt = true;
      if (raw.specifier !== undefined) site.specifier = raw.specifier;
      if (raw.matchers !== undefined) site.matchers = raw.matchers;
      unsorted.push(site);
    }
  }
  return { scanned, unsorted };
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.code, b.code) || compareStrings(a.message, b.message);
}

/** An exemption past its `expires` that still covers analysed files fails the check (SPEC §6). */
function findExpiredExemptions(context: AnalysisContext, files: string[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const compiled of context.compiledByName.values()) {
    for (const exemption of compiled.expired) {
      const file = files.find((f) => exemption.matches(f) && compiled.appliesTo(context.projects.getOwnerInfo(f)));
      if (file === undefined) continue;
      diagnostics.push({
        file,
        line: 1,
        column: 1,
        code: 'expired-exemption',
        entry: compiled.entry.name,
        message: `exemption of ${compiled.entry.name} for ${exemption.files.join(', ')} expired on ${exemption.expires} (ssot.json entries[name=${compiled.entry.name}].exemptions[${exemption.index}]); its files count as bypasses again`,
      });
    }
  }
  return diagnostics;
}
