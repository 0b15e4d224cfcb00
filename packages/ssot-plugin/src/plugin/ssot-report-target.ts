import type { TargetConfiguration } from '@nx/devkit';
import type { ReportExecutorSchema } from '../executors/report/schema';
import type { NormalizedPluginOptions } from './plugin-options';
import { TOOL_VERSIONS_INPUT, UTC_DATE_INPUT } from './ssot-check-target';

export const REPORT_EXECUTOR = 'ssot-plugin:report';
export const REPORT_FILES = ['report.md', 'report.json', 'report.sarif', 'report.html'];

/**
 * The cached workspace report (SPEC §7) on the root project: it depends on the check of every
 * project, so Nx replays what is cached, and its inputs are those results (never the sources),
 * the registry, the history file, the tool's version and the date. Every project means `projects:
 * ['*']` (the root project's own check included; projects without the target are skipped), not
 * `^` over implicit dependencies on `*`: those would make the root check's `^` inputs every file.
 */
export function buildSsotReportTarget(options: NormalizedPluginOptions): TargetConfiguration<ReportExecutorSchema> {
  return {
    executor: REPORT_EXECUTOR,
    cache: true,
    dependsOn: [{ target: options.targetName, projects: ['*'] }],
    inputs: [
      { dependentTasksOutputFiles: '**/*.json', transitive: true },
      `{workspaceRoot}/${options.registry}`,
      `{workspaceRoot}/${options.history}`,
      { runtime: TOOL_VERSIONS_INPUT },
      { runtime: UTC_DATE_INPUT },
    ],
    outputs: REPORT_FILES.map((file) => `{workspaceRoot}/${options.reportDir}/${file}`),
    options: { outputDir: options.reportDir, registry: options.registry, checkTarget: options.targetName, history: options.history },
    metadata: {
      description: `Merges every project's ${options.targetName} result into the SSOT report (${options.reportDir}/report.{md,json,sarif,html}); fails below minCoverage or minHealth, or when coverage fell`,
      technologies: ['typescript'],
    },
  };
}
