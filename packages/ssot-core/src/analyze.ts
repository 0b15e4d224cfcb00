import { SsotUsageError } from './errors';
import { configureDetectors } from './detectors/configure-detectors';
import { getFactsRead } from './detectors/detect-findings';
import { createOwnerAttribution } from './owners/attribute-owners';
import { finalizeFindings } from './detectors/finalize-findings';
import { collectWorkspaceFindings } from './detectors/workspace-findings';
import type { NormalizedRegistry } from './registry/normalized-registry';
import { getBaselinePath, readBaseline, serializeBaseline, toBaselineItems } from './result/baseline';
import { computeTotals } from './result/compute-totals';
import type { ProjectResult } from './result/project-result';
import type { Finding } from './result/project-result.generated';
import type { Diagnostic, EntryTotals, Site } from './result/site';
import { analyzeFiles } from './stages/analyze-files';
import { buildProjectResult, findOwnedSources } from './stages/build-project-result';
import { compileRegistry } from './stages/compile-registry';
import { indexWorkspace, type IndexWorkspaceOptions } from './stages/index-workspace';
import type { FileHost } from './workspace/file-host';
import type { ProjectInfo } from './workspace/workspace-projects';

/** A project as the workspace defines it (from Nx's project graph in the plugin). */
export type WorkspaceProject = ProjectInfo;

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
  /** The scan, or a persistent cache in front of it. */
  scan?: IndexWorkspaceOptions['scan'];
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
 * The pipeline (STYLE 1), each stage a function from plain data to plain data:
 * compile the registry → index the workspace → select, scan and match the files, detect per
 * project (`analyzeFiles`) → workspace-level findings → one result, findings fingerprinted once.
 */
export function analyze(options: AnalyzeOptions): AnalysisResult {
  const compiled = compileRegistry(options.registry, options.today);
  const detectors = configureDetectors(options.registry);
  const index = indexWorkspace({ ...options, interest: compiled.interest, keep: getFactsRead(detectors) });
  const { detections, seen: _seen, ...analysis } = analyzeFiles(index, compiled, detectors, options.only);
  const findings = [...detections.values()].flatMap((detection) => detection.findings);
  if (options.only === undefined) {
    const facts = [...detections].map(([project, detection]) => ({ project, ...detection, sources: findOwnedSources(index, options.registry, project) }));
    findings.push(...collectWorkspaceFindings(facts, options.registry));
  }
  const totals = computeTotals(analysis.sites, options.registry.entries.map((entry) => entry.name));
  return { ...analysis, totals, findings: finalizeFindings(findings) };
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
 * Checks projects of one workspace one after another and shares the workspace index: a
 * dependency's barrel is parsed once, not once per importing project, and module resolution and
 * export chains are shared. What Nx batch mode runs; each result equals `checkProject`'s.
 */
export interface ProjectChecker {
  check(project: string, options?: CheckOptions): ProjectResult;
}

export function createProjectChecker(options: Omit<AnalyzeOptions, 'only'>): ProjectChecker {
  const compiled = compileRegistry(options.registry, options.today);
  const detectors = configureDetectors(options.registry);
  const index = indexWorkspace({ ...options, interest: compiled.interest, keep: getFactsRead(detectors) });
  const owners = createOwnerAttribution(options.registry, index.host, options.projects);
  return {
    check(name, { updateCommand = defaultUpdateCommand(name), ignoreBaseline = false } = {}) {
      const project = index.projects.get(name);
      if (!project) {
        throw new SsotUsageError(`Unknown project "${name}": it is not in the workspace's project graph. Run \`nx show projects\` to list the projects.`);
      }
      const analysis = analyzeFiles(index, compiled, detectors, [project.name]);
      const baselineFile = getBaselinePath(project.root);
      const baseline = ignoreBaseline ? undefined : readBaseline(index.host, baselineFile, updateCommand);
      const applicable = compiled.entries.filter((entry) => entry.appliesTo(project)).map((entry) => entry.entry.name);
      return owners.attribute(buildProjectResult(index, options.registry, { project, analysis, applicable, baseline, baselineFile, updateCommand }), project, analysis.files);
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
