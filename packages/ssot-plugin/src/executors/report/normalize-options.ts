import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { ExecutorContext } from '@nx/devkit';
import { checkLinkTemplate, isReportFormat, SsotUsageError, usesCommit, type ReportFormat, REPORT_FORMATS } from 'ssot-core';
import { checkCalendarDate, insideWorkspace, resolveTokens } from '../check/normalize-options';
import type { ReportExecutorSchema } from './schema';

const TOOL = 'ssot-report';

export interface NormalizedReportOptions {
  formats: ReportFormat[];
  /** Workspace-relative and absolute. */
  outputDir: string;
  outputPath: string;
  registry: string;
  history: string;
  record: boolean;
  baselineDate?: string;
  today: string;
  commit?: string;
  /** Each project that has the check target → its result file (workspace-relative). */
  resultFiles: { project: string; file: string }[];
  checkTarget: string;
  /** Fail on workspace warnings (the registry's `strict` also does). */
  strict: boolean;
  /** Only this code owner's code (--owner). */
  owner?: string;
  /** report.html: an http(s) URL with {file}, {line}, {commit} for every place (--link-template). */
  linkTemplate?: string;
}

export function normalizeReportOptions(options: ReportExecutorSchema, context: ExecutorContext): NormalizedReportOptions {
  const checkTarget = options.checkTarget ?? 'ssot-check';
  const outputDir = insideWorkspace(context.root, options.outputDir ?? 'dist/ssot', 'outputDir', TOOL);
  const record = options.record === true;
  if (options.owner !== undefined && record) {
    throw new SsotUsageError(`ssot-report: --owner=${options.owner} reports part of the workspace, so it cannot be recorded in the history: run --record without --owner.`);
  }
  const linkTemplate = options.linkTemplate === undefined ? undefined : checkLinkTemplate(undoNxPathJoin(options.linkTemplate));
  const needsCommit = record || (linkTemplate !== undefined && usesCommit(linkTemplate));
  const commit = options.commit ?? (needsCommit ? readCommit(context.root) : undefined);
  if (linkTemplate !== undefined && usesCommit(linkTemplate) && commit === undefined) {
    throw new SsotUsageError(`ssot-report: option "linkTemplate" (--link-template) uses {commit}, but git named no commit here: pass --commit=<sha>, or leave {commit} out of the template (e.g. a branch name).`);
  }
  return {
    formats: readFormats(options.format),
    outputDir,
    outputPath: resolve(context.root, outputDir),
    registry: insideWorkspace(context.root, options.registry ?? 'ssot.json', 'registry', TOOL),
    history: insideWorkspace(context.root, options.history ?? 'ssot-history.jsonl', 'history', TOOL),
    record,
    baselineDate: options.baselineDate === undefined ? undefined : checkCalendarDate(options.baselineDate, 'baselineDate', TOOL),
    today: options.today === undefined ? new Date().toISOString().slice(0, 10) : checkCalendarDate(options.today, 'today', TOOL),
    commit,
    resultFiles: findResultFiles(context, checkTarget),
    checkTarget,
    strict: options.strict === true,
    ...(options.owner !== undefined && { owner: options.owner }),
    ...(linkTemplate !== undefined && { linkTemplate }),
  };
}

function readFormats(value: ReportExecutorSchema['format']): ReportFormat[] {
  if (value === undefined) return [...REPORT_FORMATS];
  const names = (Array.isArray(value) ? value : value.split(',')).map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !isReportFormat(name));
  if (unknown.length > 0 || names.length === 0) {
    throw new SsotUsageError(`ssot-report: option "format" takes ${REPORT_FORMATS.join(', ')} (a list or comma-separated), found "${names.join(',')}".`);
  }
  return [...new Set(names.filter(isReportFormat))];
}

/** The result file of every project that has the check target, as its options name it. */
function findResultFiles(context: ExecutorContext, checkTarget: string): { project: string; file: string }[] {
  const files: { project: string; file: string }[] = [];
  for (const node of Object.values(context.projectGraph.nodes)) {
    const target = node.data.targets?.[checkTarget];
    if (!target) continue;
    const configured = target.options?.outputFile;
    const outputFile = typeof configured === 'string' ? configured : 'dist/ssot/projects/{projectName}.json';
    files.push({ project: node.name, file: insideWorkspace(context.root, resolveTokens(outputFile, node.name, node.data.root), 'outputFile') });
  }
  return files.sort((a, b) => (a.project < b.project ? -1 : a.project > b.project ? 1 : 0));
}

function readCommit(root: string): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined; // not a git checkout: the snapshot is recorded without a commit
  }
}

/**
 * Nx interpolates every command-line override that holds `{…}` as if it were an output path: it
 * splits it on `/` and joins the parts again, so `https://host/{file}` reaches the executor as
 * `https:/host/{file}` (`interpolateOverrides`, in every Nx version ssot supports). A scheme followed by one slash is never
 * what anyone typed, so the second slash is put back; a template set in the target's options is
 * not touched by Nx and passes unchanged.
 */
export function undoNxPathJoin(template: string): string {
  return template.replace(/^(https?):\/(?!\/)/i, '$1://');
}
