import { compareStrings } from '../result/fingerprint';
import type { ImportPaths } from '../result/project-result.generated';
import type { DetectorSite, ProjectFacts } from './detector';

export interface ImportPathsInput {
  sites: readonly DetectorSite[];
  /** The project that owns the entry's source, if any: its own files import it however they like. */
  getOwnerProject(entry: string): string | undefined;
  /** A relative specifier → the workspace file it resolves to (so `../x` and `../../x` compare equal). */
  resolveRelative(file: string, specifier: string): string | undefined;
  getCanonical(entry: string): string | undefined;
}

/**
 * The per-project fact behind multiple-import-paths: for each SSOT, how many sites of this project
 * reach it through each specifier (usages and factory bypasses; exempt sites left out).
 */
export function collectImportPaths(input: ImportPathsInput): ImportPaths[] {
  const byEntry = new Map<string, Map<string, number>>();
  for (const site of input.sites) {
    if (site.specifier === undefined || site.exempt) continue;
    const owner = input.getOwnerProject(site.entry);
    if (owner !== undefined && owner === site.project) continue;
    const specifier = isRelative(site.specifier) ? (input.resolveRelative(site.file, site.specifier) ?? site.specifier) : site.specifier;
    const counts = byEntry.get(site.entry) ?? new Map<string, number>();
    counts.set(specifier, (counts.get(specifier) ?? 0) + 1);
    byEntry.set(site.entry, counts);
  }
  return [...byEntry.entries()].map(([entry, counts]) => toImportPaths(entry, input.getCanonical(entry), counts)).sort((a, b) => compareStrings(a.entry, b.entry));
}

/** Every project's import paths summed per entry and specifier (the workspace view). */
export function sumImportPaths(results: readonly ProjectFacts[]): ImportPaths[] {
  const byEntry = new Map<string, { canonical?: string; counts: Map<string, number> }>();
  for (const result of results) {
    for (const paths of result.importPaths) {
      const merged = byEntry.get(paths.entry) ?? { counts: new Map<string, number>() };
      merged.canonical ??= paths.canonical;
      for (const { specifier, count } of paths.specifiers) merged.counts.set(specifier, (merged.counts.get(specifier) ?? 0) + count);
      byEntry.set(paths.entry, merged);
    }
  }
  return [...byEntry.entries()].map(([entry, merged]) => toImportPaths(entry, merged.canonical, merged.counts)).sort((a, b) => compareStrings(a.entry, b.entry));
}

function toImportPaths(entry: string, canonical: string | undefined, counts: ReadonlyMap<string, number>): ImportPaths {
  const specifiers = [...counts.entries()].map(([specifier, count]) => ({ specifier, count })).sort((a, b) => compareStrings(a.specifier, b.specifier));
  return canonical === undefined ? { entry, specifiers } : { entry, canonical, specifiers };
}

function isRelative(specifier: string): boolean {
  return specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../');
}
