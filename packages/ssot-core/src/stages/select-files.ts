import { SsotUsageError } from '../errors';
import type { Diagnostic } from '../result/site';
import type { CompiledRegistry } from './compile-registry';
import type { WorkspaceIndex } from './index-workspace';

/**
 * The analysed files, sorted: include minus exclude, limited to the files the projects in `only`
 * own (every workspace file when `only` is absent).
 */
export function selectFiles(index: WorkspaceIndex, compiled: CompiledRegistry, only?: readonly string[]): string[] {
  let candidates: string[];
  if (only === undefined) {
    candidates = index.host.listFiles();
  } else {
    const owned = new Set<string>();
    for (const name of only) {
      const project = index.projects.get(name);
      if (!project) throw new SsotUsageError(`Unknown project "${name}".`);
      for (const file of index.host.listFiles(project.root)) if (index.projects.getOwner(file) === name) owned.add(file);
    }
    candidates = [...owned].sort();
  }
  return candidates.filter((file) => compiled.isAnalysed(file));
}

/** Symbolic links in the analysed scope that were passed over, as diagnostics naming each. */
export function findSkippedLinks(index: WorkspaceIndex, compiled: CompiledRegistry, only?: readonly string[]): Diagnostic[] {
  const roots = only === undefined ? ['.'] : only.map((name) => index.projects.get(name)?.root ?? '.');
  const links = new Set<string>();
  for (const root of roots) for (const link of index.host.listSkippedLinks?.(root) ?? []) links.add(link);
  const inScope = (link: string) => (only === undefined || only.includes(index.projects.getOwner(link))) && !compiled.isExcluded(link);
  return [...links].filter(inScope).sort().map((file) => ({
    file,
    line: 1,
    column: 1,
    code: 'symlink-skipped',
    message: 'not followed: a symbolic link (ssot never follows links, so loops and files outside the workspace cannot change a result); if it holds sources, move them into the workspace or exclude the link in ssot.json',
  }));
}

/** An exemption past its `expires` that still covers analysed files fails the check (SPEC §6). */
export function findExpiredExemptions(index: WorkspaceIndex, compiled: CompiledRegistry, files: readonly string[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const entry of compiled.entries) {
    for (const exemption of entry.expired) {
      const file = files.find((f) => exemption.matches(f) && entry.appliesTo(index.projects.getOwnerInfo(f)));
      if (file === undefined) continue;
      diagnostics.push({
        file,
        line: 1,
        column: 1,
        code: 'expired-exemption',
        entry: entry.entry.name,
        message: `exemption of ${entry.entry.name} for ${exemption.files.join(', ')} expired on ${exemption.expires} (ssot.json entries[name=${entry.entry.name}].exemptions[${exemption.index}]); its files count as bypasses again`,
      });
    }
  }
  return diagnostics;
}
