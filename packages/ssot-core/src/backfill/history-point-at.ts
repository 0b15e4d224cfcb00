import { createProjectChecker, type AnalyzeOptions } from '../analyze';
import { SsotConfigError } from '../errors';
import type { CatFileBatch } from '../git/cat-file-batch';
import type { BackfillPoint } from '../git/backfill-commits';
import { openGitTreeHost } from '../git/git-tree-host';
import { findProjectsAtCommit } from '../compare/projects-at-commit';
import { parseRegistry } from '../registry/load-registry';
import type { NormalizedRegistry } from '../registry/normalized-registry';
import { buildReport } from '../report/build-report';
import type { TrendPoint } from '../report/report-model';
import type { ProjectInfo } from '../workspace/workspace-projects';

export interface HistoryPointOptions {
  workspaceRoot: string;
  point: BackfillPoint;
  /** The run's one long-lived reader, and its blob texts shared across commits. */
  reader: CatFileBatch;
  texts: Map<string, string>;
  /** Today's registry: used when the commit has none, or one this version cannot read. */
  registry: NormalizedRegistry;
  registryFile: string;
  /** The current graph's projects, placed in the commit's tree. */
  projects: ProjectInfo[];
  /** The scan, or a facts cache in front of it: a file unchanged between two commits is parsed once. */
  scan?: AnalyzeOptions['scan'];
}

export interface HistoryPointAt {
  /** With `registry: { from: 'today', reason }` when the commit had no registry, or one this version cannot read. */
  point: TrendPoint;
}

type TodaysRegistryReason = NonNullable<TrendPoint['registry']>['reason'];

/**
 * One history point computed from a commit (SPEC §7 backfill), read from the object database:
 * every project at that commit checked with that commit's registry, exemptions judged on the
 * commit's UTC day, then the report's health and per-entry coverage.
 */
export async function computeHistoryPointAt(options: HistoryPointOptions): Promise<HistoryPointAt> {
  const { point } = options;
  const host = await openGitTreeHost({ workspaceRoot: options.workspaceRoot, commit: point.commit, reader: options.reader, texts: options.texts });
  const { registry, todaysRegistry } = readRegistryAt(host.readFile(options.registryFile), options);
  const { projects } = findProjectsAtCommit(options.projects, host);
  const checker = createProjectChecker({ workspaceRoot: options.workspaceRoot, registry, projects, host, today: point.day, ...(options.scan && { scan: options.scan }) });
  const results = projects.map((project) => checker.check(project.name, { ignoreBaseline: true }));
  const report = buildReport({ registry, results, today: point.day, commit: point.commit.slice(0, 12), projects });
  const computed = report.trend.points[report.trend.points.length - 1];
  return { point: todaysRegistry ? { ...computed, registry: { from: 'today', reason: todaysRegistry } } : computed };
}

function readRegistryAt(text: string | undefined, options: HistoryPointOptions): { registry: NormalizedRegistry; todaysRegistry?: TodaysRegistryReason } {
  if (text === undefined) return { registry: options.registry, todaysRegistry: 'absent' };
  try {
    return { registry: parseRegistry(text, options.registryFile) };
  } catch (error) {
    if (!(error instanceof SsotConfigError)) throw error;
    return { registry: options.registry, todaysRegistry: 'unreadable' };
  }
}
