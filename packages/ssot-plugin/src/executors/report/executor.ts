import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { logger, type ExecutorContext } from '@nx/devkit';
import {
  buildReport,
  collectSiteDetails,
  loadRegistry,
  parseHistory,
  REPORT_FILE_NAMES,
  REPORTERS,
  serializeHistoryPoint,
  writeFileAtomic,
  type TrendPoint,
} from 'ssot-core';
import { toWorkspaceProjects } from '../check/workspace-projects';
import { runBackfill } from './backfill';
import { runCompare } from './compare';
import { checkOwnerKnown } from './check-owner-known';
import { readResultOf } from './read-result-of';
import { failOnUserError, finishReport } from './report-outcome';
import { normalizeReportOptions } from './normalize-options';
import type { ReportExecutorSchema } from './schema';

/**
 * `ssot-plugin:report`: merge every project's cached `ssot-check` result (never rescanning
 * sources), score, render each format, optionally record a history snapshot, and fail on the
 * report's failures (minCoverage, minHealth, coverage that fell, and workspace warnings under strict).
 */
export default async function reportExecutor(options: ReportExecutorSchema, context: ExecutorContext): Promise<{ success: boolean }> {
  if (options.backfill === true) return runBackfill(options, context);
  if (options.compare !== undefined) return runCompare({ ...options, compare: options.compare }, context);
  return failOnUserError(async () => {
    const normalized = normalizeReportOptions(options, context);
    const projects = toWorkspaceProjects(context.projectGraph);
    // Patterns that match no project are judged by buildReport, with the other workspace warnings.
    const registry = loadRegistry(context.root, normalized.registry);
    const regenerate = `nx run-many -t ${normalized.checkTarget} --skip-nx-cache`;
    const results = normalized.resultFiles.map(({ project, file }) => readResultOf(project, join(context.root, file), file, regenerate));
    if (normalized.owner !== undefined) checkOwnerKnown(normalized.owner, results);
    const historyPath = join(context.root, normalized.history);
    const history = existsSync(historyPath) ? parseHistory(readFileSync(historyPath, 'utf8'), normalized.history) : [];
    const report = buildReport({
      registry,
      results,
      today: normalized.today,
      commit: normalized.commit,
      history,
      baselineDate: normalized.baselineDate,
      validateCommand: (project) => `nx run ${project}:${normalized.checkTarget}`,
      projects,
      registryFile: normalized.registry,
      registryText: readFileSync(join(context.root, normalized.registry), 'utf8'), // loaded above: it exists
      strict: normalized.strict,
      ...(normalized.owner !== undefined && { owner: normalized.owner }),
    });
    // The page drills down to every site: the results' own, not a copy in report.json.
    const html = normalized.formats.includes('html') ? { details: collectSiteDetails({ registry, results, owner: normalized.owner }), linkTemplate: normalized.linkTemplate } : {};
    const written: string[] = [];
    for (const format of normalized.formats) {
      const fileName = REPORT_FILE_NAMES[format];
      if (fileName === null) continue;
      writeFileAtomic(join(normalized.outputPath, fileName), REPORTERS[format](report, format === 'html' ? html : {}));
      written.push(`${normalized.outputDir}/${fileName}`);
    }
    if (normalized.formats.includes('terminal')) {
      logger.info(REPORTERS.terminal(report, { color: process.stdout.isTTY === true && !process.env.NO_COLOR }));
    } else if (report.diagnostics.workspace.length > 0) {
      // Without the terminal summary the warnings would be silent here: say where they are.
      logger.warn(`ssot-report: ${report.diagnostics.workspace.length} workspace warning(s); see the diagnostics section of the report files`);
    }
    if (normalized.record) recordSnapshot(historyPath, normalized.history, history, report.trend.points[report.trend.points.length - 1]);
    return finishReport(written, report.failures);
  });
}

/** Appends this run; a second run on the same day and commit replaces its own line. */
function recordSnapshot(path: string, file: string, history: TrendPoint[], current: TrendPoint): void {
  const kept = history.filter((point) => !(point.date === current.date && point.commit === current.commit));
  writeFileAtomic(path, [...kept, current].map(serializeHistoryPoint).join(''));
  logger.info(`ssot-report: recorded ${current.date}${current.commit ? ` (${current.commit})` : ''} in ${file}`);
}
