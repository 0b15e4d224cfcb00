import { DEFAULT_OWNERS, type NormalizedRegistry } from '../registry/normalized-registry';
import { compareStrings } from '../result/fingerprint';
import type { ProjectResult } from '../result/project-result';
import type { CodeOwners, Diagnostic } from '../result/project-result.generated';
import type { FileHost } from '../workspace/file-host';
import type { ProjectInfo } from '../workspace/workspace-projects';
import { findCodeowners } from './codeowners-locations';
import { createCodeownersMatcher } from './match-codeowners';
import { parseCodeowners } from './parse-codeowners';

/**
 * Adds `owners` to a project's result (SPEC §6): the owners of every file with a site or finding, and
 * of the SSOT sources it owns. A finding about the whole workspace (file `.`) has no owner.
 */
export interface OwnerAttribution {
  attribute(result: ProjectResult, project: ProjectInfo): ProjectResult;
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
    attribute(result, project) {
      const ownersOf = matcher ?? ((): string[] => project.tags.filter((tag) => tag.startsWith(setting.tagPrefix)).sort(compareStrings));
      const files: Record<string, string[]> = {};
      // The SSOT sources too: the report places its workspace-level findings about an SSOT there.
      const placed = new Set([...result.sites.map((site) => site.file), ...result.findings.map((finding) => finding.file), ...result.sources.map((source) => source.file)]);
      for (const file of [...placed].sort(compareStrings)) {
        const owners = file === '.' ? [] : ownersOf(file);
        if (owners.length > 0) files[file] = owners;
      }
      const owners: CodeOwners = { from, ...(found && from === 'codeowners' ? { file: found.file } : {}), files };
      if (project.name !== reporter || problems.length === 0) return { ...result, owners };
      return { ...result, owners, diagnostics: [...result.diagnostics, ...problems].sort((a, b) => compareStrings(a.file, b.file) || a.line - b.line) };
    },
  };
}

/** The project whose root is the deepest folder containing `file` (`.` contains every file); else the first by name. */
function findOwningProject(file: string, projects: readonly ProjectInfo[]): string | undefined {
  const containing = projects.filter((p) => p.root === '.' || file === p.root || file.startsWith(`${p.root}/`));
  const candidates = containing.length > 0 ? containing : projects;
  return [...candidates].sort((a, b) => (containing.length > 0 ? b.root.length - a.root.length : 0) || compareStrings(a.name, b.name))[0]?.name;
}
