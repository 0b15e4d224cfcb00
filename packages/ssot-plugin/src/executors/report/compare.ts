import { join } from 'node:path';
import { logger, type ExecutorContext, type ProjectGraph } from '@nx/devkit';
import {
  compareWithRef,
  loadRegistry,
  renderCompareMarkdown,
  renderCompareSummary,
  renderGithubAnnotations,
  SsotUsageError,
  writeFileAtomic,
  type CompareReport,
  type ProjectWithDependencies,
} from 'ssot-core';
import { toWorkspaceProjects } from '../check/workspace-projects';
import { checkOwnerKnown } from './check-owner-known';
import { openFactsCacheForHistory } from './facts-cache-for-history';
import { readResultOf } from './read-result-of';
import { failOnUserError, finishReport } from './report-outcome';
import { normalizeReportOptions } from './normalize-options';
import type { ReportExecutorSchema } from './schema';

export const COMPARE_FORMATS = ['terminal', 'markdown', 'json', 'github'] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];
const DEFAULT_FORMATS: CompareFormat[] = ['terminal', 'markdown', 'json'];
const FILES: Partial<Record<CompareFormat, { name: string; render: (report: CompareReport) => string }>> = {
  markdown: { name: 'compare.md', render: renderCompareMarkdown },
  json: { name: 'compare.json', render: (report) => `${JSON.stringify(report, null, 2)}\n` },
};

/**
 * `ssot-report --compare=<ref>`: the working tree (the projects' cached check results) against the
 * merge base of a ref. Writes compare.md and compare.json, prints a summary and, with
 * `--format=github`, the annotations; fails as `ssot-check` would on a new unknown bypass of an error entry.
 */
export async function runCompare(options: ReportExecutorSchema & { compare: string }, context: ExecutorContext): Promise<{ success: boolean }> {
  return failOnUserError(async () => {
    if (options.record === true) {
      throw new SsotUsageError('ssot-report: --compare and --record do not go together: --record appends the report of the working tree to the history. Run them as two commands.');
    }
    const formats = readCompareFormats(options.format);
    const normalized = normalizeReportOptions({ ...options, format: undefined }, context);
    const regenerate = `nx run-many -t ${normalized.checkTarget} --skip-nx-cache`;
    const results = normalized.resultFiles.map(({ project, file }) => readResultOf(project, join(context.root, file), file, regenerate));
    if (normalized.owner !== undefined) checkOwnerKnown(normalized.owner, results);
    const facts = openFactsCacheForHistory(context.root);
    const report = await compareWithRef({
      workspaceRoot: context.root,
      ref: options.compare,
      registry: loadRegistry(context.root, normalized.registry),
      registryFile: normalized.registry,
      projects: withDependencies(context.projectGraph),
      results,
      notInputs: [normalized.outputDir, normalized.history],
      today: normalized.today,
      baselineCommand: (project) => `nx run ${project}:ssot-baseline`,
      ...(facts.scan && { scan: facts.scan }),
      ...(normalized.owner !== undefined && { owner: normalized.owner }),
    }).finally(() => facts.flush());
    const written: string[] = [];
    for (const format of formats) {
      const file = FILES[format];
      if (!file) continue;
      writeFileAtomic(join(normalized.outputPath, file.name), file.render(report));
      written.push(`${normalized.outputDir}/${file.name}`);
    }
    if (formats.includes('terminal')) for (const line of renderCompareSummary(report)) logger.info(line);
    if (formats.includes('github')) for (const line of renderGithubAnnotations(report)) logger.info(line);
    return finishReport(written, report.failures);
  });
}

function readCompareFormats(value: ReportExecutorSchema['format']): CompareFormat[] {
  if (value === undefined) return DEFAULT_FORMATS;
  const names = (Array.isArray(value) ? value : value.split(',')).map((name) => name.trim()).filter(Boolean);
  const isFormat = (name: string): name is CompareFormat => (COMPARE_FORMATS as readonly string[]).includes(name);
  if (names.length === 0 || !names.every(isFormat)) {
    throw new SsotUsageError(`ssot-report: with --compare, option "format" takes ${COMPARE_FORMATS.join(', ')} (a list or comma-separated), found "${names.join(',')}".`);
  }
  return [...new Set(names.filter(isFormat))];
}

/** The graph's projects with the projects each depends on: a dependency's change changes its dependents' checks. */
function withDependencies(graph: ProjectGraph): (ProjectWithDependencies & { tags: string[] })[] {
  return toWorkspaceProjects(graph).map((project) => ({
    ...project,
    dependencies: (graph.dependencies[project.name] ?? []).map((edge) => edge.target).filter((target) => graph.nodes[target] !== undefined),
  }));
}
