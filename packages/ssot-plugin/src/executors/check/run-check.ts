import { logger } from '@nx/devkit';
import {
  createFactsCache,
  createFileSystemHost,
  createProjectChecker,
  scanFile,
  evaluateEnforcement,
  getBaselinePath,
  loadRegistry,
  parseBaseline,
  serializeProjectResult,
  SsotConfigError,
  SsotError,
  writeFileAtomic,
  type ConfigProblem,
  type FactsCache,
  type NormalizedRegistry,
  type ProjectChecker,
} from 'ssot-core';
import { getFactsCacheDirectory } from './facts-cache-location';
import { formatBaselineUpdate, formatCheckSummary, formatRegistryWarning } from './format-summary';
import { normalizeCheckOptions } from './normalize-options';
import type { CheckExecutorSchema } from './schema';
import type { CheckWorkspace } from './workspace-projects';
import { writeBaseline } from './write-baseline';

/** One `ssot-check` task: the project Nx runs it for and the target's options. */
export interface CheckTask {
  project: string | undefined;
  options: CheckExecutorSchema;
}

/** Where a check's lines go: Nx's logger for one task, each task's own terminal output in a batch. */
export interface CheckOutput {
  info(line: string): void;
  warn(line: string): void;
  error(line: string): void;
}

interface SharedChecker {
  registry: NormalizedRegistry;
  checker: ProjectChecker;
  /**
   * The registry's warnings (patterns that match no project). They concern the whole workspace, not
   * one task's project, so no task prints them: a batch prints them once (see `registryWarnings`),
   * and the report lists them under diagnostics.
   */
  warnings: ConfigProblem[];
}

/**
 * One checker per registry and day, shared by every task that names them: in a batch the projects'
 * common files are parsed once. For a single task it holds just the one.
 */
export class CheckSession {
  private readonly checkers = new Map<string, SharedChecker>();
  private factsCache: FactsCache | undefined;

  constructor(private readonly workspace: CheckWorkspace) {}

  /** `ssot-plugin:check` for one task: analyse, write the result (or the baseline), print; true on success. */
  run(task: CheckTask, output: CheckOutput): boolean {
    try {
      const normalized = normalizeCheckOptions(task.options, task.project, this.workspace);
      const { registry, checker } = this.getChecker(normalized.registry, normalized.today, normalized.factsCache);
      const ignoreBaseline = normalized.updateBaseline && this.isBaselineDamaged(normalized.project, normalized.updateCommand, output);
      const result = checker.check(normalized.project, { updateCommand: normalized.updateCommand, ignoreBaseline });
      writeFileAtomic(normalized.outputPath, serializeProjectResult(result));
      if (normalized.updateBaseline) {
        const written = writeBaseline(this.workspace.root, result, normalized.updateCommand);
        for (const line of formatBaselineUpdate(result, written)) output.info(line);
        return true;
      }
      const outcome = evaluateEnforcement(result, registry);
      for (const line of formatCheckSummary(result, outcome, normalized.outputFile, normalized.updateCommand)) output.info(line);
      return outcome.success;
    } catch (error) {
      // The user's mistake (registry, options): the message names the place and the fix; no stack.
      if (error instanceof SsotError) {
        output.error(error.message);
        return false;
      }
      throw error;
    } finally {
      this.factsCache?.flush(); // per task: a batch lane may be stopped between two tasks
    }
  }

  /**
   * The registry warnings of the registries these tasks use, each line once, for a batch to print
   * once. A task whose options or registry are wrong is skipped here: its own run names the error.
   */
  registryWarnings(tasks: readonly CheckTask[]): string[] {
    const lines = new Set<string>();
    for (const task of tasks) {
      try {
        const normalized = normalizeCheckOptions(task.options, task.project, this.workspace);
        for (const warning of this.getChecker(normalized.registry, normalized.today, normalized.factsCache).warnings) lines.add(formatRegistryWarning(warning));
      } catch (error) {
        if (!(error instanceof SsotError)) throw error;
      }
    }
    return [...lines];
  }

  private getChecker(registryPath: string, today: string | undefined, useFactsCache: boolean): SharedChecker {
    const key = `${registryPath}\u0000${today ?? ''}\u0000${useFactsCache}`;
    let shared = this.checkers.get(key);
    if (!shared) {
      const warnings: ConfigProblem[] = [];
      const { root, projects } = this.workspace;
      const registry = loadRegistry(root, registryPath, { projects, onWarning: (warning) => warnings.push(warning) });
      const scan = useFactsCache ? this.getFactsCache().wrap(scanFile) : undefined;
      const checker = createProjectChecker({ workspaceRoot: root, registry, projects, today, scan });
      shared = { registry, checker, warnings };
      this.checkers.set(key, shared);
    }
    return shared;
  }

  /** One per session (process or batch lane); its one problem line, if any, shows with NX_VERBOSE_LOGGING. */
  private getFactsCache(): FactsCache {
    this.factsCache ??= createFactsCache({ directory: getFactsCacheDirectory(this.workspace.root), debug: (line) => logger.verbose(line) });
    return this.factsCache;
  }

  /**
   * `--update-baseline` is the fix a damaged baseline's message names, so it must not trip over that
   * baseline: the damaged file is set aside (with a warning) and replaced by this run's.
   */
  private isBaselineDamaged(project: string, regenerate: string, output: CheckOutput): boolean {
    const projectRoot = this.workspace.projects.find((p) => p.name === project)?.root;
    if (projectRoot === undefined) return false; // the checker names the unknown project
    const file = getBaselinePath(projectRoot);
    // Read as the check reads it: confined to the workspace (a link out of it is no baseline).
    const text = createFileSystemHost(this.workspace.root).readFile(file);
    if (text === undefined) return false;
    try {
      parseBaseline(text, file, regenerate);
      return false;
    } catch (error) {
      if (!(error instanceof SsotConfigError)) throw error;
      const where = error.problems.map((problem) => `${problem.path}, found ${problem.found}`).join('; ');
      output.warn(`ssot-check: the baseline ${file} is damaged (${where}); ${regenerate} replaces it with this run's bypasses.`);
      return true;
    }
  }
}
