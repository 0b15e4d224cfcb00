/**
 * Per project, the closest names its code uses to each part of the registry that matched nothing
 * there: the vocabulary of "did you mean …?" that the report needs, since only it can tell that a
 * matcher matched nothing anywhere. Written into the project's result, so small: only parts with
 * no site in the project, only names within the edit-distance threshold (closest-name.ts).
 */
import type { NormalizedEntry } from '../registry/normalized-registry';
import type { ClosestNames } from './closest-name';
import { findClosestNames } from './closest-name';
import type { SeenNames } from './seen-names';

export interface NearName extends ClosestNames {
  entry: string;
  /** The part of the entry, as a JSON path below it: `bypasses[1].import`, `module`. */
  at: string;
}

export interface NearNameInput {
  /** The entries that apply to the project. */
  entries: readonly NormalizedEntry[];
  /** Per entry, the sites of each bypass matcher in the project (`matcherSites`). */
  matcherSites: Readonly<Record<string, readonly number[]>>;
  /** Per entry, whether the project has any site of it. */
  hasSites: (entry: string) => boolean;
  seen: SeenNames;
  /** The project's files, workspace-relative: an import matcher may name a file. */
  files: readonly string[];
}

/**
 * Root names of globals a matcher may name, for a slip in the root itself: the scan keeps only
 * chains whose root some matcher names, so `JOSN.parse` finds no `JSON` chain in the code. Judged
 * by the report (`closestGlobalRoot`), not per project: the answer does not depend on the code.
 */
const WELL_KNOWN_GLOBALS = ['Buffer', 'console', 'crypto', 'Date', 'document', 'fetch', 'globalThis', 'import.meta', 'JSON', 'localStorage', 'location', 'Math', 'navigator', 'Number', 'performance', 'process', 'Promise', 'sessionStorage', 'setInterval', 'setTimeout', 'window', 'XMLHttpRequest'];

const GLOB = /[*?[\]{}!]/;

export function findNearNames({ entries, matcherSites, hasSites, seen, files }: NearNameInput): NearName[] {
  const near: NearName[] = [];
  const modules = [...seen.specifiers, ...files];
  const add = (entry: string, at: string, closest: ClosestNames | undefined) => {
    if (closest) near.push({ entry, at, ...closest });
  };
  for (const entry of entries) {
    if (entry.module !== undefined && !hasSites(entry.name)) add(entry.name, 'module', findClosestNames(entry.module, seen.specifiers));
    entry.bypasses.forEach((matcher, m) => {
      if ((matcherSites[entry.name]?.[m] ?? 0) > 0) return;
      const at = `bypasses[${m}]`;
      if (matcher.kind === 'import' && !GLOB.test(matcher.pattern)) add(entry.name, `${at}.import`, findClosestNames(matcher.pattern, modules));
      if (matcher.kind === 'global') add(entry.name, `${at}.global`, closestGlobal(matcher.path, seen.globals));
      if (matcher.kind === 'new') {
        add(entry.name, `${at}.new`, findClosestNames(matcher.className, seen.classes, '.'));
        if (matcher.from !== undefined && !GLOB.test(matcher.from) && !seen.specifiers.has(matcher.from)) add(entry.name, `${at}.from`, findClosestNames(matcher.from, modules));
      }
    });
  }
  return near.sort((a, b) => compare(a.entry, b.entry) || compare(a.at, b.at));
}

/** Chains of the matcher's depth seen in the code (`JSON.parse` for `JSON.prase`). */
function closestGlobal(path: string, globals: ReadonlySet<string>): ClosestNames | undefined {
  const depth = path.split('.').length - (path.startsWith('import.meta') ? 1 : 0);
  const sameDepth = [...globals].filter((chain) => chain.split('.').length - (chain.startsWith('import.meta') ? 1 : 0) === depth);
  return findClosestNames(path, sameDepth, '.');
}

/** A slip in a global matcher's root (`JOSN.parse` → `JSON.parse`), among well-known globals. */
export function closestGlobalRoot(path: string): ClosestNames | undefined {
  const root = WELL_KNOWN_GLOBALS.find((name) => path === name || path.startsWith(`${name}.`)) ?? path.split('.')[0];
  if (WELL_KNOWN_GLOBALS.includes(root)) return undefined; // the root is right: the member is not used
  const rootHint = findClosestNames(root, WELL_KNOWN_GLOBALS, '.');
  return rootHint && { names: rootHint.names.map((name) => name + path.slice(root.length)), distance: rootHint.distance };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
