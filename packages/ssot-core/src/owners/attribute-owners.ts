import { DEFAULT_OWNERS, type NormalizedRegistry } from '../registry/normalized-registry';
import { compareStrings } from '../result/fingerprint';
import type { ProjectResult } from '../result/project-result';
import type { CodeOwners, Diagnostic } from '../result/project-result.generated';
import type { FileHost } from '../workspace/file-host';
import type { ProjectInfo } from '../workspace/workspace-projects';
import { findCodeowners } from './codeowners-locations';
import { NO_OWNER } from './owner-index';
import { createCodeownersMatcher } from './match-codeowners';
import { parseCodeowners } from './parse-codeowners';

/**
 * Adds `owners` to a project's result (SPEC §6): the owners of every file the result names (sites,
 * findings, the SSOT sources it owns, baseline items fixed or kept, files not analysed, diagnostics),
 * and per owner how many of `files` (the project's files selected for analysis) were analysed. The
 * report's `--owner` can then place all of it, a fixed item in a file with no site left included,
 * without the CODEOWNERS file. A finding about the whole workspace (file `.`) has no owner.
 */
export interface OwnerAttribution {
  attribute(result: ProjectResult, project: ProjectInfo, files?: readonly string[]): ProjectResult;
}

/**
 * Reads CODEOWNERS once per checker (batch mode checks many projects with one). Its unreadable
 * lines become diagnostics of the project that owns the CODEOWNERS file, so they are reported once.
 */
export function createOwnerAttribution(registry: NormalizedRegistry, host: FileHost, projects: readonly ProjectInfo[]): OwnerAttribution {
  const setting = registry.owners ?? DEFAULT_OWNERS;
  const found = setting.from === 'tags' ? undefined : findCodeowners(host);
  const from = setting.from === 'auto' ? (found ? 'codeowners' : 'tags') : setting.from;
  const parsed = found && parseCodeowners(found.text);
  const matcher = parsed && createCodeownersMatcher(parsed.rules);
  const problems: Diagnostic[] = [];
  if (found && parsed) {
    for (const problem of parsed.problems) {
      problems.push({ file: found.file, line: problem.line, column: 1, code: 'codeowners-line-skipped', message: `CODEOWNERS line skipped: ${problem.message}` });
    }
  } else if (from === 'codeowners') {
    problems.push({
      file: 'ssot.json',
      line: 1,
      column: 1,
      code: 'codeowners-missing',
      message: 'owners.from is "codeowners" but there is no .github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS or .gitlab/CODEOWNERS: add one, or set owners.from to "tags"',
    });
  }
  const reporter = findOwningProject(found?.file ?? '.', projects);
  return {
    attribute(result, project, selected) {
      const ownersOf = matcher ?? ((): string[] => project.tags.filter((tag) => tag.startsWith(setting.tagPrefix)).sort(compareStrings));
      const files: Record<string, string[]> = {};
      for (const file of [...namedFiles(result)].sort(compareStrings)) {
        const owners = file === '.' ? [] : ownersOf(file);
        if (owners.length > 0) files[file] = owners;
      }
      const filesAnalysed = selected && countAnalysedFiles(selected, result, ownersOf);
      const owners: CodeOwners = { from, ...(found && from === 'codeowners' ? { file: found.file } : {}), files, ...(filesAnalysed && { filesAnalysed }) };
      if (project.name !== reporter || problems.length === 0) return { ...result, owners };
      return { ...result, owners, diagnostics: [...result.diagnostics, ...problems].sort((a, b) => compareStrings(a.file, b.file) || a.line - b.line) };
    },
  };
}

/** Every file a result names; the SSOT sources too: the report places its workspace-level findings about an SSOT there. */
function namedFiles(result: ProjectResult): Set<string> {
  const { sites, findings, sources, baseline, notAnalysed, diagnostics } = result;
  return new Set(
    [sites, findings, sources, baseline.fixed, baseline.kept ?? [], notAnalysed ?? [], diagnostics].flatMap((list: readonly { file: string }[]) => list.map((item) => item.file)),
  );
}

/** Per owner (`(no owner)` for files nobody owns), the selected files that were analysed. */
function countAnalysedFiles(selected: readonly string[], result: ProjectResult, ownersOf: (file: string) => string[]): Record<string, number> {
  const skipped = new Set((result.notAnalysed ?? []).map((item) => item.file));
  const counts = new Map<string, number>();
  for (const file of selected) {
    if (skipped.has(file)) continue;
    const owners = ownersOf(file);
    for (const owner of owners.length > 0 ? owners : [NO_OWNER]) counts.set(owner, (counts.get(owner) ?? 0) + 1);
  }
  return Object.fromEntries([...counts].sort(([a], [b]) => compareStrings(a, b)));
}

/** The project whose root is the deepest folder containing `file` (`.` contains every file); else the first by name. */
function findOwningProject(file: string, projects: readonly ProjectInfo[]): string | undefined {
  const containing = projects.filter((p) => p.root === '.' || file === p.root || file.startsWith(`${p.root}/`));
  const candidates = containing.length > 0 ? containing : projects;
  return [...candidates].sort((a, b) => (containing.length > 0 ? b.root.length - a.root.length : 0) || compareStrings(a.name, b.name))[0]?.name;
}
